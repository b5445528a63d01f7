#include "page/packed_items.h"

#include <concepts>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace careerguide::page {
namespace {

// A text run's optional parts, one bit each, so that the common run (no
// letter spacing, no /ActualText, one span in the face's own font) stores
// none of them.
enum RunFlags : std::uint8_t {
  kHasCharSpacing = 1,
  kHasActualText = 2,
  kEndsActualText = 4,
  kOneFaceSpan = 8,  ///< fonts is one kFace span over all of utf8
};

enum ShapeFlags : std::uint8_t { kHasFill = 1, kHasStroke = 2 };

/// `T` is a `Kind`, const (as Writer sees it) or not (as Reader fills it).
template <typename T, typename Kind>
concept A = std::same_as<std::remove_const_t<T>, Kind>;

// The fields of every kind of item but a text run, in the order they are
// stored: one description that Writer and Reader both follow.
void fields(auto& io, A<Box> auto& box) {
  io.rect(box.rect);
  io.fill_and_stroke(box.fill, box.stroke);
}
void fields(auto& io, A<Line> auto& line) {
  io.point(line.from);
  io.point(line.to);
  io.stroke(line.stroke);
}
void fields(auto& io, A<Circle> auto& circle) {
  io.point(circle.center);
  io.raw(circle.radius);
  io.fill_and_stroke(circle.fill, circle.stroke);
}
void fields(auto& io, A<Link> auto& link) {
  io.rect(link.area);
  io.raw(link.target_page);
  io.raw(link.target_top);
  io.text(link.uri);
}

class Writer {
 public:
  explicit Writer(std::vector<std::uint8_t>& out) : out_(out) {}

  template <typename T>
  void raw(const T& value) {
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(&value);
    out_.insert(out_.end(), bytes, bytes + sizeof(T));
  }
  void byte(std::uint8_t value) { out_.push_back(value); }
  void count(std::size_t value) {
    while (value >= 0x80) {
      out_.push_back(static_cast<std::uint8_t>(value | 0x80));
      value >>= 7;
    }
    out_.push_back(static_cast<std::uint8_t>(value));
  }
  void text(const std::string& value) {
    count(value.size());
    out_.insert(out_.end(), value.begin(), value.end());
  }
  void point(const geom::Point& p) {
    raw(p.x);
    raw(p.y);
  }
  void rect(const geom::Rect& r) {
    raw(r.x);
    raw(r.y);
    raw(r.width);
    raw(r.height);
  }
  void color(const geom::Color& c) {
    byte(c.r);
    byte(c.g);
    byte(c.b);
  }
  void stroke(const Stroke& s) {
    color(s.color);
    raw(s.width);
    byte(s.dashed ? 1 : 0);
    raw(s.dot_pitch);
  }
  void fill_and_stroke(const std::optional<geom::Color>& fill, const std::optional<Stroke>& stroke_) {
    byte(static_cast<std::uint8_t>((fill ? kHasFill : 0) | (stroke_ ? kHasStroke : 0)));
    if (fill) color(*fill);
    if (stroke_) stroke(*stroke_);
  }

  void operator()(const TextRun& run) {
    const bool one_face_span = run.fonts.size() == 1 && run.fonts.front().slot == typeface::FontSlot::kFace &&
                               run.fonts.front().bytes == run.utf8.size();
    const std::uint8_t flags = static_cast<std::uint8_t>(
        (run.char_spacing != 0 ? kHasCharSpacing : 0) | (!run.actual_text.empty() ? kHasActualText : 0) |
        (run.ends_actual_text ? kEndsActualText : 0) | (one_face_span ? kOneFaceSpan : 0));
    byte(flags);
    point(run.baseline);
    byte(static_cast<std::uint8_t>(run.face));
    raw(run.size);
    color(run.fill);
    if (flags & kHasCharSpacing) raw(run.char_spacing);
    text(run.utf8);
    if (flags & kHasActualText) text(run.actual_text);
    if (one_face_span) return;
    count(run.fonts.size());
    for (const typeface::SlotSpan& span : run.fonts) {
      count(span.bytes);
      byte(static_cast<std::uint8_t>(span.slot));
    }
  }
  template <typename Shape>
  void operator()(const Shape& shape) {
    fields(*this, shape);
  }

 private:
  std::vector<std::uint8_t>& out_;
};

class Reader {
 public:
  explicit Reader(const std::uint8_t* at) : at_(at) {}

  template <typename T>
  void raw(T& value) {
    std::memcpy(&value, at_, sizeof(T));
    at_ += sizeof(T);
  }
  std::uint8_t byte() { return *at_++; }
  std::size_t count() {
    std::size_t value = 0;
    for (int shift = 0;; shift += 7) {
      const std::uint8_t b = byte();
      value |= static_cast<std::size_t>(b & 0x7F) << shift;
      if ((b & 0x80) == 0) return value;
    }
  }
  void text(std::string& value) {
    const std::size_t size = count();
    value.assign(reinterpret_cast<const char*>(at_), size);
    at_ += size;
  }
  void point(geom::Point& p) {
    raw(p.x);
    raw(p.y);
  }
  void rect(geom::Rect& r) {
    raw(r.x);
    raw(r.y);
    raw(r.width);
    raw(r.height);
  }
  void color(geom::Color& c) {
    c.r = byte();
    c.g = byte();
    c.b = byte();
  }
  void stroke(Stroke& s) {
    color(s.color);
    raw(s.width);
    s.dashed = byte() != 0;
    raw(s.dot_pitch);
  }
  void fill_and_stroke(std::optional<geom::Color>& fill, std::optional<Stroke>& stroke_) {
    const std::uint8_t flags = byte();
    if (flags & kHasFill) {
      color(fill.emplace());
    } else {
      fill.reset();
    }
    if (flags & kHasStroke) {
      stroke(stroke_.emplace());
    } else {
      stroke_.reset();
    }
  }

  void operator()(TextRun& run) {
    const std::uint8_t flags = byte();
    point(run.baseline);
    run.face = static_cast<FontFace>(byte());
    raw(run.size);
    color(run.fill);
    run.char_spacing = 0;
    if (flags & kHasCharSpacing) raw(run.char_spacing);
    text(run.utf8);
    run.actual_text.clear();
    if (flags & kHasActualText) text(run.actual_text);
    run.ends_actual_text = (flags & kEndsActualText) != 0;
    if (flags & kOneFaceSpan) {
      run.fonts.assign(1, typeface::SlotSpan{run.utf8.size(), typeface::FontSlot::kFace});
      return;
    }
    run.fonts.resize(count());
    for (typeface::SlotSpan& span : run.fonts) {
      span.bytes = count();
      span.slot = static_cast<typeface::FontSlot>(byte());
    }
  }
  template <typename Shape>
  void operator()(Shape& shape) {
    fields(*this, shape);
  }

 private:
  const std::uint8_t* at_;
};

/// Makes `out` hold the alternative `index` of Item, keeping what it holds
/// when that is already the one (so its strings keep their capacity).
template <std::size_t... I>
void become(Item& out, std::size_t index, std::index_sequence<I...>) {
  if (out.index() == index) return;
  ((index == I ? (out.emplace<I>(), 0) : 0), ...);
}

}  // namespace

PackedItems::PackedItems(const std::vector<Item>& items) {
  offsets_.reserve(items.size());
  for (const Item& item : items) push_back(item);
  shrink_to_fit();
}

void PackedItems::push_back(const Item& item) {
  if (bytes_.size() > std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("a page's items take more than 4 GiB");
  offsets_.push_back(static_cast<std::uint32_t>(bytes_.size()));
  bytes_.push_back(static_cast<std::uint8_t>(item.index()));
  Writer writer(bytes_);
  std::visit(writer, item);
}

void PackedItems::decode(std::size_t index, Item& out) const {
  const std::uint8_t* at = bytes_.data() + offsets_[index];
  const std::size_t kind = *at++;
  become(out, kind, std::make_index_sequence<std::variant_size_v<Item>>{});
  Reader reader(at);
  std::visit(reader, out);
}

const Item PackedItems::operator[](std::size_t index) const {
  if (index >= size()) throw std::out_of_range("PackedItems: no such item");
  Item item;
  decode(index, item);
  return item;
}

void PackedItems::shrink_to_fit() {
  bytes_.shrink_to_fit();
  offsets_.shrink_to_fit();
}

std::size_t PackedItems::bytes_held() const {
  return bytes_.capacity() + offsets_.capacity() * sizeof(std::uint32_t);
}

PackedItems::Iterator::Iterator(const PackedItems* items, std::size_t index) : items_(items), index_(index) {
  load();
}

void PackedItems::Iterator::load() {
  if (items_ != nullptr && index_ < items_->size()) items_->decode(index_, current_);
}

PackedItems::Iterator& PackedItems::Iterator::operator++() {
  ++index_;
  load();
  return *this;
}

}  // namespace careerguide::page
