#pragma once
// Tests look at single items of a laid-out document's pages, which the
// document keeps packed (page/packed_items.h): this gives them the same
// document with its pages unpacked.

#include <vector>

#include "page/document.h"

namespace careerguide::testing {

struct UnpackedDocument {
  std::vector<page::Page> pages;
  std::vector<page::Bookmark> outline;
  page::Metadata meta;
  std::vector<page::SparsePage> sparse_pages;
};

inline UnpackedDocument unpacked(const page::Document& document) {
  UnpackedDocument result{{}, document.outline, document.meta, document.sparse_pages};
  result.pages.reserve(document.pages.size());
  for (const page::PackedPage& page : document.pages) result.pages.push_back(page.unpacked());
  return result;
}

}  // namespace careerguide::testing
