#include "pdf/to_unicode_cmap.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

namespace careerguide::pdf {
namespace {

constexpr std::size_t kMaxRangesPerBlock = 100;  // PDF 32000-1, 9.10.3

constexpr const char* kHeader =
    "/CIDInit /ProcSet findresource begin\n"
    "12 dict begin\n"
    "begincmap\n"
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    "/CMapName /Adobe-Identity-UCS def\n"
    "/CMapType 2 def\n"
    "1 begincodespacerange\n"
    "<0000> <FFFF>\n"
    "endcodespacerange\n";

constexpr const char* kFooter =
    "endcmap\n"
    "CMapName currentdict /CMap defineresource pop\n"
    "end\n"
    "end\n";

bool is_surrogate_high_byte(unsigned high) { return high >= 0xD8 && high <= 0xDF; }

}  // namespace

std::string identity_to_unicode_cmap() {
  std::vector<std::string> ranges;
  for (unsigned high = 0; high <= 0xFF; ++high) {
    if (is_surrogate_high_byte(high)) continue;
    ranges.push_back(fmt::format("<{0:02X}00> <{0:02X}FF> <{0:02X}00>\n", high));
  }
  std::string cmap = kHeader;
  for (std::size_t start = 0; start < ranges.size(); start += kMaxRangesPerBlock) {
    const std::size_t count = std::min(kMaxRangesPerBlock, ranges.size() - start);
    cmap += fmt::format("{} beginbfrange\n", count);
    for (std::size_t i = start; i < start + count; ++i) cmap += ranges[i];
    cmap += "endbfrange\n";
  }
  cmap += kFooter;
  return cmap;
}

}  // namespace careerguide::pdf
