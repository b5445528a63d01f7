#include "pdf/write_pdf.h"

#include "pdf/document_structure.h"
#include "pdf/embedded_fonts.h"
#include "pdf/haru_document.h"
#include "pdf/haru_overrides.h"
#include "pdf/page_compression.h"
#include "pdf/page_painter.h"
#include "pdf/structure_plan.h"
#include "pdf/tagging.h"

#include <optional>
#include <variant>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace careerguide::pdf {
namespace {

/// Hands the heap's free pages back to the system. glibc keeps them
/// otherwise, and the layout's items, freed page by page as they are drawn
/// (half of them in the heap of the thread that laid them out), would stay
/// in the peak while libharu's objects and the structure tree grow.
void release_freed_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

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

/// How often draw_pages gives freed memory back: a few times a second.
constexpr std::size_t kPagesBetweenReleases = 256;

/// Draws every page's items; pages all exist first so links can point ahead.
/// With a `planner`, wraps the items in marked content and lists the links
/// drawn in `links`. Each page's content is compressed (on the other core)
/// and its items and groups (which hold its elements) released as soon as
/// it is drawn, so that a large guide never holds all its operators, nor
/// its operators and its items. Returns whether any run needed /ActualText.
bool draw_pages(const HaruDocument& doc, const PageTable& table, page::Document& document,
                const fonts::FontSet& fonts, const EmbeddedFonts& embedded, const WriteOptions& options,
                StructurePlanner* planner, std::vector<DrawnLink>& links) {
  bool used_actual_text = false;
  std::optional<MarkedContent> marks;
  if (planner) marks.emplace(planner->tree());
  PageCompression compression(doc);
  for (std::size_t i = 0; i < document.pages.size(); ++i) {
    {
      PagePainter painter(doc, table, i, fonts, embedded);
      if (marks) {
        marks->start_page(i);
        painter.use_marks(*marks);
      }
      const std::vector<page::Item>& items = document.pages[i].items;
      const std::vector<ContentTag> tags = planner ? planner->tag_page(document.pages[i]) : std::vector<ContentTag>{};
      for (std::size_t j = 0; j < items.size(); ++j) {
        const bool link = std::holds_alternative<page::Link>(items[j]);
        // A link annotation is no page content: its Link element holds it as an object.
        if (marks && !link) painter.write_marks(marks->switch_to(tags[j]));
        painter.draw(items[j]);
        if (marks && link) {
          if (!tags[j].element) throw InvalidDocument("a link without a Link structure element");
          links.push_back({i, painter.annotations().back(), *tags[j].element,
                           link_description(std::get<page::Link>(items[j]), document.meta.language)});
        }
      }
      if (marks) painter.write_marks(marks->finish_page());
      used_actual_text = used_actual_text || painter.used_actual_text();
    }
    compression.add(table.pages[i]);
    std::vector<page::Item>().swap(document.pages[i].items);
    // The groups hold the page's elements; the planner has their ids.
    std::vector<page::Group>().swap(document.pages[i].groups);
    if (i % kPagesBetweenReleases == kPagesBetweenReleases - 1) release_freed_memory();
    if (options.on_page_drawn) options.on_page_drawn(i + 1, document.pages.size());
  }
  compression.finish();
  return used_actual_text;
}

/// The file as libharu saves it, and what tagging adds after the save.
struct Saved {
  SavedFile file;
  std::optional<Tagging> tagging;
};

/// Draws `document` with libharu and saves it. libharu's objects are freed
/// on return, before tagging adds to the file: at 10,000 roles they are a
/// third of the peak memory.
Saved draw_and_save(page::Document& document, const fonts::FontSet& fonts, const WriteOptions& options) {
  HaruDocument doc;
  doc.check(HPDF_UseUTFEncodings(doc.get()), "HPDF_UseUTFEncodings");
  // Info strings then go out as UTF-16 instead of raw UTF-8 bytes.
  doc.check(HPDF_SetCurrentEncoder(doc.get(), "UTF-8"), "HPDF_SetCurrentEncoder");
  const EmbeddedFonts embedded(doc, document, fonts);
  const PageTable table = add_pages(doc, document.pages);
  std::optional<StructurePlanner> planner;
  if (options.tagged) planner.emplace(document.meta.language);
  std::vector<DrawnLink> links;
  const bool used_actual_text =
      draw_pages(doc, table, document, fonts, embedded, options, planner ? &*planner : nullptr, links);
  write_outline(doc, table, document.outline);
  write_page_labels(doc, document.pages);
  write_info(doc, document.meta, options);
  write_catalog(doc, document.meta.language, used_actual_text);
  Saved saved;
  if (planner) saved.tagging.emplace(doc, table, std::move(planner->tree()), links, document.meta, options);
  saved.file = doc.save();
  return saved;
}

}  // namespace

std::vector<std::uint8_t> write_pdf(page::Document document, const fonts::FontSet& fonts,
                                    const WriteOptions& options) {
  Saved saved = draw_and_save(document, fonts, options);
  release_freed_memory();  // libharu's objects, before tagging adds to the file
  std::vector<std::uint8_t> bytes = std::move(saved.file).join();
  if (!saved.tagging) return bytes;
  return saved.tagging->finish(std::move(bytes));
}

}  // namespace careerguide::pdf
