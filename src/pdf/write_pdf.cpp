#include "pdf/write_pdf.h"

#include "pdf/document_structure.h"
#include "pdf/embedded_fonts.h"
#include "pdf/haru_document.h"
#include "pdf/haru_internals.h"
#include "pdf/haru_overrides.h"
#include "pdf/outline.h"
#include "pdf/page_compression.h"
#include "pdf/page_painter.h"
#include "pdf/release_memory.h"
#include "pdf/render_reuse_memo.h"
#include "pdf/structure_plan.h"
#include "pdf/tagging.h"

#include <optional>
#include <variant>

namespace careerguide::pdf {
namespace {

/// Adds one libharu page per layout page, sized like it.
PageTable add_pages(const HaruDocument& doc, const std::vector<page::PackedPage>& pages) {
  PageTable table;
  for (const page::PackedPage& page : pages) {
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
      const page::PackedItems& items = document.pages[i].items;
      const std::vector<ContentTag> tags = planner ? planner->tag_page(document.pages[i]) : std::vector<ContentTag>{};
      std::size_t j = 0;
      for (const page::Item& item : items) {
        const bool link = std::holds_alternative<page::Link>(item);
        // A link annotation is no page content: its Link element holds it as an object.
        if (marks && !link) painter.write_marks(marks->switch_to(tags[j]));
        painter.draw(item);
        if (marks && link) {
          if (!tags[j].element) throw InvalidDocument("a link without a Link structure element");
          links.push_back({i, painter.annotations().back(), *tags[j].element,
                           link_description(std::get<page::Link>(item), document.meta.language)});
        }
        ++j;
      }
      if (marks) painter.write_marks(marks->finish_page());
      used_actual_text = used_actual_text || painter.used_actual_text();
    }
    compression.add(table.pages[i]);
    document.pages[i].items = page::PackedItems();
    // The groups hold the page's elements; the planner has their ids.
    std::vector<page::Group>().swap(document.pages[i].groups);
    if (i % kPagesBetweenReleases == kPagesBetweenReleases - 1) release_freed_memory();
    if (options.on_page_drawn) options.on_page_drawn(i + 1, document.pages.size());
  }
  compression.finish();
  return used_actual_text;
}

/// The file as libharu saved it, and what goes into it afterwards.
struct SavedByHaru {
  SavedFile file;
  int object_count = 0;            ///< the file's /Size: added objects are numbered from it
  std::optional<Tagging> tagging;  ///< the structure tree and metadata, when tagged
  OutlineContext outline;          ///< root_number 0: no bookmarks
};

/// Draws `document` with libharu and saves it. libharu's document (every
/// page object and font, its output stream) is freed on return, and so are
/// the pages' groups once painted: neither is held while the tree and the
/// outline are serialised, which is when a large guide's memory peaked.
SavedByHaru save_with_libharu(page::Document& document, const fonts::FontSet& fonts, const WriteOptions& options) {
  HaruDocument doc;
  doc.check(HPDF_UseUTFEncodings(doc.get()), "HPDF_UseUTFEncodings");
  // Info strings then go out as UTF-16 instead of raw UTF-8 bytes.
  doc.check(HPDF_SetCurrentEncoder(doc.get(), "UTF-8"), "HPDF_SetCurrentEncoder");
  const EmbeddedFonts embedded(doc, document, fonts, options.subsets);
  const PageTable table = add_pages(doc, document.pages);
  SavedByHaru saved;
  {
    std::optional<StructurePlanner> planner;
    if (options.tagged) planner.emplace(document.meta.language);
    std::vector<DrawnLink> links;
    const bool used_actual_text =
        draw_pages(doc, table, document, fonts, embedded, options, planner ? &*planner : nullptr, links);
    write_page_labels(doc, document.pages);
    std::vector<page::PackedPage>().swap(document.pages);  // the elements and groups, once the tree has them
    write_info(doc, document.meta, options);
    write_catalog(doc, document.meta.language, used_actual_text);
    // The outline and the tree go into object streams after libharu saves.
    saved.outline.root_number = reserve_outline(doc, table, document.outline);
    if (planner) saved.tagging.emplace(doc, table, std::move(planner->tree()), links, document.meta, options);
  }
  for (HPDF_Page page : table.pages) saved.outline.page_objects.push_back(haru::object_number(page));
  saved.outline.page_heights = table.heights;
  saved.file = doc.save(options.spill_folder, options.spill_after);
  saved.object_count = doc.object_count();
  return saved;
}

}  // namespace

std::vector<std::uint8_t> write_pdf(page::Document document, const fonts::FontSet& fonts,
                                    const WriteOptions& options) {
  // Before libharu's document, so that its font definitions are gone when the
  // scope releases what the document did not use.
  const RenderReuseScope reuse(options.reuse);
  SavedByHaru saved = save_with_libharu(document, fonts, options);
  release_freed_memory();  // libharu's objects, before the tree and outline add to the file
  if (!saved.tagging && saved.outline.root_number == 0) return std::move(saved.file).join();
  // The tree and the outline are serialised, and packed into object streams
  // as they come, before the file comes back from its temporary file
  // (saved_file.h): the three are never held at once, nor the tree's text whole.
  const int first_number = saved.object_count;
  ObjectPacker packer(first_number);
  if (saved.tagging) saved.tagging->pack_into(packer, first_number);
  saved.tagging.reset();  // the tree, once serialised
  if (saved.outline.root_number != 0) {
    // The outline's items are numbered after the tree's objects (a placeholder takes no new number).
    saved.outline.first_number = first_number + static_cast<int>(packer.numbered());
    for (PdfObject& object : serialise_outline(document.outline, saved.outline)) packer.add_compressed(std::move(object));
    packer.add_placeholder(saved.outline.root_number);
  }
  const PackedObjects packed = std::move(packer).finish();
  release_freed_memory();
  // Joined with room for what is appended: the file grows without a second copy.
  return append_objects(std::move(saved.file).join(packed.tail_size), packed);
}

}  // namespace careerguide::pdf
