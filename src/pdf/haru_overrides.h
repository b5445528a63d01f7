#pragma once
// Faster definitions of six libharu 2.3.0 internals that give the same
// results: HPDF_TTFontDef_GetGlyphid (bisection instead of a linear scan of
// the cmap segments), HPDF_MemCpy, HPDF_MemSet, HPDF_StrLen and HPDF_StrCpy
// (the C library's block functions instead of byte loops) and HPDF_FToA
// (number formatting without a second buffer pass); and a seventh,
// HPDF_Stream_WriteToStreamWithDeflate, that compresses every stream with
// libdeflate instead of zlib: other compressed bytes, the same content
// once inflated, a smaller file; and an eighth, HPDF_TTFontDef_SaveFontData,
// which is libharu's own except while a RenderReuse is active (--watch): then
// a font program already written and compressed for the previous document
// is written again (render_reuse.h). libharu calls
// them all through its procedure linkage table, so the definitions in our
// executable take the place of its own for every call, its internal calls
// included. Why and how they are equivalent is explained in
// haru_overrides.cpp.

//
// They are isolated here: the CMake option CAREERGUIDE_HARU_OVERRIDES=OFF
// builds without them (libharu's own functions: zlib's compressed bytes,
// otherwise the same, slower), and
// every private field they read goes through pdf/haru_internals.h.

#include <cstdint>
#include <vector>

#include <hpdf.h>

#ifndef CAREERGUIDE_HARU_OVERRIDES
#define CAREERGUIDE_HARU_OVERRIDES 1
#endif

namespace careerguide::pdf {

/// True when this build replaces libharu's functions: when the option is on
/// and only against the libharu whose internals they were checked against
/// (2.3.0, Debian 12).
inline constexpr bool kOverridesLibharu = CAREERGUIDE_HARU_OVERRIDES && HPDF_VERSION_ID == 20300;

/// How many times each override has run, libharu's internal calls included:
/// the guard test calls libharu's public functions and watches these rise.
/// All zero when kOverridesLibharu is false.
struct OverrideCalls {
  std::uint64_t glyph_id = 0;
  std::uint64_t mem_cpy = 0;
  std::uint64_t mem_set = 0;
  std::uint64_t str_len = 0;
  std::uint64_t str_cpy = 0;
  std::uint64_t ftoa = 0;
  std::uint64_t deflate = 0;
  std::uint64_t save_font_data = 0;
};
OverrideCalls override_calls();

/// Finds libharu's own HPDF_FToA, to which the override hands the cases it
/// does not reproduce, before libharu first needs it: an override must never
/// fail inside libharu. Throws PdfError when it cannot be found. Called when
/// a document is created; does nothing without the overrides.
void prepare_overrides();

/// True when the cmap that TrueType font definition `def` (loaded by
/// HPDF_TTFontDef_Load) holds can be searched by bisection: a format-0
/// table, or format-4 segments whose end codes never decrease, as the
/// OpenType specification requires and hb-subset always writes. Only then
/// does the bisecting HPDF_TTFontDef_GetGlyphid give what libharu's linear
/// scan gives, so every font handed to libharu is checked with this.
/// Referencing it also makes the linker keep the overrides. Always true
/// without them (libharu's linear scan takes any order).
bool cmap_allows_bisection(HPDF_FontDef def);

/// While one exists on this thread, HPDF_TTFontDef_GetGlyphid answers for
/// `def` from a table of all 65,536 codes, filled from the cmap segments in
/// one pass: HPDF_GetFont asks for every code of the font to build its /W
/// array and CIDToGIDMap, and a bisection per code cost more than the rest
/// of the font set-up. The glyphs are those the bisection gives, for a
/// `def` that cmap_allows_bisection. Does nothing without the overrides.
class GlyphTableScope {
 public:
  explicit GlyphTableScope(HPDF_FontDef def);
  ~GlyphTableScope();
  GlyphTableScope(const GlyphTableScope&) = delete;
  GlyphTableScope& operator=(const GlyphTableScope&) = delete;
};

/// A page's finished content, taken out of its stream to be compressed
/// away from libharu (on another core) and put back before the save.
struct PageContent {
  HPDF_Page page = nullptr;         ///< null: nothing was taken
  std::vector<std::uint8_t> bytes;  ///< the operators; after compress_content, their compression
  HPDF_STATUS status = HPDF_OK;     ///< compress_content's failure, if any
  std::vector<std::uint8_t> operators;  ///< under --watch: the operators, remembered with their compression
};

/// Takes page `page`'s finished content out of its stream, which is left
/// empty: a large guide then holds a fifth of its page content in memory.
/// Takes nothing without the overrides (libharu's zlib compresses at the
/// save), or when libharu has not closed the page's text or path object
/// (the save would append to the stream). Returns libharu's status.
HPDF_STATUS take_page_content(HPDF_Page page, PageContent& content);

/// Compresses `content.bytes` as the save would (the same libdeflate call,
/// so the same bytes). Calls nothing of libharu: safe on any thread.
void compress_content(PageContent& content);

/// Puts compressed content back into its page's stream, in one allocation
/// of its size, marked so that the save writes it unchanged. Returns
/// libharu's status (an error when compress_content failed).
HPDF_STATUS put_page_content(const PageContent& content);

}  // namespace careerguide::pdf
