#pragma once
// A tagged PDF (ISO 32000-1 §14.8): the catalog, page and annotation
// entries, the structure tree (structure_plan.h decides it, the painter
// fills in its marked content) and the XMP metadata that make the saved
// file tagged.

#include <hpdf.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "page/document.h"
#include "pdf/document_structure.h"
#include "pdf/haru_document.h"
#include "pdf/structure_tree.h"
#include "pdf/write_pdf.h"
#include "pdf/xref_stream.h"

namespace careerguide::pdf {

/// A link annotation drawn on a page, with the element that holds it.
struct DrawnLink {
  std::size_t page = 0;
  HPDF_Annotation annotation = nullptr;
  std::size_t element = 0;
  std::string description;  ///< its /Contents: where it leads
};

/// Makes the document tagged. Before it is saved: adds the annotations to
/// their Link elements, writes /StructParents and /Tabs on the pages,
/// /StructParent and /Contents on the annotations, and /MarkInfo,
/// /ViewerPreferences, /StructTreeRoot and /Metadata on the catalog (the
/// last two through objects reserved in libharu's numbering). After:
/// `objects` gives the structure tree and the XMP metadata to add to the
/// saved file.
class Tagging {
 public:
  Tagging(const HaruDocument& doc, const PageTable& pages, StructureTree tree, const std::vector<DrawnLink>& links,
          const page::Metadata& meta, const WriteOptions& options);

  /// Hands `packer` the structure tree (for the object streams, as it is
  /// serialised) and the metadata stream, numbered from `first_number` (the
  /// saved file's /Size) except the two that replace the reserved
  /// placeholders.
  void pack_into(ObjectPacker& packer, int first_number) const;

 private:
  StructureTree tree_;
  std::vector<int> page_objects_;
  int root_number_ = 0;
  int metadata_number_ = 0;
  std::string xmp_;
};

/// The XMP metadata packet for `meta`, matching the Info dictionary that
/// write_info writes (title, language, producer, creator, dates).
std::string xmp_metadata(const page::Metadata& meta, const WriteOptions& options);

}  // namespace careerguide::pdf
