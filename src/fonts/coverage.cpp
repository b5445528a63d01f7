#include "fonts/coverage.h"

#include "fonts/font_set.h"

namespace careerguide::fonts {

Coverage font_coverage(const FontSet& fonts, char32_t cp) {
  if (cp == U'\t' || cp == U'\n' || cp == U'\r') return Coverage::kPrintable;
  if (!is_drawable_code_point(cp)) return Coverage::kOutsideBmp;
  const bool regular = fonts.font_for(cp, text::FontFace::kRegular).has_glyph(cp);
  const bool bold = fonts.font_for(cp, text::FontFace::kBold).has_glyph(cp);
  if (regular && bold) return Coverage::kPrintable;
  if (regular) return Coverage::kMissingInBold;
  if (bold) return Coverage::kMissingInRegular;
  return Coverage::kMissing;
}

}  // namespace careerguide::fonts
