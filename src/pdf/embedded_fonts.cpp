#include "pdf/embedded_fonts.h"


#include <algorithm>
#include <cstring>
#include <string>
#include <variant>

#include <fmt/format.h>

#include "pdf/drawn_spans.h"
#include "pdf/haru_internals.h"
#include "pdf/haru_overrides.h"
#include "pdf/render_reuse_memo.h"
#include "pdf/to_unicode_cmap.h"
#include "text/utf8.h"

namespace careerguide::pdf {
namespace {

using text::kBmpSize;

/// The code points drawn in one font. Drawn code points are all in the BMP
/// (fonts::drawn_code_point), so a bitmap holds them without sorting work.
struct FontUse {
  std::shared_ptr<const fonts::Font> font;
  std::vector<bool> drawn = std::vector<bool>(kBmpSize, false);
  bool any = false;

  std::vector<char32_t> code_points() const {
    std::vector<char32_t> result;
    for (std::size_t cp = 0; cp < kBmpSize; ++cp) {
      if (drawn[cp]) result.push_back(static_cast<char32_t>(cp));
    }
    return result;
  }
};

/// Every code point drawn in each font, fonts in the order regular, bold,
/// fallback (a font used for two roles appears once).
std::vector<FontUse> collect_font_uses(const page::Document& document, const fonts::FontSet& fonts) {
  std::vector<FontUse> uses;
  for (const std::shared_ptr<const fonts::Font>& font : {fonts.regular, fonts.bold, fonts.fallback}) {
    const bool seen = std::any_of(uses.begin(), uses.end(), [&](const FontUse& use) { return use.font == font; });
    if (font != nullptr && !seen) uses.push_back(FontUse{font});
  }
  for (const page::PackedPage& page : document.pages) {
    for (const page::Item& item : page.items) {
      const auto* run = std::get_if<page::TextRun>(&item);
      if (run == nullptr) continue;
      for (const DrawnSpan& span : drawn_spans(*run, fonts)) {
        auto use = std::find_if(uses.begin(), uses.end(), [&](const FontUse& u) { return u.font.get() == span.font; });
        for (char32_t cp : span.code_points) use->drawn[cp] = true;
        use->any = true;
      }
    }
  }
  std::erase_if(uses, [](const FontUse& use) { return !use.any; });
  return uses;
}

/// Registers the TrueType program `bytes` (a subset of `font`) with the
/// document and returns its font name (with a fresh subset tag such as
/// HPDFAA+).
const char* load_font_from_memory(const HaruDocument& doc, [[maybe_unused]] const fonts::Font& font,
                                  const std::vector<std::uint8_t>& bytes) {
  const auto size = static_cast<HPDF_UINT>(bytes.size());
#if HPDF_VERSION_ID >= 20400
  return doc.check_handle(HPDF_LoadTTFontFromMemory(doc.get(), bytes.data(), size, HPDF_TRUE),
                          "HPDF_LoadTTFontFromMemory");
#else
  // libharu 2.3.0 has no public font-from-memory call; this repeats its
  // static LoadTTFontFromStream (hpdf_doc.c) with the exported internals.
  HPDF_Doc pdf = doc.get();
  HPDF_Stream stream = doc.check_handle(HPDF_MemStream_New(haru::memory_manager(pdf), size), "HPDF_MemStream_New");
  doc.check(HPDF_Stream_Write(stream, bytes.data(), size), "HPDF_Stream_Write");
  HPDF_FontDef def = doc.check_handle(HPDF_TTFontDef_Load(haru::memory_manager(pdf), stream, HPDF_TRUE), "HPDF_TTFontDef_Load");
  if (!cmap_allows_bisection(def)) {
    HPDF_FontDef_Free(def);
    throw PdfError(fmt::format("the subset of font {} has cmap segments out of order", font.path()));
  }
  HPDF_TTFontDef_SetTagName(def, const_cast<char*>(haru::next_ttfont_tag(pdf)));
  doc.check(HPDF_Doc_RegisterFontDef(pdf, def), "HPDF_Doc_RegisterFontDef");
  return haru::base_font(def);
#endif
}

/// Rewrites libharu's /ToUnicode stream of `font` in place with the
/// identity map: libharu 2.3.0 attaches its encoding CMap there, which
/// poppler rejects. In place, so no orphan object is left and libharu still
/// compresses the stream.
void replace_to_unicode(const HaruDocument& doc, HPDF_Font font) {
  auto cmap = static_cast<HPDF_Dict>(doc.check_handle(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT),
                                                      "HPDF_Dict_GetItem(ToUnicode)"));
  HPDF_MemStream_FreeData(haru::stream_of(cmap));
  for (const char* key : {"Type", "CMapName", "CIDSystemInfo", "WMode"}) {
    const HPDF_STATUS status = HPDF_Dict_RemoveElement(cmap, key);
    if (status != HPDF_DICT_ITEM_NOT_FOUND) doc.check(status, "HPDF_Dict_RemoveElement");
  }
  const std::string text = identity_to_unicode_cmap();
  doc.check(HPDF_Stream_Write(haru::stream_of(cmap), reinterpret_cast<const HPDF_BYTE*>(text.data()),
                              static_cast<HPDF_UINT>(text.size())),
            "HPDF_Stream_Write(ToUnicode)");
}

}  // namespace

EmbeddedFonts::EmbeddedFonts(const HaruDocument& doc, const page::Document& document,
                             const fonts::FontSet& fonts, fonts::SubsetCache* subsets) {
  for (const FontUse& use : collect_font_uses(document, fonts)) {
    const std::vector<char32_t> code_points = use.code_points();
    const auto program = subsets != nullptr
                             ? subsets->subset(use.font, code_points)
                             : std::make_shared<const std::vector<std::uint8_t>>(use.font->subset(code_points));
    const char* name = load_font_from_memory(doc, *use.font, *program);
    HPDF_FontDef def = HPDF_Doc_FindFontDef(doc.get(), name);
    remember_font_program(def, program);
    HPDF_Font font = nullptr;
    {
      const GlyphTableScope glyph_table(def);
      font = doc.check_handle(HPDF_GetFont(doc.get(), name, "UTF-8"), "HPDF_GetFont");
    }
    replace_to_unicode(doc, font);
    embedded_.emplace_back(use.font.get(), font);
  }
}

HPDF_Font EmbeddedFonts::get(const fonts::Font& font) const {
  for (const auto& [source, haru_font] : embedded_) {
    if (source == &font) return haru_font;
  }
  throw PdfError(fmt::format("font {} draws text but was not embedded", font.path()));
}

}  // namespace careerguide::pdf
