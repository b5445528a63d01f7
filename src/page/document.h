#pragma once
// The laid-out guide: pages, each a frame at the page's top-left corner, y
// downward; the PDF writer flips them once. Nothing here knows about libharu.

#include <optional>
#include <string>
#include <vector>

#include "geom/geometry.h"
#include "page/frame.h"
#include "page/packed_items.h"
#include "page/sparse_page.h"

namespace careerguide::page {

/// A page is the frame of its whole sheet, with the sheet's size.
struct Page : Frame {
  geom::Size size;
  std::optional<int> number; ///< printed page number (1-based); none on the cover
};

/// A finished page of the document: a Page's items packed (packed_items.h),
/// its groups, size and number. Only headers and footers are added to it,
/// on top of what layout put there.
struct PackedPage {
  geom::Size size;
  std::optional<int> number;
  PackedItems items;
  std::vector<Group> groups;

  PackedPage() = default;
  /// Packs `page` (implicit: a page is a packed page's content).
  PackedPage(Page page);  // NOLINT(google-explicit-constructor)
  /// Adds the items of `frame` on top, with their groups.
  void append(Frame frame);
  /// The page with its items unpacked (for tests and tools that look at
  /// single items; the writer iterates the packed items).
  Page unpacked() const;
  /// The innermost element item `index` belongs to; null when none.
  const Element* element_of(std::size_t index) const { return page::element_of(groups, index); }
};

/// One entry of the PDF outline (bookmarks panel).
struct Bookmark {
  std::string title;
  int page = 0;       ///< 0-based page index
  double top = 0;     ///< y on that page, points
  int level = 1;      ///< 1: a page's title (H1); 2: a section heading (H2), under the 1 before it
};

struct Metadata {
  std::string title;
  std::string author;
  std::string subject;
  std::string keywords;
  std::string language;  ///< BCP 47, e.g. zh-CN, for the catalog's /Lang
};

struct Document {
  std::vector<PackedPage> pages;
  std::vector<Bookmark> outline;
  Metadata meta;
  /// Not drawn: the roles' continuation pages under kSparseFill full, in
  /// page order, for the advice pass's warnings.
  std::vector<SparsePage> sparse_pages{};
};

}  // namespace careerguide::page
