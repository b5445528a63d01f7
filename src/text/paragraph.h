#pragma once
// Sets a paragraph into lines: break opportunities from UAX #14 (ICU),
// Chinese line-start/line-end prohibitions, a quarter-em between ideographs
// and Latin text, justification, and no lone last character.

#include <span>
#include <string>
#include <vector>

#include "text/font_face.h"
#include "text/measurer.h"

namespace careerguide::text {

/// A run of text in one face (a step's Bold lead phrase, then Regular text).
struct Span {
  std::string utf8;
  FontFace face = FontFace::kRegular;
};

enum class Align {
  kJustify,  ///< every line but the last fills the measure exactly
  kLeft,     ///< ragged right
};

struct ParagraphStyle {
  double size = 10.5;          ///< font size, points
  double width = 0;            ///< the measure, points
  double first_indent = 0;     ///< extra indent of the first line, points
  Align align = Align::kJustify;
  double cjk_latin_gap = 0.25; ///< em between an ideograph and Latin text
  /// Balanced lines (titles): the fewest lines, then the narrowest measure
  /// that still gives that many lines.
  bool balance = false;
};

/// A piece of a set line drawn as one text run.
struct Segment {
  std::string utf8;
  FontFace face = FontFace::kRegular;
  double x = 0;             ///< from the paragraph's left edge (indent included), points
  double char_spacing = 0;  ///< extra space after each character, points (PDF Tc)
  double width = 0;         ///< advance of the run including its char spacing, points
};

struct SetLine {
  std::vector<Segment> segments;
  double width = 0;  ///< from the left edge to the end of the last segment, points
};

/// Sets `spans` (one paragraph, no line breaks inside) into lines.
/// Never returns a line wider than the measure unless a single unbreakable
/// unit is wider than the measure by itself.
std::vector<SetLine> set_paragraph(std::span<const Span> spans, const ParagraphStyle& style,
                                   const Measurer& measurer);

/// Convenience for a single-face paragraph.
std::vector<SetLine> set_paragraph(std::string_view utf8, FontFace face,
                                   const ParagraphStyle& style, const Measurer& measurer);

/// Splits user text into paragraphs at blank lines. Single line breaks inside
/// a paragraph are joined: with nothing between two CJK characters, with one
/// space otherwise. Leading and trailing white space is dropped.
std::vector<std::string> split_paragraphs(std::string_view text);

/// The longest prefix of `utf8` that fits `width` with "…" appended, or the
/// whole string when it fits. Cuts only between grapheme clusters.
std::string ellipsize(std::string_view utf8, FontFace face, double size, double width,
                      const Measurer& measurer);

}  // namespace careerguide::text
