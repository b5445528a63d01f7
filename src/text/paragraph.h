#pragma once
// Sets a paragraph into lines: break opportunities from UAX #14 (ICU) and
// inside URLs, Chinese line-start/line-end prohibitions, a gap of 0.09 em
// between ideographs and Latin text, justification, and no lone last
// character.
//
// Spacing and exact text extraction. Copied text must equal the data
// ("2024年", not "2024 年"; "Claude 和 Llama" with its spaces). pdftotext in
// its default mode (poppler 22.12) starts a new word at a glyph gap over
// 0.1 em and then reads any gap of 0.03 em or more between words as a space;
// pdftotext -raw and mupdf 1.21 read a gap of 0.15 em or more as a space. So
// a gap between characters that have no space between them in the text is
// kept at most ParagraphStyle::max_joined_gap (0.09 em) wherever the line
// can be filled otherwise:
//   - the natural gap between an ideograph and Latin text is 0.09 em (the
//     design's quarter em shrunk to fit under the limit);
//   - a justified line shares its slack over its gaps evenly, but a gap
//     without a space stretches only up to max_joined_gap, while real word
//     spaces take up to max_space_gap (0.6 em: wider, extractors read a
//     column or line break);
//   - a line that still cannot be filled (no word space, e.g. a short line
//     of few wide units) spreads the rest over the gaps inside runs of
//     single characters (ideographs, full-width marks) up to max_spread_gap
//     (0.14 em): the PDF writer marks runs spaced wider than 0.1 em with
//     /ActualText for poppler, and mupdf reads no space under 0.15 em. Gaps
//     at the edges of runs (ideograph to Latin, around …… or a Latin word)
//     stay at max_joined_gap. What is left after that is left: the line ends
//     short of the measure rather than copy with spaces the data lacks.

#include <span>
#include <string>
#include <vector>

#include "text/extraction_limits.h"
#include "text/font_face.h"
#include "text/measurer.h"

namespace careerguide::text {

/// A run of text in one face (a step's Bold lead phrase, then Regular text).
struct Span {
  std::string utf8;                    ///< the text, UTF-8
  FontFace face = FontFace::kRegular;  ///< the face it is drawn in
};

/// How the lines of a paragraph share out the measure.
enum class Align {
  kJustify,  ///< every line but the last fills the measure (unless only gaps that
             ///< would copy as spaces could fill it, see above)
  kLeft,     ///< ragged right
};

/// The measure and rules a paragraph is set with.
struct ParagraphStyle {
  double size = 10.5;          ///< font size, points
  double width = 0;            ///< the measure, points
  double first_indent = 0;     ///< extra indent of the first line, points
  Align align = Align::kJustify;  ///< justified or ragged right
  double cjk_latin_gap = kMaxJoinedGap;  ///< em between an ideograph and Latin text
  /// Em: the widest a justified line stretches a gap between characters
  /// that have no space between them in the text, where other gaps can take
  /// the slack (see the note at the top of this file).
  double max_joined_gap = kMaxJoinedGap;
  /// Em: the widest gap between two single characters of one run on a line
  /// that max_joined_gap cannot fill (see the note at the top of this file).
  double max_spread_gap = kMaxSpreadGap;
  /// Em: the widest a justified word space grows (kMaxWordSpace).
  double max_space_gap = kMaxWordSpace;
  /// Balanced lines (titles): the fewest lines, then the narrowest measure
  /// that still gives that many lines, never one character alone on the
  /// last line. Two lines prefer a break between words of ICU's dictionary
  /// (2024年人工智能领域 / 收入最高的6种工作) if that costs at most 1 em of
  /// measure. Lines are justified (kJustify) to the widest balanced line.
  bool balance = false;
};

/// A piece of a set line drawn as one text run.
struct Segment {
  /// The characters to draw. A word space set at its natural width is kept
  /// as a space character (so text extraction sees it); a stretched space,
  /// and any space at a line edge, is only the gap between segments.
  std::string utf8;
  FontFace face = FontFace::kRegular;  ///< the face of every character
  double x = 0;             ///< from the paragraph's left edge (indent included), points
  double char_spacing = 0;  ///< extra space after each character, points (PDF Tc)
  /// From `x` to the far edge of the last glyph, points: the advances plus
  /// the char spacing between characters (not the spacing PDF adds after the
  /// last one), so that a justified line ends exactly at the measure.
  double width = 0;
  /// The first glyph starts half an em inside the previous segment's last
  /// (two full-width marks, compressed): text extractors would read the
  /// overlap as a line break, so the PDF writer draws both segments under
  /// one /ActualText.
  bool overlaps_previous = false;
  /// `utf8` by the font that draws it, as the measurer chose it.
  std::vector<typeface::SlotSpan> fonts;
};

/// One line of a set paragraph.
struct SetLine {
  std::vector<Segment> segments;  ///< left to right, x ascending
  double width = 0;  ///< from the left edge to the end of the last segment, points
};

/// Sets `spans` (one paragraph, no line breaks inside) into lines.
/// Never returns a line wider than the measure unless a single grapheme
/// cluster is wider than the measure by itself (or than the first line's
/// measure, shortened by the indent). A URL may break after a run of / . -
/// that is not its scheme's and leaves 6 of its characters (scheme not
/// counted) on either side, so a line before a URL takes the pieces that
/// fit rather than stretch; a URL piece too wide for a line breaks after
/// any / . - but the scheme's, other units too wide for a line between
/// grapheme clusters. When a unit and the marks the prohibitions tie to it
/// (`$127,000，`) are wider than the line, the line is cut at the margin
/// against the prohibition. Empty or all-space text gives no lines. Lines
/// hold no trailing spaces.
std::vector<SetLine> set_paragraph(std::span<const Span> spans, const ParagraphStyle& style,
                                   const Measurer& measurer);

/// Convenience for a single-face paragraph.
std::vector<SetLine> set_paragraph(std::string_view utf8, FontFace face,
                                   const ParagraphStyle& style, const Measurer& measurer);

}  // namespace careerguide::text
