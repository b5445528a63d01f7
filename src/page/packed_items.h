#pragma once
// A finished page's items, stored back to back as bytes. Layout builds
// frames as vectors of items (easy to move and nest); once a page is done
// nothing changes it but headers and footers added on top, and a guide of
// 10,000 roles holds some 750,000 items until the PDF writer draws them.
// As a vector each takes a 152-byte slot plus a heap block or two for its
// text and font spans; packed, a line of text takes its own bytes and
// about 40 more (BENCHMARKS.md, "Packed pages"). Unpacking gives back
// exactly the items that went in: every number keeps all its bits.

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <vector>

#include "page/items.h"

namespace careerguide::page {

class PackedItems {
 public:
  /// Reads the items in order, decoding each into one reused Item so that
  /// a pass over a page allocates nothing once its strings are big enough.
  class Iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = Item;
    using difference_type = std::ptrdiff_t;
    using pointer = const Item*;
    using reference = const Item&;

    Iterator() = default;
    const Item& operator*() const { return current_; }
    const Item* operator->() const { return &current_; }
    Iterator& operator++();
    void operator++(int) { ++*this; }
    friend bool operator==(const Iterator& a, const Iterator& b) { return a.index_ == b.index_; }

   private:
    friend class PackedItems;
    Iterator(const PackedItems* items, std::size_t index);
    void load();
    const PackedItems* items_ = nullptr;
    std::size_t index_ = 0;
    Item current_;
  };

  PackedItems() = default;
  explicit PackedItems(const std::vector<Item>& items);

  void push_back(const Item& item);
  std::size_t size() const { return offsets_.size(); }
  bool empty() const { return offsets_.empty(); }
  /// A copy of item `index` (decoded on each call: for tests and the odd
  /// look-up; a pass over all items iterates).
  const Item operator[](std::size_t index) const;  // const: a change to the copy would be lost
  Iterator begin() const { return Iterator(this, 0); }
  Iterator end() const { return Iterator(this, size()); }
  /// Gives back the room reserved for growth.
  void shrink_to_fit();
  /// Bytes held, for the memory report of tests and benchmarks.
  std::size_t bytes_held() const;

 private:
  void decode(std::size_t index, Item& out) const;
  std::vector<std::uint8_t> bytes_;
  std::vector<std::uint32_t> offsets_;  ///< where each item starts in bytes_
};

}  // namespace careerguide::page
