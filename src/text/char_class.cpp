#include "text/char_class.h"

#include <algorithm>
#include <array>

#include <unicode/uchar.h>

#include "text/utf8.h"

namespace careerguide::text {

namespace {

// Sorted, for binary search.
constexpr std::array<char32_t, 32> kLineStartProhibited = {
    U'!',      U'%',      U')',      U',',      U'.',      U':',      U';',      U'?',
    U']',      U'}',      U'\u2014', U'\u2019', U'\u201D', U'\u2026', U'\u2030', U'\u3001',
    U'\u3002', U'\u3009', U'\u300B', U'\u300D', U'\u300F', U'\u3011', U'\u3015', U'\u3017',
    U'\uFF01', U'\uFF05', U'\uFF09', U'\uFF0C', U'\uFF0E', U'\uFF1A', U'\uFF1B', U'\uFF1F',
};

constexpr std::array<char32_t, 16> kLineEndProhibited = {
    U'(',      U'[',      U'{',      U'\u2018', U'\u201C', U'\u3008', U'\u300A', U'\u300C',
    U'\u300E', U'\u3010', U'\u3014', U'\u3016', U'\uFF08', U'\uFF3B', U'\uFF5B', U'\uFF5F',
};

template <std::size_t N>
bool contains(const std::array<char32_t, N>& sorted, char32_t cp) {
  return std::binary_search(sorted.begin(), sorted.end(), cp);
}

UChar32 to_icu(char32_t cp) { return static_cast<UChar32>(cp); }

bool in_range(char32_t cp, char32_t first, char32_t last) { return cp >= first && cp <= last; }

}  // namespace

bool is_word_space(char32_t cp) {
  if (cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r') return true;
  return cp != U'\u3000' && u_charType(to_icu(cp)) == U_SPACE_SEPARATOR;
}

bool is_punctuation(char32_t cp) { return u_ispunct(to_icu(cp)) != 0; }

bool is_cjk(char32_t cp) {
  return in_range(cp, 0x4E00, 0x9FFF)       // CJK Unified Ideographs
         || in_range(cp, 0x3400, 0x4DBF)    // Extension A
         || in_range(cp, 0x20000, 0x3134F)  // Extensions B–G (planes 2 and 3)
         || in_range(cp, 0xF900, 0xFAFF)    // Compatibility Ideographs
         || in_range(cp, 0x2E80, 0x2FDF)    // radicals
         || in_range(cp, 0x3000, 0x303F)    // CJK Symbols and Punctuation
         || in_range(cp, 0x3040, 0x30FF)    // Hiragana, Katakana
         || in_range(cp, 0x3100, 0x312F)    // Bopomofo
         || in_range(cp, 0x31C0, 0x31FF)    // strokes, Katakana extension
         || in_range(cp, 0x3200, 0x33FF)    // enclosed letters, compatibility
         || in_range(cp, 0xFE10, 0xFE1F)    // vertical forms
         || in_range(cp, 0xFE30, 0xFE4F)    // compatibility forms
         || in_range(cp, 0xFF01, 0xFF60)    // full-width ASCII variants
         || in_range(cp, 0xFFE0, 0xFFE6);   // full-width signs
}

bool is_ideograph(char32_t cp) { return is_cjk(cp) && !is_punctuation(cp) && cp != U'\u3000'; }

bool is_ambiguous_cjk_mark(char32_t cp) {
  return cp == U'\u2014' || cp == U'\u2026' || cp == U'\u201C' || cp == U'\u201D' ||
         cp == U'\u2018' || cp == U'\u2019';
}

bool is_opening_quote(char32_t cp) { return cp == U'\u201C' || cp == U'\u2018'; }

bool is_closing_quote(char32_t cp) { return cp == U'\u201D' || cp == U'\u2019'; }

bool is_line_start_prohibited(char32_t cp) { return contains(kLineStartProhibited, cp); }

bool is_line_end_prohibited(char32_t cp) { return contains(kLineEndProhibited, cp); }

bool is_compressible_opening(char32_t cp) {
  return cp == U'\uFF08' || cp == U'\u300C' || cp == U'\u300E' || cp == U'\u300A' ||
         cp == U'\u3008' || cp == U'\u3010' || cp == U'\u3014' || cp == U'\u3016' ||
         is_opening_quote(cp);
}

bool is_compressible_closing(char32_t cp) {
  return cp == U'\uFF0C' || cp == U'\u3002' || cp == U'\u3001' || cp == U'\uFF1A' ||
         cp == U'\uFF1B' || cp == U'\uFF09' || cp == U'\u300D' || cp == U'\u300F' ||
         cp == U'\u300B' || cp == U'\u3009' || cp == U'\u3011' || cp == U'\u3015' ||
         cp == U'\u3017' || is_closing_quote(cp);
}

bool takes_cjk_latin_gap(char32_t cp) {
  if (cp == U'%' || cp == U'\u2030') return true;
  const UChar32 c = to_icu(cp);
  return !is_cjk(cp) && (u_isalnum(c) != 0 || u_charType(c) == U_CURRENCY_SYMBOL);
}

}  // namespace careerguide::text
