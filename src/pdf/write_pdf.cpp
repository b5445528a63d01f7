#include "pdf/write_pdf.h"

#include "pdf/document_structure.h"
#include "pdf/embedded_fonts.h"
#include "pdf/haru_document.h"
#include "pdf/page_painter.h"

namespace careerguide::pdf {
namespace {

/// Adds one libharu page per layout page, sized like it.
PageTable add_pages(const HaruDocument& doc, const std::vector<page::Page>& pages) {
  PageTable table;
  for (const page::Page& page : pages) {
    HPDF_Page added = doc.check_handle(HPDF_AddPage(doc.get()), "HPDF_AddPage");
    doc.check(HPDF_Page_SetWidth(added, static_cast<HPDF_REAL>(page.size.width)), "HPDF_Page_SetWidth");
    doc.check(HPDF_Page_SetHeight(added, static_cast<HPDF_REAL>(page.size.height)), "HPDF_Page_SetHeight");
    table.pages.push_back(added);
    table.heights.push_back(page.size.height);
  }
  return table;
}

/// Draws every page's items; pages all exist first so links can point ahead.
/// Returns whether any run needed /ActualText.
bool draw_pages(const HaruDocument& doc, const PageTable& table, const page::Document& document,
                const fonts::FontSet& fonts, const EmbeddedFonts& embedded) {
  bool used_actual_text = false;
  for (std::size_t i = 0; i < document.pages.size(); ++i) {
    PagePainter painter(doc, table, i, fonts, embedded);
    for (const page::Item& item : document.pages[i].items) painter.draw(item);
    used_actual_text = used_actual_text || painter.used_actual_text();
  }
  return used_actual_text;
}

}  // namespace

std::vector<std::uint8_t> write_pdf(const page::Document& document, const fonts::FontSet& fonts,
                                    const WriteOptions& options) {
  HaruDocument doc;
  doc.check(HPDF_UseUTFEncodings(doc.get()), "HPDF_UseUTFEncodings");
  // Info strings then go out as UTF-16 instead of raw UTF-8 bytes.
  doc.check(HPDF_SetCurrentEncoder(doc.get(), "UTF-8"), "HPDF_SetCurrentEncoder");
  const EmbeddedFonts embedded(doc, document, fonts);
  const PageTable table = add_pages(doc, document.pages);
  const bool used_actual_text = draw_pages(doc, table, document, fonts, embedded);
  write_outline(doc, table, document.outline);
  write_page_labels(doc, document.pages);
  write_info(doc, document.meta, options);
  write_catalog(doc, document.meta.language, used_actual_text);
  return doc.save_to_bytes();
}

}  // namespace careerguide::pdf
