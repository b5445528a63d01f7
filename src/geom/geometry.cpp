#include "geom/geometry.h"

namespace careerguide::geom {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::optional<Color> Color::from_hex(std::string_view hex) {
  if (hex.size() != 7 || hex[0] != '#') return std::nullopt;
  std::uint8_t channels[3];
  for (int i = 0; i < 3; ++i) {
    const int hi = hex_digit(hex[static_cast<std::size_t>(1 + 2 * i)]);
    const int lo = hex_digit(hex[static_cast<std::size_t>(2 + 2 * i)]);
    if (hi < 0 || lo < 0) return std::nullopt;
    channels[i] = static_cast<std::uint8_t>(hi * 16 + lo);
  }
  return Color{channels[0], channels[1], channels[2]};
}

}  // namespace careerguide::geom
