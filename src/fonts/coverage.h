#pragma once
// What the configured fonts can do with one code point: the question the
// unprintable-character pass (src/substitute/) asks of every character.

namespace careerguide::fonts {

struct FontSet;

/// What the fonts can do with one code point.
enum class Coverage {
  kPrintable,         ///< both faces draw it (own font or the fallback)
  kOutsideBmp,        ///< above U+FFFF: libharu cannot encode it at all
  kMissing,           ///< neither face's font nor the fallback has it
  kMissingInRegular,  ///< the Bold face draws it, the Regular face cannot
  kMissingInBold,     ///< the Regular face draws it, the Bold face cannot
};

/// The coverage of `cp` with `fonts`: each of the Regular and Bold faces
/// must draw it, from its own font or from the fallback (FontSet::font_for),
/// because most texts appear in both faces somewhere (a role title is Bold
/// on its page and Regular in the contents). Tab, line feed and carriage
/// return are printable: the text module never draws them.
Coverage font_coverage(const FontSet& fonts, char32_t cp);

}  // namespace careerguide::fonts
