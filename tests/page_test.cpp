#include "page/frame.h"

#include <doctest/doctest.h>

#include <variant>

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
