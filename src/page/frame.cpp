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

void Frame::prepend(Item item) {
  items.insert(items.begin(), std::move(item));
  for (Group& group : groups) {
    ++group.first;
    ++group.last;
  }
}

void Frame::group_from(std::size_t first, ElementRef element) {
  if (first < items.size()) groups.push_back(Group{first, items.size(), std::move(element)});
}

ElementRef Frame::tag_from(std::size_t first, Role role, ElementRef parent, int level) {
  ElementRef element = make_element(role, std::move(parent), level);
  group_from(first, element);
  return element;
}

const Element* Frame::element_of(std::size_t index) const { return page::element_of(groups, index); }

void Frame::push_frame(geom::Point offset, Frame frame) {
  const std::size_t base = items.size();
  for (Group& group : frame.groups) {
    group.first += base;
    group.last += base;
    groups.push_back(std::move(group));
  }
  items.reserve(items.size() + frame.items.size());
  for (Item& item : frame.items) {
    translate(item, offset);
    items.push_back(std::move(item));
  }
}

}  // namespace careerguide::page
