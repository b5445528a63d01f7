#pragma once
// A Measurer with round widths, so that layout and line breaking are tested
// exactly, without fonts (ninja's VirtualFileSystem idea).

#include "text/char_class.h"
#include "text/measurer.h"
#include "text/utf8.h"

namespace careerguide::testing {

/// CJK characters, full-width punctuation and the dash and ellipsis (— …,
/// full width in LXGW WenKai) are 1 em, U+0020 is 0.25 em, every other
/// character 0.5 em (curly quotes too: LXGW WenKai sets them 0.35 em);
/// Bold has the same widths as Regular. The chess symbols (U+2654–U+265F)
/// come from the fallback font, everything else from the face's own font.
class FakeMeasurer : public text::Measurer {
 public:
  typeface::FontSlot font_slot(char32_t cp, text::FontFace /*face*/) const override {
    return cp >= U'\u2654' && cp <= U'\u265F' ? typeface::FontSlot::kFallback
                                              : typeface::FontSlot::kFace;
  }
  double advance(char32_t cp, text::FontFace /*face*/, double size) const override {
    if (cp == U' ') return 0.25 * size;
    if (text::is_cjk(cp) || cp == U'\u2014' || cp == U'\u2026') return size;
    return 0.5 * size;
  }
};

}  // namespace careerguide::testing
