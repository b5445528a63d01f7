#pragma once
// Faster definitions of six libharu 2.3.0 internals that give the same
// results: HPDF_TTFontDef_GetGlyphid (bisection instead of a linear scan of
// the cmap segments), HPDF_MemCpy, HPDF_MemSet, HPDF_StrLen and HPDF_StrCpy
// (the C library's block functions instead of byte loops) and HPDF_FToA
// (number formatting without a second buffer pass). libharu calls
// them all through its procedure linkage table, so the definitions in our
// executable take the place of its own for every call, its internal calls
// included. Why and how they are equivalent is explained in
// haru_overrides.cpp.

#include <hpdf.h>
#include <hpdf_fontdef.h>

namespace careerguide::pdf {

/// True when this build replaces libharu's functions: only against the
/// libharu whose internals they were checked against (2.3.0, Debian 12).
inline constexpr bool kOverridesLibharu = HPDF_VERSION_ID == 20300;

/// True when the cmap that TrueType font definition `def` (loaded by
/// HPDF_TTFontDef_Load) holds can be searched by bisection: a format-0
/// table, or format-4 segments whose end codes never decrease, as the
/// OpenType specification requires and hb-subset always writes. Only then
/// does the bisecting HPDF_TTFontDef_GetGlyphid give what libharu's linear
/// scan gives, so every font handed to libharu is checked with this.
/// Referencing it also makes the linker keep the overrides.
bool cmap_allows_bisection(HPDF_FontDef def);

}  // namespace careerguide::pdf
