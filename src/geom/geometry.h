#pragma once
// Plain geometry in PDF points (1/72 inch). Layout coordinates have their
// origin at the top-left of the page with y growing downward.

#include <cstdint>
#include <optional>
#include <string_view>

namespace careerguide::geom {

/// Points per millimetre.
inline constexpr double kPointsPerMm = 72.0 / 25.4;

/// Converts millimetres to points.
constexpr double mm(double millimetres) { return millimetres * kPointsPerMm; }

struct Point {
  double x = 0;  ///< points from the left edge
  double y = 0;  ///< points from the top edge, downward
  friend bool operator==(const Point&, const Point&) = default;
};

struct Size {
  double width = 0;   ///< points
  double height = 0;  ///< points
  friend bool operator==(const Size&, const Size&) = default;
};

struct Rect {
  double x = 0;       ///< left edge, points
  double y = 0;       ///< top edge, points (y down)
  double width = 0;   ///< points
  double height = 0;  ///< points
  double right() const { return x + width; }
  double bottom() const { return y + height; }
  friend bool operator==(const Rect&, const Rect&) = default;
};

/// An sRGB colour with 8-bit channels.
struct Color {
  std::uint8_t r = 0;
  std::uint8_t g = 0;
  std::uint8_t b = 0;
  friend bool operator==(const Color&, const Color&) = default;

  /// Parses "#RRGGBB" (the leading '#' is required); nullopt when malformed.
  static std::optional<Color> from_hex(std::string_view hex);
  /// Luma 0..255 as poppler converts to grey: 0.299 R + 0.587 G + 0.114 B.
  double luma() const { return 0.299 * r + 0.587 * g + 0.114 * b; }
};

}  // namespace careerguide::geom
