#include "fonts/font.h"

#include <sys/stat.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <numeric>
#include <span>

#include <fmt/format.h>
#include <hb-subset.h>
#include <hb.h>

#include "fonts/sfnt_check.h"
#include "text/utf8.h"

namespace careerguide::fonts {
namespace {

using text::kBmpSize;

/// Code points per block of the BMP table (Font::Impl::fill_block).
constexpr std::size_t kBlockSize = 256;

// Tables libharu never embeds (it rewrites the font from its own 13 tables);
// dropping them up front saves subsetting work.
constexpr const char* kDroppedTables[] = {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "vhea",
                                          "vmtx", "VORG", "gasp", "DSIG", "kern", "hdmx", "LTSH",
                                          "VDMX", "PCLT", "meta", "STAT"};

struct BlobDeleter {
  void operator()(hb_blob_t* blob) const { hb_blob_destroy(blob); }
};
struct FaceDeleter {
  void operator()(hb_face_t* face) const { hb_face_destroy(face); }
};
struct FontDeleter {
  void operator()(hb_font_t* font) const { hb_font_destroy(font); }
};
struct SubsetInputDeleter {
  void operator()(hb_subset_input_t* input) const { hb_subset_input_destroy(input); }
};
using BlobPtr = std::unique_ptr<hb_blob_t, BlobDeleter>;
using FacePtr = std::unique_ptr<hb_face_t, FaceDeleter>;
using HbFontPtr = std::unique_ptr<hb_font_t, FontDeleter>;

FontError load_error(const typeface::FontFile& request, messages::Message reason) {
  return FontError(messages::message(messages::MessageId::kFontLoadFailed,
                                     {{"file", request.file}, {"reason", std::move(reason)}}));
}

FontError load_error(const typeface::FontFile& request, messages::MessageId reason) {
  return load_error(request, messages::message(reason));
}

/// Maps the file read-only; throws when it is missing, unreadable, not a
/// regular file or larger than kMaxFontFileBytes (checked before reading,
/// so a huge sparse file costs nothing).
BlobPtr map_file(const typeface::FontFile& request) {
  struct stat info {};
  if (::stat(request.file.c_str(), &info) != 0) {
    if (errno == ENOENT || errno == ENOTDIR) throw load_error(request, messages::MessageId::kNoSuchFile);
    if (errno == ELOOP) throw load_error(request, messages::MessageId::kSymlinkLoop);
    throw load_error(request, messages::verbatim(std::strerror(errno)));
  }
  if (!S_ISREG(info.st_mode)) throw load_error(request, messages::MessageId::kNotARegularFile);
  if (static_cast<std::uint64_t>(info.st_size) > kMaxFontFileBytes)
    throw load_error(request, messages::message(messages::MessageId::kFontTooLarge,
                                                {{"size", info.st_size},
                                                 {"limit", kMaxFontFileBytes},
                                                 {"mebibytes", kMaxFontFileBytes >> 20}}));
  BlobPtr blob(hb_blob_create_from_file_or_fail(request.file.c_str()));
  if (!blob) throw load_error(request, messages::MessageId::kCannotReadFile);
  return blob;
}

std::span<const std::uint8_t> blob_bytes(hb_blob_t* blob) {
  unsigned int length = 0;
  const char* data = hb_blob_get_data(blob, &length);
  return {reinterpret_cast<const std::uint8_t*>(data), length};
}

}  // namespace

struct Font::Impl {
  typeface::FontFile request;
  BlobPtr blob;
  FacePtr face;
  HbFontPtr font;
  unsigned int units_per_em = 1000;
  int notdef_advance = 0;                     // 1/1000 em
  // Coverage and advance per BMP code point, filled a block of kBlockSize
  // code points at a time when layout first asks for one (a guide uses a
  // few of the 256 blocks), under `fill_mutex`; a block's flag is set
  // (release) after its entries, so a reader that sees it set (acquire)
  // reads them without the lock.
  mutable std::vector<std::uint16_t> bmp_advance;  // 1/1000 em
  mutable std::vector<std::uint8_t> bmp_covered;   // 0 or 1
  mutable std::array<std::atomic<bool>, kBmpSize / kBlockSize> block_filled{};
  mutable std::mutex fill_mutex;

  /// Makes sure the block of BMP code point `cp` is filled.
  void fill_block_of(char32_t cp) const {
    const std::size_t block = cp / kBlockSize;
    if (!block_filled[block].load(std::memory_order_acquire)) fill_block(block);
  }

  /// Glyph id of `cp`, or 0 (.notdef) when the font lacks it.
  hb_codepoint_t glyph(char32_t cp) const {
    hb_codepoint_t gid = 0;
    return hb_font_get_nominal_glyph(font.get(), cp, &gid) ? gid : 0;
  }
  /// libharu's width: advance × 1000 / unitsPerEm in unsigned integers.
  int milli_em_of_advance(hb_position_t advance) const {
    return static_cast<int>(static_cast<unsigned int>(advance) * 1000U / units_per_em);
  }
  /// The milli-em advance of glyph `gid`.
  int milli_em(hb_codepoint_t gid) const { return milli_em_of_advance(hb_font_get_glyph_h_advance(font.get(), gid)); }
  void fill_block(std::size_t block) const;
  std::vector<hb_codepoint_t> nominal_glyphs(const std::vector<hb_codepoint_t>& code_points) const;
};

/// Fills coverage and advance for block `block` of the BMP. HarfBuzz's
/// batch calls do the lookups: one call per code point cost a tenth of the
/// default guide's instructions when the whole BMP was filled eagerly.
void Font::Impl::fill_block(std::size_t block) const {
  const std::lock_guard<std::mutex> lock(fill_mutex);
  if (block_filled[block].load(std::memory_order_relaxed)) return;
  std::vector<hb_codepoint_t> code_points(kBlockSize);
  std::iota(code_points.begin(), code_points.end(), static_cast<hb_codepoint_t>(block * kBlockSize));
  const std::vector<hb_codepoint_t> glyphs = nominal_glyphs(code_points);
  std::vector<hb_position_t> advances(glyphs.size());
  hb_font_get_glyph_h_advances(font.get(), static_cast<unsigned int>(glyphs.size()), glyphs.data(),
                               sizeof(hb_codepoint_t), advances.data(), sizeof(hb_position_t));
  for (std::size_t i = 0; i < code_points.size(); ++i) {
    if (glyphs[i] == 0) continue;
    bmp_covered[code_points[i]] = 1;
    bmp_advance[code_points[i]] = static_cast<std::uint16_t>(milli_em_of_advance(advances[i]));
  }
  block_filled[block].store(true, std::memory_order_release);
}

/// The glyph of each of `code_points`, 0 where the font has none.
std::vector<hb_codepoint_t> Font::Impl::nominal_glyphs(const std::vector<hb_codepoint_t>& code_points) const {
  std::vector<hb_codepoint_t> glyphs(code_points.size(), 0);
  std::size_t done = 0;
  while (done < code_points.size()) {
    // The batch call stops at the first code point without a glyph; that one stays 0.
    done += hb_font_get_nominal_glyphs(font.get(), static_cast<unsigned int>(code_points.size() - done),
                                       &code_points[done], sizeof(hb_codepoint_t), &glyphs[done],
                                       sizeof(hb_codepoint_t));
    if (done < code_points.size()) ++done;
  }
  return glyphs;
}

std::shared_ptr<const Font> Font::load(const typeface::FontFile& request) {
  auto impl = std::make_unique<Impl>();
  impl->request = request;
  impl->blob = map_file(request);
  if (auto problem = find_font_file_problem(blob_bytes(impl->blob.get()), request.index)) {
    // The check's findings are about the file's insides: named as the format does.
    throw load_error(request, messages::verbatim(*problem));
  }
  impl->face.reset(hb_face_create(impl->blob.get(), static_cast<unsigned int>(request.index)));
  impl->units_per_em = hb_face_get_upem(impl->face.get());
  if (hb_face_get_glyph_count(impl->face.get()) == 0 || impl->units_per_em == 0) {
    throw load_error(request, messages::MessageId::kNotTrueType);
  }
  impl->font.reset(hb_font_create(impl->face.get()));
  const auto scale = static_cast<int>(impl->units_per_em);
  hb_font_set_scale(impl->font.get(), scale, scale);  // advances in font units
  impl->notdef_advance = impl->milli_em(0);
  impl->bmp_advance.assign(kBmpSize, static_cast<std::uint16_t>(impl->notdef_advance));
  impl->bmp_covered.assign(kBmpSize, 0);
  return std::shared_ptr<const Font>(new Font(std::move(impl)));
}

Font::Font(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Font::~Font() = default;

bool Font::has_glyph(char32_t cp) const {
  if (cp < kBmpSize) {
    impl_->fill_block_of(cp);
    return impl_->bmp_covered[cp] != 0;
  }
  return impl_->glyph(cp) != 0;
}

int Font::advance_milli_em(char32_t cp) const {
  if (cp < kBmpSize) {
    impl_->fill_block_of(cp);
    return impl_->bmp_advance[cp];
  }
  return impl_->milli_em(impl_->glyph(cp));
}

std::vector<std::uint8_t> Font::subset(const std::vector<char32_t>& code_points) const {
  std::unique_ptr<hb_subset_input_t, SubsetInputDeleter> input(hb_subset_input_create_or_fail());
  if (!input) throw FontError(messages::message(messages::MessageId::kSubsetOutOfMemory, {{"file", path()}}));
  hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
  for (char32_t cp : code_points) hb_set_add(unicodes, cp);
  hb_set_t* dropped = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (const char* tag : kDroppedTables) hb_set_add(dropped, hb_tag_from_string(tag, 4));
  // Keep the .notdef outline: a character missing from the font then shows
  // as a box instead of silently vanishing.
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NOTDEF_OUTLINE);
  FacePtr subset_face(hb_subset_or_fail(impl_->face.get(), input.get()));
  if (!subset_face) throw FontError(messages::message(messages::MessageId::kSubsetFailed, {{"file", path()}}));
  BlobPtr blob(hb_face_reference_blob(subset_face.get()));
  const std::span<const std::uint8_t> bytes = blob_bytes(blob.get());
  return {bytes.begin(), bytes.end()};
}

const std::string& Font::path() const { return impl_->request.file; }

int Font::index() const { return impl_->request.index; }

}  // namespace careerguide::fonts
