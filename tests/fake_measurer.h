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
/// Bold has the same widths as Regular.
class FakeMeasurer : public text::Measurer {
 public:
  double advance(char32_t cp, text::FontFace /*face*/, double size) const override {
    if (cp == U' ') return 0.25 * size;
    if (text::is_cjk(cp) || cp == U'\u2014' || cp == U'\u2026') return size;
    return 0.5 * size;
  }
};

}  // namespace careerguide::testing
