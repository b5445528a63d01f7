#pragma once
// Everything in the PDF besides page content: document information, the
// catalog's language and version, page labels, bookmarks, and the
// destinations that links and bookmarks jump to.

#include <hpdf.h>

#include <cstdint>
#include <ctime>
#include <vector>

#include "page/document.h"
#include "pdf/haru_document.h"
#include "pdf/write_pdf.h"

namespace careerguide::pdf {

/// The document's libharu pages in order, with their heights, so that links
/// and bookmarks can point at any page.
struct PageTable {
  std::vector<HPDF_Page> pages;
  std::vector<double> heights;  ///< points
};

/// Throws PdfError ("link or bookmark to page index 5, but the document has
/// 2 pages") unless `page_index` (0-based) is a page of `pages`.
void check_page_index(const PageTable& pages, int page_index);

/// A destination [page /XYZ null top null] on page `page_index` (0-based),
/// with `top` the layout y (points from the page's top edge) to show at the
/// top of the window. The nulls keep the reader's horizontal position and
/// zoom (libharu's HPDF_Destination_SetXYZ rejects zoom 0, so the array is
/// built by hand). Throws PdfError for a page index outside the document.
HPDF_Destination keep_zoom_destination(const HaruDocument& doc, const PageTable& pages, int page_index,
                                       double top);

/// `unix_seconds` as a UTC calendar time, for the Info dictionary's and the
/// XMP metadata's dates. Throws PdfError outside the calendar.
std::tm utc_calendar_time(std::int64_t unix_seconds);

/// Writes /Title, /Author, /Subject, /Keywords as UTF-16 (the current
/// encoder must be "UTF-8"), /Creator and /Producer naming the program and
/// libharu, and /CreationDate and /ModDate from `options.creation_time` in
/// UTC. Empty metadata fields are left out.
void write_info(const HaruDocument& doc, const page::Metadata& meta, const WriteOptions& options);

/// Sets the catalog's /Lang (when `language` is non-empty) and declares the
/// PDF version the features need: 1.5 when `uses_actual_text` (marked
/// content with /ActualText), else 1.4 (/Lang; nothing else needs more).
void write_catalog(const HaruDocument& doc, const std::string& language, bool uses_actual_text);

/// Page labels matching Page::number: pages without a number (the cover)
/// get an empty label; each run of consecutive numbers gets one decimal
/// range starting at its first number.
void write_page_labels(const HaruDocument& doc, const std::vector<page::PackedPage>& pages);

/// Names the outline in the catalog before it is written (outline.h
/// serialises it into the object streams after libharu saves): reserves the
/// /Outlines dictionary's number in libharu's numbering, adds /Outlines to
/// the catalog, opens the reader's bookmarks panel and declares PDF 1.5
/// (object streams). Returns the reserved number; 0 (and nothing done) when
/// `outline` is empty. Throws PdfError for a bookmark to a page not in `pages`.
int reserve_outline(const HaruDocument& doc, const PageTable& pages, const std::vector<page::Bookmark>& outline);

}  // namespace careerguide::pdf
