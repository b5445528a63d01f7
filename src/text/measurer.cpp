#include "text/measurer.h"

#include "text/utf8.h"

namespace careerguide::text {

double Measurer::width(std::string_view utf8, FontFace face, double size) const {
  double total = 0;
  for_each_code_point(utf8, [&](char32_t cp) { total += advance(cp, face, size); });
  return total;
}

std::vector<typeface::SlotSpan> Measurer::font_spans(std::string_view utf8, FontFace face) const {
  std::vector<typeface::SlotSpan> spans;
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    const std::size_t start = pos;
    const typeface::FontSlot slot = font_slot(decode_next(utf8, pos), face);
    if (spans.empty() || spans.back().slot != slot) spans.push_back({0, slot});
    spans.back().bytes += pos - start;
  }
  return spans;
}

}  // namespace careerguide::text
