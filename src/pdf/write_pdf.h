#pragma once
// The PDF exporter: draws a laid-out Document with libharu and returns the
// file's bytes. libharu's types stay inside src/pdf/*.cpp.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "fonts/font_cache.h"
#include "fonts/font_set.h"
#include "page/document.h"
#include "pdf/render_reuse.h"
#include "pdf/saved_file.h"

namespace careerguide::pdf {

/// libharu refused something; the message says what was being written,
/// then the error numbers and the call, e.g. "libharu could not write the
/// link address "https://…" (error 0x105B, detail 0, in
/// HPDF_Page_CreateURILinkAnnot)".
class PdfError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A laid-out document that cannot become a valid PDF (a non-finite or
/// absurd coordinate): a bug upstream, never bad input. main reports it as
/// `careerguide: internal error: …; please report it`, exit code 4, and
/// nothing is written.
class InvalidDocument : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

struct WriteOptions {
  /// CreationDate and ModDate, Unix seconds (UTC); main takes it from
  /// SOURCE_DATE_EPOCH or the clock, so the writer never reads the clock.
  std::int64_t creation_time = 0;
  /// The program and its version, e.g. "careerguide 0.1.0", for /Creator
  /// and /Producer.
  std::string producer;
  /// A tagged PDF (structure tree, marked content, XMP metadata); off
  /// writes no structure (`--no-tags`): the page content as libharu alone
  /// writes it, and the same bookmarks.
  bool tagged = true;
  /// When given, hears (pages drawn, all pages) after each page (for a
  /// progress line).
  std::function<void(std::size_t drawn, std::size_t total)> on_page_drawn;
  /// When given, font subsets are taken from and kept in it (--watch: a
  /// re-render whose characters did not change subsets nothing).
  fonts::SubsetCache* subsets = nullptr;
  /// When given, the font programs as libharu writes and compresses them
  /// are kept in it and reused for the same subsets (--watch); the bytes
  /// are the same as without it.
  const RenderReuse* reuse = nullptr;
  /// When given, a large file is held in an unnamed temporary file there
  /// while libharu saves it (saved_file.h); the output's folder, so that
  /// it lands on the disk the PDF goes to.
  std::filesystem::path spill_folder;
  /// File size past which it spills there (tests make it small).
  std::size_t spill_after = SavedFile::kSpillAfter;
};

/// Draws `document` with `fonts` and returns the complete PDF file. The
/// fonts are embedded as HarfBuzz subsets of exactly the characters drawn,
/// with an identity /ToUnicode map; the same inputs give the same bytes.
/// Never writes files. Throws PdfError when libharu fails and FontError when
/// a font cannot be subset. `document` is taken by value so that each
/// page's items can be released once painted: pass it with std::move when
/// it is not needed afterwards, and a large guide's layout and its PDF are
/// never both whole in memory.
std::vector<std::uint8_t> write_pdf(page::Document document, const fonts::FontSet& fonts,
                                    const WriteOptions& options);

}  // namespace careerguide::pdf
