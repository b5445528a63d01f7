#pragma once
// The document outline (bookmarks, ISO 32000-1 §12.3.3) serialised as text,
// for the compressed object streams of xref_stream.h. libharu's
// HPDF_CreateOutline writes two uncompressed objects per bookmark (the item
// and its destination array) and keeps a dictionary of about 1.3 KB in
// memory for each; written here, a bookmark costs about 40 bytes of file.

#include <vector>

#include "page/document.h"
#include "pdf/structure_tree.h"

namespace careerguide::pdf {

/// What the serialised outline needs from the file around it.
struct OutlineContext {
  std::vector<int> page_objects;   ///< object number of each page, by index
  std::vector<double> page_heights;  ///< points, by page index
  /// The /Outlines dictionary's number, reserved in libharu's numbering
  /// because the catalog names it before the outline is written.
  int root_number = 0;
  int first_number = 0;  ///< the items take numbers from here on, in order
};

/// The outline root and one item per bookmark: a level-1 bookmark at the
/// top level, each level-2 one under the level-1 bookmark before it (one
/// before any level-1 stays at the top). Items are in `outline`'s order;
/// each leads to [page /XYZ null top null] (keeping the reader's zoom).
/// Top-level items are closed (a negative /Count): a reader of a guide of
/// thousands of roles sees one line per page title, and opens the one it
/// wants. Titles are PDF text strings. Throws std::invalid_argument for a
/// page index outside `context`'s pages.
std::vector<PdfObject> serialise_outline(const std::vector<page::Bookmark>& outline, const OutlineContext& context);

}  // namespace careerguide::pdf
