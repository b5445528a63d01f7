// libFuzzer target: YAML through the loader and, when it gives a guide,
// through layout::layout_guide on A4 and Letter with tests/fake_measurer.h.
// Every page must have its paper's size and only finite coordinates, and
// every internal link and bookmark must point at a page that exists.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <variant>

#include "fake_measurer.h"
#include "layout/layout_guide.h"
#include "fuzz_input.h"
#include "load/load_guide.h"

namespace {

namespace layout = careerguide::layout;
namespace model = careerguide::model;

void check_finite(double value) {
  if (!std::isfinite(value)) std::abort();
}
void check_point(const careerguide::geom::Point& p) {
  check_finite(p.x);
  check_finite(p.y);
}
void check_rect(const careerguide::geom::Rect& r) {
  check_finite(r.x);
  check_finite(r.y);
  check_finite(r.width);
  check_finite(r.height);
}

void check_item(const layout::Item& item, std::size_t page_count) {
  if (const auto* run = std::get_if<layout::TextRun>(&item)) {
    check_point(run->baseline);
    if (!(run->size > 0)) std::abort();
    check_finite(run->char_spacing);
  } else if (const auto* box = std::get_if<layout::Box>(&item)) {
    check_rect(box->rect);
  } else if (const auto* line = std::get_if<layout::Line>(&item)) {
    check_point(line->from);
    check_point(line->to);
  } else if (const auto* circle = std::get_if<layout::Circle>(&item)) {
    check_point(circle->center);
    check_finite(circle->radius);
  } else if (const auto* link = std::get_if<layout::Link>(&item)) {
    check_rect(link->area);
    if (link->target_page >= static_cast<int>(page_count)) std::abort();
    if (link->target_page < 0 && link->uri.empty()) std::abort();
  }
}

void check_document(const layout::Document& document) {
  if (document.pages.empty()) std::abort();
  const careerguide::geom::Size paper = document.pages.front().size;
  for (const layout::Page& page : document.pages) {
    if (page.size.width != paper.width || page.size.height != paper.height) std::abort();
    for (const layout::Item& item : page.items) check_item(item, document.pages.size());
  }
  for (const layout::Bookmark& mark : document.outline) {
    if (mark.page < 0 || mark.page >= static_cast<int>(document.pages.size())) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const careerguide::load::LoadResult loaded = careerguide::fuzz::load_fuzz_input(data, size);
  if (!loaded.guide) return 0;
  const careerguide::testing::FakeMeasurer measurer;
  for (const model::Paper paper : {model::Paper::kA4, model::Paper::kLetter}) {
    check_document(layout::layout_guide(*loaded.guide, paper, measurer));
  }
  return 0;
}
