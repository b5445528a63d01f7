#pragma once
// What a frame's items are in the document: headings, paragraphs, lists,
// figures, links, contents entries, or artifacts (headers, footers, rules,
// decoration). A later pass builds the PDF structure tree from this:
// elements nest through `parent`, and an element shared by items on two
// pages (a section continued overleaf) is one node of the tree.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "page/rare_text.h"

namespace careerguide::page {

enum class Role {
  kHeading,    ///< `level` 1 (the guide's title), 2 (sections) …
  kParagraph,
  kList,
  kListItem,
  kLabel,      ///< a list item's marker (bullet, number)
  kListBody,   ///< a list item's text
  kFigure,     ///< with `alt`
  kLink,
  kToc,       ///< the contents, holding its entries
  kTocEntry,
  kArtifact,   ///< not content: header, footer, rule, decoration
};

/// The dump's and the structure tree's name of `role` (PDF's standard
/// structure types where there is one).
std::string_view role_name(Role role);

struct Element;
using ElementRef = std::shared_ptr<Element>;

struct Element {
  Role role = Role::kParagraph;
  int level = 0;         ///< headings only
  RareText alt;       ///< figures: the alternative text
  RareText language;  ///< BCP 47, only where it differs from the guide's
  ElementRef parent;
  /// Stable within a document: numbered in order of first appearance when
  /// the document is assembled (0 until then).
  std::size_t id = 0;
};

/// A new element of `role` inside `parent` (may be null).
inline ElementRef make_element(Role role, ElementRef parent = nullptr,
                               int level = 0) {
  auto element = std::make_shared<Element>();
  element->role = role;
  element->level = level;
  element->parent = std::move(parent);
  return element;
}

/// Items [first, last) of a frame belong to `element` (and to its parents).
struct Group {
  std::size_t first = 0;
  std::size_t last = 0;
  ElementRef element;
};

/// The innermost element (of the narrowest group) item `index` belongs to;
/// null when none.
const Element* element_of(const std::vector<Group>& groups, std::size_t index);

}  // namespace careerguide::page
