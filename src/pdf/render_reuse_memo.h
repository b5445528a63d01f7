#pragma once
// RenderReuse's insides, shared by write_pdf, EmbeddedFonts and the libharu
// overrides (haru_overrides.cpp), which consult it only while a
// RenderReuseScope is active. One document is written at a time, on one
// thread: a pointer a lookup returns stays valid until the next call.

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include <hpdf.h>

#include "pdf/render_reuse.h"

namespace careerguide::pdf {

/// The bytes of a font program as fonts::SubsetCache hands them out: the
/// same object for the same font and characters.
using FontProgram = std::shared_ptr<const std::vector<std::uint8_t>>;

struct RenderReuse::Memo {
  /// A font program's bytes as libharu's HPDF_TTFontDef_SaveFontData wrote them.
  struct WrittenFont {
    std::weak_ptr<const std::vector<std::uint8_t>> program;
    std::vector<HPDF_BYTE> written;
    HPDF_UINT length1 = 0;  ///< what SaveFontData records for the /Length1 entry
    bool used = false;
  };
  /// A stream's content and its compression.
  struct Compressed {
    std::vector<HPDF_BYTE> input;
    std::vector<HPDF_BYTE> output;
    bool used = false;
  };
  /// At most this many bytes of streams (content and compression) are kept:
  /// a guide of thousands of pages keeps its fonts, not all its pages.
  static constexpr std::size_t kMaxCompressedBytes = 32U << 20;

  std::map<HPDF_FontDef, FontProgram> programs;  ///< of the document being written
  std::vector<WrittenFont> written_fonts;
  std::unordered_multimap<std::size_t, Compressed> compressed;  ///< by the hash of the input
  std::size_t compressed_bytes = 0;
  int font_programs_reused = 0;
  int streams_reused = 0;

  /// libharu's writing of `def`'s program from the previous document, when
  /// `def` was loaded from the same program object.
  const WrittenFont* written_font(HPDF_FontDef def);
  void remember_written_font(HPDF_FontDef def, std::vector<HPDF_BYTE> written, HPDF_UINT length1);
  /// The compression of `input` made for the previous document: a font
  /// program, a page that did not change, a ToUnicode map.
  const std::vector<HPDF_BYTE>* compressed_stream(const std::vector<HPDF_BYTE>& input);
  void remember_compressed(std::vector<HPDF_BYTE> input, const std::vector<HPDF_BYTE>& output);
};

/// While one exists, the overrides consult and fill `reuse` (nullptr: none),
/// and at its end whatever the document did not use is released, so the
/// memo holds one document's fonts. Does nothing without the overrides.
class RenderReuseScope {
 public:
  explicit RenderReuseScope(const RenderReuse* reuse);
  ~RenderReuseScope();
  RenderReuseScope(const RenderReuseScope&) = delete;
  RenderReuseScope& operator=(const RenderReuseScope&) = delete;

 private:
  RenderReuse::Memo* memo_;
};

/// The memo of the active scope, or nullptr.
RenderReuse::Memo* active_render_memo();

/// Records that `def` was loaded from `program` (EmbeddedFonts), so that
/// its written form can be found again for the same program.
void remember_font_program(HPDF_FontDef def, const FontProgram& program);

}  // namespace careerguide::pdf
