#pragma once

#include <string_view>
#include <vector>

#include "text/font_face.h"
#include "typeface/font_slot.h"

namespace careerguide::text {

/// Measures text. Injected into layout so that layout is tested without
/// fonts (tests use a fake where every ideograph is 1 em wide).
class Measurer {
 public:
  virtual ~Measurer() = default;
  /// Advance width in points of code point `cp` in `face` at `size` points.
  virtual double advance(char32_t cp, FontFace face, double size) const = 0;
  /// The font that draws `cp` in `face` (and whose advance `advance` gives).
  virtual typeface::FontSlot font_slot(char32_t cp, FontFace face) const = 0;
  /// Advance width in points of the whole UTF-8 string (no kerning: libharu
  /// draws TrueType text without it). Invalid bytes count as U+FFFD.
  double width(std::string_view utf8, FontFace face, double size) const;
  /// `utf8` cut into maximal stretches drawn from one font slot each
  /// (font_slot of each code point, invalid bytes as U+FFFD), in order,
  /// covering every byte. Empty text gives no stretch.
  std::vector<typeface::SlotSpan> font_spans(std::string_view utf8, FontFace face) const;
};

}  // namespace careerguide::text
