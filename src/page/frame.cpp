#include "page/frame.h"

#include <iterator>

namespace careerguide::page {
namespace {

struct Mover {
  geom::Point offset;
  void move(geom::Point& point) const {
    point.x += offset.x;
    point.y += offset.y;
  }
  void move(geom::Rect& rect) const {
    rect.x += offset.x;
    rect.y += offset.y;
  }
  void operator()(TextRun& run) const { move(run.baseline); }
  void operator()(Box& box) const { move(box.rect); }
  void operator()(Line& line) const {
    move(line.from);
    move(line.to);
  }
  void operator()(Circle& circle) const { move(circle.center); }
  void operator()(Link& link) const { move(link.area); }
};

}  // namespace

void translate(Item& item, geom::Point offset) { std::visit(Mover{offset}, item); }

void Frame::push_frame(geom::Point offset, Frame frame) {
  items.reserve(items.size() + frame.items.size());
  for (Item& item : frame.items) {
    translate(item, offset);
    items.push_back(std::move(item));
  }
}

}  // namespace careerguide::page
