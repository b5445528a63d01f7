#pragma once
// The marked-content operators that tie a page's drawing to the structure
// tree: `/P <</MCID 3>> BDC … EMC` around what an element shows, and
// `/Artifact … BDC … EMC` around what is not content (headers, rules,
// backgrounds). libharu 2.3 has no call for them ("BMC/BDC not implemented
// yet"), so the painter writes the operators this class returns raw.

#include <cstddef>
#include <optional>
#include <string>

#include "pdf/structure_tree.h"

namespace careerguide::pdf {

/// What an artifact is, for its /Type: running headers and footers are
/// pagination, rules and decoration are layout, background boxes are background.
enum class ArtifactKind { kPagination, kLayout, kBackground };

/// Where a drawn item belongs: inside structure element `element`, or an artifact.
struct ContentTag {
  std::optional<std::size_t> element;  ///< index in StructureTree::elements
  ArtifactKind artifact = ArtifactKind::kLayout;
  friend bool operator==(const ContentTag&, const ContentTag&) = default;
};

/// Opens and closes marked-content sequences as the painter moves from item
/// to item, numbering each page's MCIDs from 0 and adding each sequence to
/// its element's kids in drawing order. Consecutive items with the same tag
/// share one sequence.
class MarkedContent {
 public:
  explicit MarkedContent(StructureTree& tree) : tree_(tree) {}

  /// Starts page `page` (0-based); the previous page must have been finished.
  void start_page(std::size_t page);
  /// The operators that end the open sequence (when its tag differs) and
  /// begin one for `tag`; empty when `tag` continues the open sequence.
  std::string switch_to(const ContentTag& tag);
  /// The operator that ends the open sequence, if any, at the end of the page.
  std::string finish_page();
  /// Opens a span whose text extracts as `value` (a PDF string, /ActualText).
  /// Inside an element's sequence the span becomes a sequence of that
  /// element of its own, `/Span <</MCID n /ActualText …>>`, instead of nesting:
  /// poppler's structure reader drops what follows a nested span.
  std::string begin_actual_text(const std::string& value);
  /// Ends the span; the element's next item opens a new sequence.
  std::string end_actual_text();

 private:
  std::string begin(const ContentTag& tag);

  StructureTree& tree_;
  std::size_t page_ = 0;
  int next_mcid_ = 0;
  std::optional<ContentTag> open_;
  /// The element whose sequence an open /ActualText span stands in for:
  /// its items continue inside the span.
  std::optional<std::size_t> span_element_;
};

}  // namespace careerguide::pdf
