#include "pdf/haru_overrides.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <new>
#include <vector>

#include <dlfcn.h>
#include <hpdf_utils.h>
#include <libdeflate.h>

#include "pdf/haru_internals.h"
#include "pdf/render_reuse_memo.h"
#include "pdf/write_pdf.h"

// Exported by libharu 2.3.0 but not declared in its headers: the free
// function of its memory streams.
extern "C" void HPDF_MemStream_FreeFunc(HPDF_Stream stream);

namespace careerguide::pdf {
namespace {

/// The definition of `name` after ours, libharu's own, or nullptr when it
/// cannot be found; looked up once and kept in `found`.
template <typename Function>
Function next_definition(std::atomic<Function>& found, const char* name) {
  Function function = found.load();
  if (function == nullptr) {
    function = reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
    found.store(function);
  }
  return function;
}

using RealFormatter = char* (*)(char*, HPDF_REAL, char*);

/// libharu's own HPDF_FToA (the next definition after ours), or nullptr
/// when it cannot be found; looked up once and kept.
[[maybe_unused]] RealFormatter libharu_own_ftoa() {
  static std::atomic<RealFormatter> found{nullptr};
  return next_definition(found, "HPDF_FToA");
}

using StreamDeflater = HPDF_STATUS (*)(HPDF_Stream, HPDF_Stream, HPDF_Encrypt);

/// libharu's own HPDF_Stream_WriteToStreamWithDeflate, for encrypted
/// documents (which careerguide never makes), or nullptr; looked up once.
[[maybe_unused]] StreamDeflater libharu_own_deflater() {
  static std::atomic<StreamDeflater> found{nullptr};
  return next_definition(found, "HPDF_Stream_WriteToStreamWithDeflate");
}

using FontDataSaver = HPDF_STATUS (*)(HPDF_FontDef, HPDF_Stream);

/// libharu's own HPDF_TTFontDef_SaveFontData, or nullptr; looked up once.
[[maybe_unused]] FontDataSaver libharu_own_font_data_saver() {
  static std::atomic<FontDataSaver> found{nullptr};
  return next_definition(found, "HPDF_TTFontDef_SaveFontData");
}

struct CallCounters {
  std::atomic<std::uint64_t> glyph_id{0}, mem_cpy{0}, mem_set{0}, str_len{0}, str_cpy{0}, ftoa{0}, deflate{0},
      save_font_data{0};
};
CallCounters counters;

[[maybe_unused]] void count(std::atomic<std::uint64_t>& counter) { counter.fetch_add(1, std::memory_order_relaxed); }

}  // namespace

OverrideCalls override_calls() {
  const auto get = [](const std::atomic<std::uint64_t>& c) { return c.load(std::memory_order_relaxed); };
  return {get(counters.glyph_id), get(counters.mem_cpy), get(counters.mem_set),
          get(counters.str_len),  get(counters.str_cpy), get(counters.ftoa), get(counters.deflate),
          get(counters.save_font_data)};
}

void prepare_overrides() {
  if constexpr (kOverridesLibharu) {
    if (libharu_own_ftoa() == nullptr || libharu_own_deflater() == nullptr || libharu_own_font_data_saver() == nullptr)
      throw PdfError("libharu's own HPDF_FToA, HPDF_Stream_WriteToStreamWithDeflate or HPDF_TTFontDef_SaveFontData "
                     "cannot be found; build with -DCAREERGUIDE_HARU_OVERRIDES=OFF");
  }
}

namespace {

/// The font whose glyph table GlyphTableScope made, and the table.
struct GlyphTable {
  HPDF_FontDef def = nullptr;
  std::vector<HPDF_UINT16> glyphs;
};
thread_local GlyphTable active_glyph_table;

/// The glyph of `unicode` in format-4 segment `i` of `cmap`, which holds it
/// (start code <= unicode <= end code): libharu's statements and arithmetic.
[[maybe_unused]] HPDF_UINT16 segment_glyph(const HPDF_TTF_CmapRange& cmap, HPDF_UINT i, HPDF_UINT16 unicode) {
  const HPDF_UINT seg_count = cmap.seg_count_x2 / 2U;
  if (cmap.id_range_offset[i] == 0) return static_cast<HPDF_UINT16>(unicode + cmap.id_delta[i]);
  // Unsigned wrap-around as in libharu: a negative index becomes huge and fails the bounds check.
  const HPDF_UINT idx = cmap.id_range_offset[i] / 2U + static_cast<HPDF_UINT>(unicode - cmap.start_count[i]) -
                        (seg_count - i);
  if (idx >= cmap.glyph_id_array_count) return 0;
  return static_cast<HPDF_UINT16>(cmap.glyph_id_array[idx] + cmap.id_delta[i]);
}

}  // namespace

GlyphTableScope::GlyphTableScope([[maybe_unused]] HPDF_FontDef def) {
  if constexpr (kOverridesLibharu) {
    const HPDF_TTF_CmapRange& cmap = haru::ttf_cmap(def);
    if (cmap.format != 0 && (cmap.seg_count_x2 == 0 || !cmap_allows_bisection(def))) return;
    std::vector<HPDF_UINT16>& glyphs = active_glyph_table.glyphs;
    glyphs.assign(0x10000, 0);
    if (cmap.format == 0) {
      for (HPDF_UINT code = 0; code < 0x10000; ++code) glyphs[code] = cmap.glyph_id_array[code & 0xFF];
    } else {
      // A code belongs to the first segment whose end code is >= it (what
      // the bisection finds): the codes after the previous segment's end.
      HPDF_UINT next = 0;
      for (HPDF_UINT i = 0; i < cmap.seg_count_x2 / 2U && next < 0x10000; ++i) {
        const HPDF_UINT end = cmap.end_count[i];
        if (end < next) continue;
        for (HPDF_UINT code = std::max<HPDF_UINT>(next, cmap.start_count[i]); code <= end; ++code) {
          glyphs[code] = segment_glyph(cmap, i, static_cast<HPDF_UINT16>(code));
        }
        next = end + 1;
      }
    }
    active_glyph_table.def = def;
  }
}

GlyphTableScope::~GlyphTableScope() { active_glyph_table.def = nullptr; }

bool cmap_allows_bisection(HPDF_FontDef def) {
  if constexpr (!kOverridesLibharu) return true;
  const HPDF_TTF_CmapRange& cmap = haru::ttf_cmap(def);
  if (cmap.format == 0 || cmap.seg_count_x2 == 0) return true;
  const HPDF_UINT16* end_codes = cmap.end_count;
  return std::is_sorted(end_codes, end_codes + cmap.seg_count_x2 / 2);
}

}  // namespace careerguide::pdf

#if CAREERGUIDE_HARU_OVERRIDES && HPDF_VERSION_ID == 20300

// Why these exist. libharu 2.3.0 builds every embedded TrueType font's /W
// array and CIDToGIDMap by asking HPDF_TTFontDef_GetGlyphid for all 65,536
// codes, and asks again for every character drawn or measured. Each call
// scans the format-4 cmap segments from the first, so a subset with 3,000
// segments costs 100 million steps per font: a third of the instructions of
// the default guide. HPDF_MemCpy, HPDF_MemSet, HPDF_StrLen and HPDF_StrCpy
// handle one byte per loop turn; libharu clears a 512-byte buffer for every
// path operator, measures every operator string and copies every byte of
// every stream through them: a quarter of the instructions of a
// 1000-role guide. HPDF_FToA, which writes every coordinate, goes through a
// temporary buffer digit by digit and then strips zeros one by one.
//
// How they take effect. libharu is a shared library built without
// -Bsymbolic or hidden visibility, so its own calls to these exported
// functions go through its procedure linkage table (objdump -d shows `call
// <HPDF_TTFontDef_GetGlyphid@plt>`, and likewise for the others), and
// the dynamic linker binds them to the first definition in search order:
// the executable's. The linker keeps this object file only because
// embedded_fonts.cpp calls cmap_allows_bisection.
//
// Why they are equivalent (tests/pdf_test.cpp compares each with libharu's
// own function, found with dlsym(RTLD_NEXT), for every code of real and
// synthetic cmaps, and the PDF bytes do not change):
// - GetGlyphid keeps libharu's statements and arithmetic; only the search
//   for the first segment whose end code is >= the code is a bisection.
//   For end codes in non-decreasing order, the first such segment is the
//   one std::lower_bound finds; cmap_allows_bisection checks that order for
//   each font before libharu uses it. Where libharu would read past its
//   arrays (no segment ends at or above the code, which a valid cmap's
//   final 0xFFFF segment rules out, or a glyph index equal to the glyph id
//   count), this returns glyph 0 (.notdef) instead of reading memory.
//   While a GlyphTableScope lasts (around HPDF_GetFont, which asks for all
//   65,536 codes), its font's answers come from a table filled segment by
//   segment: each segment holds the codes after the previous segment's end
//   code up to its own, which is what the bisection finds for end codes in
//   order; the glyph arithmetic is the same function.
// - MemCpy returns out + n like libharu. For overlapping ranges it keeps
//   libharu's front-to-back byte loop, whose result memcpy does not promise.
// - MemSet returns s + n like libharu.
// - StrLen counts up to the terminator, or at most maxlen bytes when maxlen
//   is not negative, and gives 0 for a null string, like libharu.
// - StrCpy copies until the terminator or until out reaches eptr, writes a
//   terminator at the end and returns it, like libharu; when the source and
//   the destination overlap it runs libharu's loop itself.
// - FToA computes the integer part and the five decimals with libharu's
//   expressions and types (a double sum, a float product), then writes the
//   bytes libharu's digit loops leave: "[-]int.ddddd" with the trailing
//   zeros (and the point, when all decimals are zero) overwritten by zero
//   bytes, returning the end of the kept text. Cases it does not reproduce
//   by itself go to libharu's own function: NaN, five decimals that round
//   up to 100000, and output that would not fit before eptr.
//
// One override changes bytes, deliberately: HPDF_Stream_WriteToStreamWithDeflate,
// which libharu calls (through its PLT) for every stream with a Flate
// filter. libharu feeds zlib 4 KB at a time at zlib's default level, with
// no way to choose another; a third of the default guide's instructions
// went there. The override reads the whole stream and compresses it in one
// call with libdeflate, whose output is an ordinary zlib stream (RFC 1950,
// what /FlateDecode reads), smaller and made in fewer instructions. The
// compressed bytes differ from zlib's; what any reader inflates is the
// same. Encrypted documents (never made here) keep libharu's own function.
//
// HPDF_TTFontDef_SaveFontData rewrites a TrueType font's tables for the file,
// keeping the glyphs marked as used; HPDF_GetFont marks every glyph of the
// font (it asks for all codes), so what it writes depends only on the font
// program loaded. Under --watch the same subset program (fonts::SubsetCache
// hands out the same object for the same characters) is therefore written
// with the bytes, and /Length1, of the previous render, and its compression
// is taken again when the content is the same byte for byte: a third of a
// warm re-render's processor time (BENCHMARKS.md).
//
// The guard on HPDF_VERSION_ID ties them to the structure layout they were
// checked against; any other libharu keeps its own functions, and so does a
// build with -DCAREERGUIDE_HARU_OVERRIDES=OFF.

namespace {

/// True when the `n` bytes at `a` and at `b` share an address; libharu's
/// front-to-back byte loops then give results memcpy does not promise.
bool ranges_overlap(const void* a, const void* b, std::size_t n) {
  const auto a_address = reinterpret_cast<std::uintptr_t>(a);
  const auto b_address = reinterpret_cast<std::uintptr_t>(b);
  return a_address < b_address + n && b_address < a_address + n;
}

using careerguide::pdf::count;
using careerguide::pdf::counters;

/// The cases the FToA override does not reproduce, handed to libharu's own
/// function (prepare_overrides makes sure of it when a document is made).
/// If it is somehow missing, "0" is written rather than failing inside
/// libharu: the painter never passes such values (it refuses non-finite and
/// absurd coordinates before libharu sees them).
char* libharu_ftoa(char* s, HPDF_REAL val, char* eptr) {
  if (const auto own = careerguide::pdf::libharu_own_ftoa()) return own(s, val, eptr);
  if (eptr > s) *s++ = '0';
  *s = 0;
  return s;
}

/// libdeflate's level (1–12) for every stream. At 6 the default guide is
/// 0.7 % smaller than with zlib's level 6 and compression takes half the
/// instructions; 9 saves 0.2 % more for 70 % more instructions, 12 another
/// 1.3 % for 16 times as many (BENCHMARKS.md).
constexpr int kDeflateLevel = 6;

/// The calling thread's libdeflate compressor, made on first use and kept:
/// a compressor holds hash tables worth reusing across a document's
/// thousands of streams. nullptr when out of memory.
libdeflate_compressor* thread_compressor() {
  struct Owner {
    libdeflate_compressor* compressor = libdeflate_alloc_compressor(kDeflateLevel);
    ~Owner() { libdeflate_free_compressor(compressor); }
  };
  thread_local Owner owner;
  return owner.compressor;
}

/// All bytes of `src` from its start, in `bytes`; libharu's status.
HPDF_STATUS read_whole(HPDF_Stream src, std::vector<HPDF_BYTE>& bytes) {
  const HPDF_STATUS seek = HPDF_Stream_Seek(src, 0, HPDF_SEEK_SET);
  if (seek != HPDF_OK) return seek;
  bytes.resize(HPDF_Stream_Size(src));
  HPDF_UINT size = static_cast<HPDF_UINT>(bytes.size());
  const HPDF_STATUS read = bytes.empty() ? HPDF_OK : HPDF_Stream_Read(src, bytes.data(), &size);
  if (read != HPDF_OK && read != HPDF_STREAM_EOF) return read;
  bytes.resize(size);
  return HPDF_OK;
}

/// Replaces `bytes` with their zlib-format compression; HPDF_OK, or the
/// error to record (no libharu call and no --watch memo: safe on any thread).
HPDF_STATUS deflate_in_place(std::vector<HPDF_BYTE>& bytes) {
  libdeflate_compressor* compressor = thread_compressor();
  if (compressor == nullptr) return HPDF_FAILD_TO_ALLOC_MEM;
  std::vector<HPDF_BYTE> output(libdeflate_zlib_compress_bound(compressor, bytes.size()));
  const std::size_t written =
      libdeflate_zlib_compress(compressor, bytes.data(), bytes.size(), output.data(), output.size());
  if (written == 0) return HPDF_ZLIB_ERROR;
  output.resize(written);
  bytes = std::move(output);
  return HPDF_OK;
}

/// Replaces `bytes` (read from `stream`) with their zlib-format
/// compression; libharu's status, errors recorded on `stream`. Called from
/// libharu's save, on the drawing thread: under --watch, a stream compressed
/// for the previous document is taken again when its content is the same
/// byte for byte (the same compressor and level: the same output).
HPDF_STATUS compress(HPDF_Stream stream, std::vector<HPDF_BYTE>& bytes) {
  auto* memo = careerguide::pdf::active_render_memo();
  if (memo != nullptr) {
    if (const std::vector<HPDF_BYTE>* earlier = memo->compressed_stream(bytes)) {
      bytes = *earlier;
      return HPDF_OK;
    }
  }
  std::vector<HPDF_BYTE> input;
  if (memo != nullptr) input = bytes;
  const HPDF_STATUS status = deflate_in_place(bytes);
  if (status != HPDF_OK) return HPDF_SetError(careerguide::pdf::haru::error_of(stream), status, 0);
  if (memo != nullptr) memo->remember_compressed(std::move(input), bytes);
  return HPDF_OK;
}

/// The free function of a memory stream whose bytes are already
/// compressed: libharu's own under another address, which is the mark
/// HPDF_Stream_WriteToStreamWithDeflate looks for.
void free_compressed_stream(HPDF_Stream stream) { HPDF_MemStream_FreeFunc(stream); }

/// The number of decimal digits of `value` (0 to 99999).
int digit_count(std::uint32_t value) {
  return value >= 10000 ? 5 : value >= 1000 ? 4 : value >= 100 ? 3 : value >= 10 ? 2 : 1;
}

/// Writes the `count` lowest decimal digits of `value` at `out`, most
/// significant first; returns the end.
char* write_digits(char* out, std::uint32_t value, int count) {
  for (int i = count - 1; i >= 0; --i, value /= 10) out[i] = static_cast<char>('0' + value % 10);
  return out + count;
}

}  // namespace

extern "C" {

HPDF_UINT16 HPDF_TTFontDef_GetGlyphid(HPDF_FontDef fontdef, HPDF_UINT16 unicode) {
  count(counters.glyph_id);
  if (fontdef == careerguide::pdf::active_glyph_table.def) return careerguide::pdf::active_glyph_table.glyphs[unicode];
  const HPDF_TTF_CmapRange& cmap = careerguide::pdf::haru::ttf_cmap(fontdef);
  if (cmap.format == 0) return cmap.glyph_id_array[unicode & 0xFF];
  if (cmap.seg_count_x2 == 0) {
    HPDF_SetError(careerguide::pdf::haru::error_of(fontdef), HPDF_TTF_INVALID_CMAP, 0);
    return 0;
  }
  const HPDF_UINT seg_count = cmap.seg_count_x2 / 2U;
  const HPDF_UINT16* segment_end = std::lower_bound(cmap.end_count, cmap.end_count + seg_count, unicode);
  const auto i = static_cast<HPDF_UINT>(segment_end - cmap.end_count);
  if (i == seg_count || cmap.start_count[i] > unicode) return 0;
  return careerguide::pdf::segment_glyph(cmap, i, unicode);
}

HPDF_BYTE* HPDF_MemCpy(HPDF_BYTE* out, const HPDF_BYTE* in, HPDF_UINT n) {
  count(counters.mem_cpy);
  if (ranges_overlap(out, in, n)) {
    for (; n > 0; --n) *out++ = *in++;
    return out;
  }
  if (n > 0) std::memcpy(out, in, n);
  return out + n;
}

void* HPDF_MemSet(void* s, HPDF_BYTE c, HPDF_UINT n) {
  count(counters.mem_set);
  if (n > 0) std::memset(s, c, n);
  return static_cast<HPDF_BYTE*>(s) + n;
}

char* HPDF_FToA(char* s, HPDF_REAL val, char* eptr) {
  count(counters.ftoa);
  if (val > HPDF_LIMIT_MAX_REAL) {
    val = HPDF_LIMIT_MAX_REAL;
  } else if (val < HPDF_LIMIT_MIN_REAL) {
    val = HPDF_LIMIT_MIN_REAL;
  }
  const HPDF_REAL magnitude = val < 0 ? -val : val;
  if (magnitude != magnitude) return libharu_ftoa(s, val, eptr);  // NaN
  // libharu's arithmetic, with its types: a double sum, a float product.
  const auto int_val = static_cast<HPDF_INT32>(magnitude + 0.000005);
  const HPDF_REAL fraction = static_cast<HPDF_REAL>(magnitude - static_cast<HPDF_REAL>(int_val) + 0.000005);
  const auto fpart_val = static_cast<HPDF_INT32>(fraction * 100000);
  if (fpart_val >= 100000) return libharu_ftoa(s, val, eptr);
  const auto whole = static_cast<std::uint32_t>(int_val);
  auto decimals = static_cast<std::uint32_t>(fpart_val);
  const int whole_digits = digit_count(whole);
  const auto full_length = static_cast<std::size_t>((val < 0 ? 1 : 0) + whole_digits + 6);  // ".ddddd"
  if (eptr < s || static_cast<std::size_t>(eptr - s) + 1 < full_length) return libharu_ftoa(s, val, eptr);
  int decimal_digits = 5;
  for (; decimal_digits > 0 && decimals % 10 == 0; --decimal_digits) decimals /= 10;
  char* out = s;
  if (val < 0) *out++ = '-';
  out = write_digits(out, whole, whole_digits);
  if (decimal_digits > 0) {
    *out++ = '.';
    out = write_digits(out, decimals, decimal_digits);
  }
  // libharu writes all of "[-]int.ddddd", then zeroes the stripped zeros and point.
  for (char* stripped = out; stripped < s + full_length; ++stripped) *stripped = 0;
  return out;
}

HPDF_STATUS HPDF_Stream_WriteToStreamWithDeflate(HPDF_Stream src, HPDF_Stream dst, HPDF_Encrypt e) {
  count(counters.deflate);
  if (e != nullptr) {
    if (const auto own = careerguide::pdf::libharu_own_deflater()) return own(src, dst, e);
    return HPDF_SetError(careerguide::pdf::haru::error_of(src), HPDF_ZLIB_ERROR, 0);
  }
  // No exception may leave into libharu's C frames: allocation failures
  // become libharu's own error.
  try {
    std::vector<HPDF_BYTE> bytes;
    const HPDF_STATUS read = read_whole(src, bytes);
    if (read != HPDF_OK) return read;
    // A page's content compressed early (put_page_content) is written as it is.
    const bool precompressed = careerguide::pdf::haru::free_function(src) == free_compressed_stream;
    if (!precompressed) {
      const HPDF_STATUS compressed = compress(src, bytes);
      if (compressed != HPDF_OK) return compressed;
    }
    const HPDF_STATUS status = HPDF_Stream_Write(dst, bytes.data(), static_cast<HPDF_UINT>(bytes.size()));
    if (status != HPDF_OK) return HPDF_SetError(careerguide::pdf::haru::error_of(src), HPDF_ZLIB_ERROR, status);
    // Only the save writes a page's content, once: freed as soon as it is in
    // the file, the contents are not held twice while a large guide is saved.
    if (precompressed) HPDF_MemStream_FreeData(src);
    return HPDF_OK;
  } catch (const std::bad_alloc&) {
    return HPDF_SetError(careerguide::pdf::haru::error_of(src), HPDF_FAILD_TO_ALLOC_MEM, 0);
  }
}

HPDF_STATUS HPDF_TTFontDef_SaveFontData(HPDF_FontDef fontdef, HPDF_Stream stream) {
  count(counters.save_font_data);
  const auto own = careerguide::pdf::libharu_own_font_data_saver();
  if (own == nullptr) return HPDF_SetError(careerguide::pdf::haru::error_of(stream), HPDF_TTF_CANNOT_EMBEDDING_FONT, 0);
  auto* memo = careerguide::pdf::active_render_memo();
  if (memo == nullptr) return own(fontdef, stream);
  try {
    // The same program object drawing the same characters: libharu would
    // write the same bytes again (its table rewrite depends only on them).
    if (const auto* earlier = memo->written_font(fontdef)) {
      careerguide::pdf::haru::set_ttf_length1(fontdef, earlier->length1);
      return HPDF_Stream_Write(stream, earlier->written.data(), static_cast<HPDF_UINT>(earlier->written.size()));
    }
    const HPDF_STATUS status = own(fontdef, stream);
    if (status != HPDF_OK) return status;
    std::vector<HPDF_BYTE> written;
    if (read_whole(stream, written) == HPDF_OK)
      memo->remember_written_font(fontdef, std::move(written), careerguide::pdf::haru::ttf_length1(fontdef));
    return HPDF_OK;
  } catch (const std::bad_alloc&) {
    return HPDF_SetError(careerguide::pdf::haru::error_of(stream), HPDF_FAILD_TO_ALLOC_MEM, 0);
  }
}

HPDF_UINT HPDF_StrLen(const char* s, HPDF_INT maxlen) {
  count(counters.str_len);
  if (s == nullptr) return 0;
  const std::size_t length = maxlen < 0 ? std::strlen(s) : strnlen(s, static_cast<std::size_t>(maxlen));
  return static_cast<HPDF_UINT>(length);
}

HPDF_BYTE* HPDF_StrCpy(char* out, const char* in, char* eptr) {
  count(counters.str_cpy);
  if (in != nullptr && eptr > out) {
    const std::size_t length = strnlen(in, static_cast<std::size_t>(eptr - out));
    if (ranges_overlap(out, in, length + 1)) {
      while (eptr > out && *in != 0) *out++ = *in++;
    } else {
      std::memcpy(out, in, length);
      out += length;
    }
  }
  *out = 0;
  return reinterpret_cast<HPDF_BYTE*>(out);
}

}  // extern "C"

namespace careerguide::pdf {

HPDF_STATUS take_page_content(HPDF_Page page, PageContent& content) {
  content = PageContent{};
  if (HPDF_Page_GetGMode(page) != HPDF_GMODE_PAGE_DESCRIPTION) return HPDF_OK;
  HPDF_Stream stream = haru::content_stream(page);
  // Only libharu's own memory streams, compressed once.
  if (haru::free_function(stream) != HPDF_MemStream_FreeFunc) return HPDF_OK;
  try {
    const HPDF_STATUS status = read_whole(stream, content.bytes);
    if (status != HPDF_OK) return status;
  } catch (const std::bad_alloc&) {
    return HPDF_SetError(haru::error_of(stream), HPDF_FAILD_TO_ALLOC_MEM, 0);
  }
  HPDF_MemStream_FreeData(stream);
  content.page = page;
  return HPDF_OK;
}

void compress_content(PageContent& content) {
  if (content.page == nullptr) return;
  try {
    content.status = deflate_in_place(content.bytes);
  } catch (const std::bad_alloc&) {
    content.status = HPDF_FAILD_TO_ALLOC_MEM;
  }
}

HPDF_STATUS put_page_content(const PageContent& content) {
  if (content.page == nullptr) return HPDF_OK;
  HPDF_Stream stream = haru::content_stream(content.page);
  if (content.status != HPDF_OK) return HPDF_SetError(haru::error_of(stream), content.status, 0);
  // One allocation of the compressed size: most pages' content would
  // otherwise sit in a 4,096-byte chunk at half its size or less.
  if (!content.bytes.empty()) haru::set_next_chunk_size(stream, static_cast<HPDF_UINT>(content.bytes.size()));
  const HPDF_STATUS status =
      HPDF_Stream_Write(stream, content.bytes.data(), static_cast<HPDF_UINT>(content.bytes.size()));
  if (status != HPDF_OK) return status;
  haru::set_free_function(stream, free_compressed_stream);
  return HPDF_OK;
}

}  // namespace careerguide::pdf

#else

namespace careerguide::pdf {
HPDF_STATUS take_page_content(HPDF_Page, PageContent& content) {
  content = PageContent{};
  return HPDF_OK;
}
void compress_content(PageContent&) {}
HPDF_STATUS put_page_content(const PageContent&) { return HPDF_OK; }
}  // namespace careerguide::pdf

#endif  // CAREERGUIDE_HARU_OVERRIDES && HPDF_VERSION_ID == 20300
