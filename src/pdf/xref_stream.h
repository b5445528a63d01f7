#pragma once
// Adds objects that libharu did not write to the file it saved: they go
// into compressed object streams (PDF 1.5, ISO 32000-1 §7.5.7), and
// libharu's cross-reference table and trailer are replaced by one
// cross-reference stream (§7.5.8) that lists every object. This is how the
// structure tree of a tagged PDF costs a few bytes per element instead of a
// libharu dictionary (about 1.3 KB of memory each) and 80 bytes of file.

#include <cstdint>
#include <string>
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

/// Added objects ready to append: the compressed ones already in their
/// object streams, so that the file they go into need not be in memory
/// while they are serialised and compressed.
struct PackedObjects {
  struct Stream {
    std::vector<int> numbers;  ///< the objects it holds, in order
    std::string header;        ///< "number offset " pairs
    std::string data;          ///< header and bodies, compressed
  };
  int first = 0;                 ///< the saved file's /Size they were numbered after
  std::size_t size = 0;          ///< the new /Size
  std::vector<PdfObject> plain;  ///< written as they are
  std::vector<Stream> streams;
  std::size_t tail_size = 0;     ///< bytes they add to the file, at most (roughly)
};

/// Packs added objects into object streams as they come, so that a large
/// structure tree is never held as text: a stream is compressed as soon as
/// it has kObjectsPerStream objects. finish() checks the numbering as
/// pack_objects describes.
class ObjectPacker {
 public:
  /// For a file of `first_number` objects (its /Size); throws PdfError when
  /// that is not positive.
  explicit ObjectPacker(int first_number);
  /// An object written as it is (a stream, the XMP metadata).
  void add_plain(PdfObject object);
  /// An object stored in an object stream, in this order.
  void add_compressed(PdfObject object);
  /// A number of libharu's (a `null` placeholder) that an added object replaces.
  void add_placeholder(int number);
  /// The packed objects. Throws PdfError when the numbers are not free,
  /// not in sequence from the file's /Size, or a placeholder is not replaced.
  PackedObjects finish() &&;
  /// How many of the objects added so far take numbers of their own (the
  /// ones that replace no placeholder): the next free number is the file's
  /// /Size plus this.
  std::size_t numbered() const { return numbers_.size() - std::min(numbers_.size(), placeholders_.size()); }

 private:
  void pack_pending();

  int first_;
  PackedObjects packed_;
  std::vector<PdfObject> pending_;  ///< compressed objects not yet in a stream
  std::vector<int> numbers_;        ///< every added object's number, for finish()'s checks
  std::vector<int> placeholders_;
  std::size_t compressed_ = 0;
};

/// Checks the numbering of `added` for a file of `first_number` objects
/// (its /Size) and packs its compressed objects into object streams,
/// freeing each body once it is packed. Throws PdfError as append_objects
/// does.
PackedObjects pack_objects(AddedObjects added, int first_number);

/// `haru_pdf` with `packed` appended (see below). Throws PdfError when the
/// file's /Size is not the one `packed` was numbered after.
std::vector<std::uint8_t> append_objects(std::vector<std::uint8_t> haru_pdf, const PackedObjects& packed);

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
