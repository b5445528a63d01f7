#pragma once
// Character classes the line breaker needs on top of UAX #14: which marks
// may not start or end a Chinese line, and which characters take the
// CJK–Latin gap next to ideographs.

namespace careerguide::text {

/// True for ideographs, kana, and CJK punctuation: characters between which
/// a line may break and that take no space before Latin text.
bool is_cjk(char32_t cp);

/// True for white space that becomes a gap between words (U+0020, tab, a
/// stray line break, no-break space and the other Zs spaces, but not the
/// ideographic space U+3000, which is drawn as a full-width character).
bool is_word_space(char32_t cp);

/// True for punctuation (Unicode general category P*), CJK or Latin.
bool is_punctuation(char32_t cp);

/// True for ideographs, kana and full-width letters: CJK characters that
/// are not punctuation.
bool is_ideograph(char32_t cp);

/// True for marks that Chinese text sets full width although Unicode
/// leaves their width ambiguous: — … “ ” ‘ ’. Next to CJK text they are
/// units of their own; inside Latin text they belong to the word.
bool is_ambiguous_cjk_mark(char32_t cp);

/// True for the opening quotes “ ‘, which UAX #14 glues to both neighbours
/// but Chinese text may break before.
bool is_opening_quote(char32_t cp);

/// True for the closing quotes ” ’, which Chinese text may break after.
bool is_closing_quote(char32_t cp);

/// True for marks no line may start with: ，。、；：？！）」』》〉】…—%‰ ”’
/// and their full-width and Latin variants.
bool is_line_start_prohibited(char32_t cp);

/// True for marks no line may end with: （「『《〈【 “‘ and their variants.
bool is_line_end_prohibited(char32_t cp);

/// True for full-width opening marks whose left half is blank in Chinese
/// fonts: （「『《〈【〔〖 “‘ (when set full width). CLREQ compresses them.
bool is_compressible_opening(char32_t cp);

/// True for full-width marks whose right half is blank in Chinese (GB)
/// fonts: ，。、：；）」』》〉】〕〗 ”’ (when set full width). Not ！？, which
/// CLREQ keeps full width.
bool is_compressible_closing(char32_t cp);

/// True for characters that take the CJK–Latin gap next to an ideograph:
/// letters, digits, currency signs and the percent signs of numbers.
bool takes_cjk_latin_gap(char32_t cp);

}  // namespace careerguide::text
