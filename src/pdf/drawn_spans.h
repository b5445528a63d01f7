#pragma once
// A text run as the PDF draws it: cut where layout changed the font, each
// stretch with the font layout chose and the code points libharu draws.

#include <string>
#include <string_view>
#include <vector>

#include "fonts/font_set.h"
#include "page/items.h"

namespace careerguide::pdf {

/// A stretch of one text run drawn in one font.
struct DrawnSpan {
  const fonts::Font* font = nullptr;
  std::u32string code_points;  ///< as drawn (see fonts::drawn_code_point)
  std::string utf8;            ///< the same code points, valid UTF-8
};

/// `run` in the fonts its `fonts` stretches name (the fallback slot is the
/// face's own font when no fallback is loaded); neighbouring stretches in
/// one font are one span. Throws InvalidDocument when the stretches do not
/// cover the run's text exactly.
std::vector<DrawnSpan> drawn_spans(const page::TextRun& run, const fonts::FontSet& fonts);

/// The code points libharu draws for `utf8` (invalid bytes as U+FFFD).
std::u32string drawn_code_points(std::string_view utf8);

}  // namespace careerguide::pdf
