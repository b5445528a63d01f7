#pragma once
// A paragraph cut into the units of line breaking and justification: each
// ideograph or CJK mark is a unit, each Latin word or number is a unit
// (split further only where UAX #14 allows, e.g. after a hyphen; a URL at
// its own breaks after / . -). Each unit
// knows the natural gap before it and whether a line may start with it.

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "text/font_face.h"
#include "text/measurer.h"
#include "text/paragraph.h"

namespace careerguide::text {

/// One unbreakable piece of a paragraph.
struct Unit {
  std::size_t begin = 0;  ///< first byte in UnitText::utf8
  std::size_t end = 0;    ///< one past the last byte
  FontFace face = FontFace::kRegular;
  double width = 0;           ///< advance, points
  double gap = 0;             ///< natural gap before the unit inside a line, points
  bool stretchable = false;   ///< justification may widen `gap`
  bool space = false;         ///< `gap` is a word space of the text (not drawn)
  FontFace space_face = FontFace::kRegular;  ///< face of that space
  /// Bytes of the (first) space character in UnitText::utf8; empty for a
  /// tab or line break, which has no glyph to draw.
  std::size_t space_begin = 0;
  std::size_t space_end = 0;  ///< one past them
  /// Points of blank on the glyph's left (a full-width opening mark) or
  /// right (a closing mark or ，。、：；) that CLREQ compression removes:
  /// at a line start (left), at a line end when the line needs it (right),
  /// and between two such marks (a negative `gap`).
  double left_blank = 0;
  double right_blank = 0;
  bool break_before = false;  ///< a line may start with this unit
  bool single = false;        ///< exactly one code point
  int letters = 0;            ///< code points that are not punctuation
};

/// The paragraph's text (spans concatenated, spaces kept) and its units.
struct UnitText {
  std::string utf8;
  std::vector<Unit> units;
};

/// Cuts `spans` into units measured at `size` points. `cjk_latin_gap` is in
/// em. A URL (a word with "://" or starting "www.") is cut after each run of
/// / . - that leaves at least 6 of its characters, scheme not counted, on
/// either side. Units wider than `max_unit_width` points are split further:
/// a URL piece after any / . - but the scheme's, anything else between
/// grapheme clusters.
UnitText build_units(std::span<const Span> spans, double size, double cjk_latin_gap,
                     double max_unit_width, const Measurer& measurer);

}  // namespace careerguide::text
