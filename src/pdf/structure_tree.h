#pragma once
// The logical structure of a tagged PDF (ISO 32000-1 §14.7–14.8) as plain
// data, and its serialisation into PDF object bodies. libharu 2.3 has no
// tagging API and spends about 1.3 KB per dictionary, so the tree is written
// as text here and stored in compressed object streams (xref_stream.h).

#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "page/rare_text.h"

namespace careerguide::pdf {

/// A marked-content sequence on a page: `/Tag <</MCID n>> BDC … EMC`.
struct MarkedContentRef {
  std::size_t page = 0;  ///< 0-based page index
  int mcid = 0;          ///< its marked-content id on that page (0, 1, 2, … in order)
};

/// A link annotation that belongs to a `Link` element (an /OBJR kid).
struct AnnotationRef {
  std::size_t page = 0;     ///< 0-based index of the page that holds it
  int object_number = 0;    ///< the annotation's indirect object number
};

/// Index of a child element in StructureTree::elements.
struct ChildElement {
  std::size_t index = 0;
};

using StructKid = std::variant<ChildElement, MarkedContentRef, AnnotationRef>;

using page::RareText;

/// One structure element: a standard structure type (Document, Sect, H1,
/// H2, P, L, LI, Lbl, LBody, TOC, TOCI, Link, Figure, Span) with its kids
/// in reading order.
struct StructElement {
  std::string_view type;  ///< a string that outlives the tree (a literal)
  RareText language;       ///< BCP 47 (/Lang) when it differs from its parent's; else empty
  RareText alt;            ///< alternative text (/Alt), required for Figure
  RareText actual;         ///< replacement text (/ActualText), rarely needed
  std::vector<StructKid> kids;
};

/// The tree: elements[0] is the single kid of the StructTreeRoot (normally
/// a Document element); every other element is a kid of exactly one element.
/// A deque, not a vector: a 10,000-role guide's 270,000 elements grow it
/// without a copy of the whole tree and without doubling its room.
struct StructureTree {
  std::deque<StructElement> elements;
};

/// One PDF object to add to the file: its number and its body (what goes
/// between `N 0 obj` and `endobj`).
struct PdfObject {
  int number = 0;
  std::string body;
};

/// What the serialised tree needs from the file around it.
struct StructureContext {
  std::vector<int> page_objects;  ///< object number of each page, by index
  int first_number = 0;           ///< object numbers from here on are free
  /// The StructTreeRoot's number when it is reserved elsewhere (the catalog
  /// names it before the tree is written); 0: the root takes first_number.
  int root_number = 0;
  /// Kids per ParentTree leaf and per intermediate node: the number tree is
  /// balanced and never holds an array longer than this (libharu and some
  /// readers stop at 32,767 / 8,191 entries).
  std::size_t fanout = 64;
};

/// The serialised tree. `root` is the StructTreeRoot's object number, to
/// reference from the catalog; `objects` hold the root, every element and
/// the ParentTree nodes (each page's MCID array is direct in its leaf).
/// Pages must carry
/// `/StructParents i` (i = page index) and annotations `/StructParent k`
/// with k = `annotation_keys` of their position in `annotation_order`.
struct SerialisedStructure {
  int root = 0;
  std::vector<PdfObject> objects;
  /// ParentTree key given to each annotation, in the order annotations are
  /// first met in the tree: page count, page count + 1, …
  std::vector<AnnotationRef> annotation_order;
  int parent_tree_next_key = 0;
};

/// The annotations of `tree` in the order serialise_structure keys them in
/// the ParentTree (page count + position), so /StructParent can be written
/// on them before the tree itself is.
std::vector<AnnotationRef> annotations_in_key_order(const StructureTree& tree);

/// Serialises `tree`. Throws std::invalid_argument when the tree is not a
/// tree (an element with two parents or none, a cycle, an MCID claimed
/// twice, a page index without an object number) — a bug upstream.
SerialisedStructure serialise_structure(const StructureTree& tree, const StructureContext& context);

/// Serialises `tree` as serialise_structure does, handing each object to
/// `emit` in the same order instead of keeping them (a 10,000-role tree is
/// some 300,000 objects: packed as they come, its text is never held
/// whole); the result's `objects` stay empty.
SerialisedStructure serialise_structure(const StructureTree& tree, const StructureContext& context,
                                        const std::function<void(PdfObject&&)>& emit);

/// A PDF text string for `utf8`: `(…)` with escapes when it is printable
/// ASCII, else UTF-16BE hex with a byte order mark; invalid bytes become
/// U+FFFD. Used for /Alt, /ActualText, /Contents and the like.
std::string pdf_text_string(std::string_view utf8);

/// `utf8` as UTF-16BE bytes after a byte order mark (FE FF), with surrogate
/// pairs above the BMP and U+FFFD for invalid bytes: a PDF text string's
/// bytes, for the writers that take raw bytes.
std::string utf16be_with_bom(std::string_view utf8);

}  // namespace careerguide::pdf
