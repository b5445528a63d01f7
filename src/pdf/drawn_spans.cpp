#include "pdf/drawn_spans.h"

#include <fmt/format.h>

#include "pdf/write_pdf.h"
#include "text/utf8.h"

namespace careerguide::pdf {

std::vector<DrawnSpan> drawn_spans(const page::TextRun& run, const fonts::FontSet& fonts) {
  std::vector<DrawnSpan> spans;
  std::size_t offset = 0;
  for (const typeface::SlotSpan& stretch : run.fonts) {
    if (stretch.bytes > run.utf8.size() - offset) break;
    const fonts::Font* font = &fonts.font(stretch.slot, run.face);
    if (spans.empty() || spans.back().font != font) spans.push_back(DrawnSpan{font, {}, {}});
    text::for_each_code_point(std::string_view(run.utf8).substr(offset, stretch.bytes), [&](char32_t cp) {
      const char32_t drawn = fonts::drawn_code_point(cp);
      spans.back().code_points += drawn;
      text::append_utf8(spans.back().utf8, drawn);
    });
    offset += stretch.bytes;
  }
  if (offset != run.utf8.size()) {
    throw InvalidDocument(fmt::format("the PDF writer was given a text run whose fonts cover {} of its {} bytes",
                                      offset, run.utf8.size()));
  }
  return spans;
}

std::u32string drawn_code_points(std::string_view utf8) {
  std::u32string drawn;
  text::for_each_code_point(utf8, [&](char32_t cp) { drawn += fonts::drawn_code_point(cp); });
  return drawn;
}

}  // namespace careerguide::pdf
