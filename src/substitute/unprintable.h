#pragma once
// The unprintable-character pass, between loading and layout: every
// character of every text of the guide is checked against the fonts. A
// character no configured font can draw (or one outside the Basic
// Multilingual Plane, which libharu's UTF-8 encoder turns into a space) gets
// a warning with its position and is replaced by a visible substitute, so
// that nothing is ever printed as a silent space or as the font's .notdef
// box. Pure: model and coverage in, model and diagnostics out.

#include <cstddef>
#include <functional>
#include <vector>

#include "fonts/coverage.h"
#include "model/diagnostic.h"
#include "model/guide.h"

namespace careerguide::substitute {

/// Tells the coverage of one code point (injected so tests need no fonts).
using CoverageCheck = std::function<fonts::Coverage(char32_t)>;

/// The substitute drawn for unprintable characters: the first printable of
/// □ U+25A1 WHITE SQUARE (LXGW WenKai, the default font, has it), 〓 U+3013
/// GETA MARK and ? U+003F.
char32_t choose_substitute(const CoverageCheck& coverage);

/// At most this many warnings are listed; one more line counts the rest.
inline constexpr std::size_t kMaxWarnings = 1000;

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
struct SubstitutedGuide {
  model::Guide guide;                        ///< ready for layout
  std::vector<model::Diagnostic> warnings;  ///< sorted by position, capped
  CoverageCounts counts;
  /// Some text was rewritten. When none was, `guide` equals the input and a
  /// caller holding both may keep one (a guide of 10,000 roles is tens of
  /// megabytes).
  bool changed = false;
};

/// Checks every text of `guide` (model::for_each_text) and returns a copy
/// in which each character that `coverage` does not call printable is
/// replaced by `choose_substitute(coverage)`. Each distinct such character
/// of a value gets one warning at its first occurrence, and a value used
/// again (the same text) none: the warnings grow with the distinct texts,
/// not their uses, and at most kMaxWarnings are kept. Labels the guide never
/// prints (the pay labels of other periods) are not checked:
/// `FILE:LINE:COLUMN: warning: roles[0].summary: 😀 (U+1F600) cannot be
/// printed (REASON); it is shown as □`. The column is the character's own
/// when the value is written verbatim on one line (Text::verbatim_column),
/// otherwise the value's; a text the data does not set (a built-in label)
/// names the data file alone. Links keep their address as written: only the
/// printed text is substituted. Invisible format characters the fonts lack
/// (variation selectors, zero-width joiners and spaces, other
/// default-ignorable code points) are dropped without warning: they have no
/// visible form to lose.
SubstitutedGuide substitute_unprintable(const model::Guide& guide, const CoverageCheck& coverage);

}  // namespace careerguide::substitute
