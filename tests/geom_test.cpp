#include "geom/geometry.h"

#include <doctest/doctest.h>

using careerguide::geom::Color;

TEST_CASE("Color::from_hex: reads #RRGGBB in either case") {
  CHECK(Color::from_hex("#17707A") == Color{0x17, 0x70, 0x7A});
  CHECK(Color::from_hex("#17707a") == Color{0x17, 0x70, 0x7A});
}

TEST_CASE("Color::from_hex: rejects anything else") {
  CHECK_FALSE(Color::from_hex("17707A"));
  CHECK_FALSE(Color::from_hex("#17707"));
  CHECK_FALSE(Color::from_hex("#17707AB"));
  CHECK_FALSE(Color::from_hex("#GG707A"));
  CHECK_FALSE(Color::from_hex(""));
}

TEST_CASE("Color::luma: the accent prints as a 66 % grey") {
  CHECK(Color{0x17, 0x70, 0x7A}.luma() == doctest::Approx(87.4).epsilon(0.01));
}

TEST_CASE("mm: converts millimetres to points") {
  CHECK(careerguide::geom::mm(25.4) == doctest::Approx(72.0));
  CHECK(careerguide::geom::mm(22) == doctest::Approx(62.36).epsilon(0.001));
}
