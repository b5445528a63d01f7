#pragma once
// Where each drawn item goes in the PDF's structure tree, from the roles
// layout gave the items (page::Element on the frames' groups): a Sect per
// page kind, headings, paragraphs, lists, figures, links, contents
// entries, and artifacts for everything that is not content. Worked out a
// page at a time, just before the page is drawn, so that a large guide
// never holds a tag for every item of every page.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "page/document.h"
#include "pdf/marked_content.h"
#include "pdf/structure_tree.h"

namespace careerguide::pdf {

class StructurePlanner {
 public:
  /// Starts the tree with its Document element in `language` (BCP 47).
  explicit StructurePlanner(std::string language);

  /// The tag of each item of `page` (page `index` of the document), adding
  /// the elements the page shows first to the tree. A page whose first
  /// content continues an element of the page before (a role's
  /// continuation page) stays in that page's Sect; any other page starts a
  /// Sect. Items without a role: text becomes a paragraph, a link area a
  /// Link, shapes artifacts.
  std::vector<ContentTag> tag_page(const page::PackedPage& page);

  /// The tree so far; the painter adds the marked content to it.
  StructureTree& tree() { return tree_; }

 private:
  std::size_t element_index(const page::Element& element);
  std::size_t add_element(std::string_view type, std::size_t parent);
  std::size_t current_sect();

  StructureTree tree_;
  std::vector<std::size_t> by_id_;  ///< page::Element::id → index + 1 (0: not yet in the tree)
  std::optional<std::size_t> sect_;
  bool sect_used_ = false;
};

/// What a link leads to, for its annotation's /Contents: the address, or
/// the page ("第 5 页" / "page 5" by `language`).
std::string link_description(const page::Link& link, const std::string& language);

}  // namespace careerguide::pdf
