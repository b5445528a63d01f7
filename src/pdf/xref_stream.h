#pragma once
// Adds objects that libharu did not write to the file it saved: they go
// into compressed object streams (PDF 1.5, ISO 32000-1 §7.5.7), and
// libharu's cross-reference table and trailer are replaced by one
// cross-reference stream (§7.5.8) that lists every object. This is how the
// structure tree of a tagged PDF costs a few bytes per element instead of a
// libharu dictionary (about 1.3 KB of memory each) and 80 bytes of file.

#include <cstdint>
#include <vector>

#include "pdf/structure_tree.h"

namespace careerguide::pdf {

struct AddedObjects {
  /// Objects written as they are (streams, and what a reader should find
  /// without decompressing: the XMP metadata).
  std::vector<PdfObject> plain;
  /// Objects stored in object streams: dictionaries, arrays, numbers — no
  /// streams.
  std::vector<PdfObject> compressed;
  /// Numbers libharu wrote as `null` placeholders (haru::reserve_object)
  /// that an added object replaces: the cross-reference stream points at
  /// the added object, and the placeholder's 20 bytes are left unreferenced.
  std::vector<int> placeholders;
};

/// Objects per object stream: readers decompress a stream whole to read
/// one of its objects, so streams stay small enough to do that quickly.
inline constexpr std::size_t kObjectsPerStream = 200;

/// `haru_pdf` (a file as libharu 2.3 saves it: one cross-reference section
/// of one subsection, then its trailer) with `added` appended. The added
/// objects must be numbered from the saved file's /Size on, without gaps,
/// except those that replace `placeholders`;
/// the object streams and the cross-reference stream take the numbers after
/// them. The trailer keeps /Root, /Info and /ID. Throws PdfError when the
/// file is not shaped as libharu writes it or the numbers do not fit.
std::vector<std::uint8_t> append_objects(std::vector<std::uint8_t> haru_pdf, const AddedObjects& added);

/// The /Size of a file as libharu saves it (its trailer's), i.e. the first
/// object number that append_objects may use. Throws PdfError as append_objects does.
int saved_object_count(const std::vector<std::uint8_t>& haru_pdf);

}  // namespace careerguide::pdf
