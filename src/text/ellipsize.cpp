#include "text/ellipsize.h"

#include <string>
#include <string_view>
#include <vector>

#include "text/break_iterators.h"
#include "text/split_paragraphs.h"

namespace careerguide::text {
namespace {

constexpr std::string_view kEllipsis = "\u2026";

}  // namespace

std::string ellipsize(std::string_view utf8, FontFace face, double size, double width,
                      const Measurer& measurer) {
  if (measurer.width(utf8, face, size) <= width) return std::string(utf8);
  const double room = width - measurer.width(kEllipsis, face, size);
  if (room < 0) return {};
  std::size_t cut = 0;
  double used = 0;
  const std::vector<std::size_t> boundaries = grapheme_boundaries(utf8);
  for (std::size_t i = 1; i < boundaries.size(); ++i) {
    const std::string_view cluster = utf8.substr(boundaries[i - 1], boundaries[i] - boundaries[i - 1]);
    used += measurer.width(cluster, face, size);
    if (used > room) break;
    cut = boundaries[i];
  }
  // "Prompt …" would look like a gap, not a cut: drop spaces before the mark.
  std::string result(trim_end(utf8.substr(0, cut)));
  result.append(kEllipsis);
  return result;
}

}  // namespace careerguide::text
