#pragma once
// A Measurer with round widths, so that layout and line breaking are tested
// exactly, without fonts (ninja's VirtualFileSystem idea).

#include "text/measurer.h"
#include "text/utf8.h"

namespace careerguide::testing {

/// CJK characters and the marks Chinese fonts set full width (— … “ ” ‘ ’)
/// are 1 em, U+0020 is 0.25 em, every other character 0.5 em; Bold has the
/// same widths as Regular.
class FakeMeasurer : public text::Measurer {
 public:
  double advance(char32_t cp, text::FontFace /*face*/, double size) const override {
    if (cp == U' ') return 0.25 * size;
    if (text::is_cjk(cp) || is_full_width_mark(cp)) return size;
    return 0.5 * size;
  }

 private:
  static bool is_full_width_mark(char32_t cp) {
    return cp == U'\u2014' || cp == U'\u2026' || cp == U'\u201C' || cp == U'\u201D' ||
           cp == U'\u2018' || cp == U'\u2019';
  }
};

}  // namespace careerguide::testing
