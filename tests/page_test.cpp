#include "page/document.h"
#include "page/frame.h"
#include "page/packed_items.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <variant>
#include <vector>

using careerguide::geom::Point;
using careerguide::geom::Rect;
using careerguide::page::Box;
using careerguide::page::Frame;
using careerguide::page::Line;
using careerguide::page::TextRun;

namespace {

TextRun run_at(Point baseline) {
  TextRun run;
  run.baseline = baseline;
  return run;
}

Box box_at(Rect rect) {
  Box box;
  box.rect = rect;
  return box;
}

Line line_between(Point from, Point to) {
  Line line;
  line.from = from;
  line.to = to;
  return line;
}

}  // namespace

TEST_CASE("Frame: push adds on top, prepend underneath") {
  Frame frame;
  frame.push(run_at({1, 2}));
  frame.prepend(box_at({0, 0, 10, 10}));
  frame.push(line_between({0, 0}, {5, 0}));
  REQUIRE(frame.items.size() == 3);
  CHECK(std::holds_alternative<Box>(frame.items[0]));
  CHECK(std::holds_alternative<TextRun>(frame.items[1]));
  CHECK(std::holds_alternative<Line>(frame.items[2]));
}

TEST_CASE("Frame: push_frame places a sub-frame's items at its offset, after what is there") {
  Frame sub;
  sub.push(run_at({1, -2}));
  sub.push(box_at({3, 4, 5, 6}));
  sub.push(line_between({0, 0}, {7, 1}));
  Frame page;
  page.push(box_at({0, 0, 1, 1}));
  page.push_frame({100, 50}, sub);
  REQUIRE(page.items.size() == 4);
  CHECK(std::get<Box>(page.items[0]).rect == Rect{0, 0, 1, 1});
  CHECK(std::get<TextRun>(page.items[1]).baseline == Point{101, 48});
  CHECK(std::get<Box>(page.items[2]).rect == Rect{103, 54, 5, 6});
  const Line& line = std::get<Line>(page.items[3]);
  CHECK(line.from == Point{100, 50});
  CHECK(line.to == Point{107, 51});
}

// --- Packed pages -----------------------------------------------------------

namespace {

using careerguide::geom::Color;
using careerguide::page::Circle;
using careerguide::page::Item;
using careerguide::page::Link;
using careerguide::page::PackedItems;
using careerguide::page::Stroke;
using careerguide::typeface::FontSlot;

TextRun full_run() {
  TextRun run;
  run.baseline = {62.3622047244, 841.889763779 - 1e-9};
  run.face = careerguide::page::FontFace::kBold;
  run.size = 10.5;
  run.fill = Color{0x1E, 0x26, 0x2D};
  run.utf8 = "人工智能 engineer，\u2654";
  run.char_spacing = -0.3351;
  run.actual_text = "，";
  run.ends_actual_text = true;
  run.fonts = {{12, FontSlot::kFace}, {6, FontSlot::kFallback}, {run.utf8.size() - 18, FontSlot::kFace}};
  return run;
}

// Every kind of item, with every optional part present and absent.
std::vector<Item> every_kind() {
  TextRun plain;
  plain.utf8 = "AI";
  plain.fonts = {{2, FontSlot::kFace}};
  TextRun empty;  // no text and no spans
  TextRun fallback_only;
  fallback_only.utf8 = "♔";
  fallback_only.fonts = {{3, FontSlot::kFallback}};
  Box filled = box_at({1, 2, 3, 4});
  filled.fill = Color{1, 2, 3};
  Box stroked = box_at({-5, 1e6, 0.125, 7});
  stroked.stroke = Stroke{Color{9, 8, 7}, 0.75, true, 2.5};
  Circle dot{{447.26, 229.37}, 4, Color{0x17, 0x70, 0x7A}, Stroke{Color{}, 0.5, false, 0}};
  Circle ring{{0, 0}, 1e-300, std::nullopt, std::nullopt};
  Link internal{{10, 20, 30, 40}, 1234, 296.37, ""};
  Link external{{0, 0, 1, 1}, -1, 0, "https://example.com/路径?q=1"};
  Line leader = line_between({1, 2}, {3, 4});
  leader.stroke = Stroke{Color{0xD3, 0xD9, 0xDE}, 0.4, false, 3};
  return {full_run(), plain, empty, fallback_only, filled, stroked, box_at({}), dot, ring,
          internal, external, leader, line_between({-1, -2}, {1e308, -1e308})};
}

}  // namespace

TEST_CASE("PackedItems: gives back every kind of item exactly, in order") {
  const std::vector<Item> items = every_kind();
  const PackedItems packed(items);
  REQUIRE(packed.size() == items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    CAPTURE(i);
    CHECK(packed[i] == items[i]);
  }
  // Iterating reuses one item across kinds: a run after a box, a box after a run.
  std::size_t i = 0;
  for (const Item& item : packed) {
    CAPTURE(i);
    REQUIRE(i < items.size());
    CHECK(item == items[i++]);
  }
  CHECK(i == items.size());
}

TEST_CASE("PackedItems: a run that follows a longer one keeps none of its parts") {
  // The iterator decodes into the item before: a run without spacing,
  // /ActualText or extra spans must not inherit them.
  TextRun plain;
  plain.utf8 = "x";
  plain.fonts = {{1, FontSlot::kFace}};
  const std::vector<Item> items{full_run(), plain, full_run()};
  const PackedItems packed(items);
  std::vector<Item> read(packed.begin(), packed.end());
  CHECK(read == items);
}

TEST_CASE("PackedItems: numbers keep every bit, signed zeros and infinities included") {
  TextRun run;
  run.baseline = {-0.0, std::numeric_limits<double>::denorm_min()};
  run.size = std::numeric_limits<double>::infinity();
  run.char_spacing = std::numeric_limits<double>::quiet_NaN();
  PackedItems packed;
  packed.push_back(run);
  const TextRun back = std::get<TextRun>(packed[0]);
  CHECK(std::signbit(back.baseline.x));
  CHECK(back.baseline.y == std::numeric_limits<double>::denorm_min());
  CHECK(back.size == std::numeric_limits<double>::infinity());
  CHECK(std::isnan(back.char_spacing));
}

TEST_CASE("PackedItems: long texts and many spans survive, and take about their own bytes") {
  TextRun run;
  run.utf8 = std::string(100000, 'a') + std::string(3 * 50000, '\xE5');
  for (std::size_t i = 0; i < 300; ++i) run.fonts.push_back({i % 2 == 0 ? 1000u : 500u, i % 2 == 0 ? FontSlot::kFace : FontSlot::kFallback});
  PackedItems packed;
  packed.push_back(run);
  packed.push_back(full_run());
  packed.shrink_to_fit();
  CHECK(packed[0] == Item{run});
  CHECK(packed[1] == Item{full_run()});
  CHECK(packed.bytes_held() < run.utf8.size() + 2000);
}

TEST_CASE("PackedItems: a line of body text takes its bytes and under 50 more, not a 152-byte slot") {
  TextRun line;
  line.baseline = {164.36, 331.37};
  line.size = 10.5;
  line.utf8 = "聊天机器人和各类自动化工具。他们需要扎实的编程功底";
  line.fonts = {{line.utf8.size(), FontSlot::kFace}};
  PackedItems packed;
  for (int i = 0; i < 100; ++i) packed.push_back(line);
  packed.shrink_to_fit();
  CHECK(packed.bytes_held() <= 100 * (line.utf8.size() + 50));
  CHECK(packed[99] == Item{line});
}

TEST_CASE("PackedItems: asking for an item past the end throws") {
  PackedItems packed;
  CHECK_THROWS_AS((void)packed[0], std::out_of_range);
  packed.push_back(box_at({}));
  CHECK_THROWS_AS((void)packed[1], std::out_of_range);
  CHECK(packed.begin() != packed.end());
}

TEST_CASE("PackedPage: appended frames go on top, their groups moved past the page's items") {
  using careerguide::page::PackedPage;
  using careerguide::page::Page;
  using careerguide::page::Role;
  Page page;
  page.size = {595.28, 841.89};
  page.push(run_at({1, 2}));
  page.push(box_at({0, 0, 5, 5}));
  const auto paragraph = page.tag_from(0, Role::kParagraph);
  PackedPage packed(page);
  Frame footer;
  footer.push(run_at({3, 800}));
  const auto artifact = footer.tag_from(0, Role::kArtifact);
  packed.append(footer);
  REQUIRE(packed.items.size() == 3);
  CHECK(std::get<TextRun>(packed.items[2]).baseline.y == 800);
  CHECK(packed.element_of(0) == paragraph.get());
  CHECK(packed.element_of(1) == paragraph.get());
  CHECK(packed.element_of(2) == artifact.get());
  const Page back = packed.unpacked();
  CHECK(back.items == std::vector<Item>{run_at({1, 2}), box_at({0, 0, 5, 5}), run_at({3, 800})});
  CHECK(back.size == page.size);
}
