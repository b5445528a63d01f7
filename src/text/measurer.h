#pragma once

#include <string_view>

#include "text/font_face.h"

namespace careerguide::text {

/// Measures text. Injected into layout so that layout is tested without
/// fonts (tests use a fake where every ideograph is 1 em wide).
class Measurer {
 public:
  virtual ~Measurer() = default;
  /// Advance width in points of code point `cp` in `face` at `size` points.
  virtual double advance(char32_t cp, FontFace face, double size) const = 0;
  /// Advance width in points of the whole UTF-8 string (no kerning: libharu
  /// draws TrueType text without it). Invalid bytes count as U+FFFD.
  double width(std::string_view utf8, FontFace face, double size) const;
};

}  // namespace careerguide::text
