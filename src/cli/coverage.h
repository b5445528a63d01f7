#pragma once
// Glyph coverage before layout: every character of every text of the guide is
// checked against the fonts. A character no configured font can draw (or one
// outside the Basic Multilingual Plane, which libharu's UTF-8 encoder turns
// into a space) gets a warning with its position and is replaced by a
// visible substitute, so that nothing is ever printed as a silent space or as
// the font's .notdef box.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "fonts/font_set.h"
#include "layout/document.h"
#include "model/diagnostic.h"
#include "model/guide.h"

namespace careerguide::cli {

/// What the fonts can do with one code point.
enum class Coverage {
  kPrintable,         ///< both faces draw it (own font or the fallback)
  kOutsideBmp,        ///< above U+FFFF: libharu cannot encode it at all
  kMissing,           ///< neither face's font nor the fallback has it
  kMissingInRegular,  ///< the Bold face draws it, the Regular face cannot
  kMissingInBold,     ///< the Regular face draws it, the Bold face cannot
};

/// Tells the coverage of one code point (injected so tests need no fonts).
using CoverageCheck = std::function<Coverage(char32_t)>;

/// The coverage of `cp` with `fonts`: each of the Regular and Bold faces
/// must draw it, from its own font or from the fallback (FontSet::font_for),
/// because most texts appear in both faces somewhere (a role title is Bold
/// on its page and Regular in the contents). Tab, line feed and carriage
/// return are printable: the text module never draws them.
Coverage font_coverage(const fonts::FontSet& fonts, char32_t cp);

/// The substitute drawn for unprintable characters: the first printable of
/// □ U+25A1 WHITE SQUARE (LXGW WenKai, the default font, has it), 〓 U+3013
/// GETA MARK and ? U+003F.
char32_t choose_substitute(const CoverageCheck& coverage);

/// At most this many coverage warnings are listed; one more line counts the rest.
inline constexpr std::size_t kMaxCoverageWarnings = 1000;

/// How many distinct characters the guide prints, and how many of them each
/// face cannot draw (from its own font or the fallback).
struct CoverageCounts {
  std::size_t printed = 0;
  std::size_t lacking_regular = 0;
  std::size_t lacking_bold = 0;
};

/// True when a font lacking `lacking` of `printed` distinct characters is
/// the wrong font rather than a font with a few gaps: more than 5 %.
constexpr bool lacks_too_many(std::size_t lacking, std::size_t printed) {
  return lacking * 20 > printed;
}

/// A guide with every unprintable character replaced, and what was replaced.
struct CoveredGuide {
  model::Guide guide;                        ///< ready for layout
  std::vector<model::Diagnostic> warnings;  ///< sorted by position, capped
  CoverageCounts counts;
};

/// Checks every user text of `guide` (titles, summaries, skills, steps,
/// notes, links, sources, currency, labels…) and returns a copy in which
/// each character that `coverage` does not call printable is replaced by
/// `choose_substitute(coverage)`. Each distinct such character of a value
/// gets one warning at its first occurrence, and a value used again (the
/// same text) none: the warnings grow with the distinct texts, not their
/// uses, and at most kMaxCoverageWarnings are kept. Labels the guide never
/// prints (the pay labels of other periods) are not checked:
/// `FILE:LINE:COLUMN: warning: roles[0].summary: 😀 (U+1F600) cannot be
/// printed (REASON); it is shown as □`. The column is the character's own
/// when the value is a one-line plain or quoted scalar whose source text
/// reads exactly as the value (the data file is re-read for this); otherwise
/// it is the value's position. Labels and the currency carry no position in
/// the model: the data file is searched for their block-style keys
/// (`labels:` then `  summary: …`), and failing that their warnings name the
/// data file only. Invisible format
/// characters the fonts lack (variation selectors, zero-width joiners and
/// spaces, other default-ignorable code points) are dropped without warning:
/// they have no visible form to lose.
CoveredGuide apply_coverage(const model::Guide& guide, const CoverageCheck& coverage);

/// apply_coverage with font_coverage over `fonts`.
CoveredGuide apply_coverage(const model::Guide& guide, const fonts::FontSet& fonts);

/// Gives the links of `document`, laid out from `covered` (apply_coverage
/// of `original`), back the addresses of `original`: only drawn text is
/// substituted, and `https://😀.example/` must still lead there (the PDF
/// writer percent-encodes it). Two different addresses that read alike
/// after the substitution both get the first one's (a known limit: the
/// laid-out link keeps no tie to its role's link).
void restore_link_targets(layout::Document& document, const model::Guide& original,
                          const model::Guide& covered);

}  // namespace careerguide::cli
