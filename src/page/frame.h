#pragma once
// A frame: items positioned relative to the frame's origin, in drawing order
// (typst's Frame). Layout builds a piece (a line, a list marker, a card's
// contents) in a frame of its own and places it with push_frame, instead of
// moving items by hand or drawing on scratch pages.

#include <vector>

#include "geom/geometry.h"
#include "page/items.h"
#include "page/structure.h"

namespace careerguide::page {

struct Frame {
  std::vector<Item> items;  ///< in drawing order
  /// What ranges of `items` are in the document; ranges nest, inner first.
  std::vector<Group> groups;

  /// Adds `item` on top of everything so far.
  void push(Item item) { items.push_back(std::move(item)); }
  /// Adds `item` under everything so far: a background whose size is known
  /// only once what it holds has been laid out.
  void prepend(Item item);
  /// Adds the items of `frame` on top, moved so that its origin is at
  /// `offset` in this frame, with their groups.
  void push_frame(geom::Point offset, Frame frame);
  /// Items from `first` to the end belong to `element`.
  void group_from(std::size_t first, ElementRef element);
  /// Items from `first` to the end belong to a new element of `role`
  /// inside `parent`; returns it.
  ElementRef tag_from(std::size_t first, Role role, ElementRef parent = nullptr, int level = 0);
  /// The innermost element item `index` belongs to; null when none.
  const Element* element_of(std::size_t index) const;
};

/// `item` moved by `offset`.
void translate(Item& item, geom::Point offset);

}  // namespace careerguide::page
