#pragma once
// One loaded TrueType face: its metrics as libharu will write them, its
// coverage, and HarfBuzz subsetting. HarfBuzz types stay inside font.cpp.

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "typeface/font_file.h"
#include "messages/message.h"

namespace careerguide::fonts {

/// A font that cannot be found, read or used; `main` maps it to exit code 3.
class FontError : public messages::MessageError {
 public:
  using messages::MessageError::MessageError;
};

/// The largest font file loaded, in bytes (128 MiB; the largest CJK
/// collections are about a quarter of it). Checked before the file is read.
inline constexpr std::uint64_t kMaxFontFileBytes = 128ull << 20;

/// A loaded TrueType face (glyf outlines, a Windows Unicode BMP cmap), read
/// with HarfBuzz. Immutable after loading as far as callers can see (its
/// BMP metric table is filled on demand under a lock), so it may be shared
/// freely, across threads too.
class Font {
 public:
  /// Loads and checks `request`. Throws FontError "failed to load font
  /// PATH (REASON)" for a missing or unreadable file, a symbolic link loop,
  /// a file larger than kMaxFontFileBytes, a file that is not a
  /// TrueType font, a truncated file, CFF-flavoured OpenType, a font without
  /// the cmap libharu reads, or a face index outside a collection.
  static std::shared_ptr<const Font> load(const typeface::FontFile& request);

  ~Font();
  Font(const Font&) = delete;
  Font& operator=(const Font&) = delete;

  /// True when the font maps `cp` to a glyph other than .notdef.
  bool has_glyph(char32_t cp) const;
  /// Advance of `cp` in 1/1000 em, truncated to an integer exactly as
  /// libharu computes its /W widths (advance × 1000 / unitsPerEm, rounded
  /// down). A code point the font lacks gets the .notdef advance, which is
  /// what libharu draws for it.
  int advance_milli_em(char32_t cp) const;
  /// A TrueType font program holding exactly `code_points` (plus .notdef,
  /// whose outline is kept so a missing glyph stays visible), with glyph ids
  /// renumbered and layout, vertical-metric and signature tables dropped.
  /// Throws FontError when HarfBuzz cannot subset the face.
  std::vector<std::uint8_t> subset(const std::vector<char32_t>& code_points) const;

  /// The file as requested (used in messages).
  const std::string& path() const;
  /// The face index inside a collection; 0 for a plain .ttf.
  int index() const;

  struct Impl;

 private:
  explicit Font(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace careerguide::fonts
