#include "pdf/document_structure.h"

#include "pdf/haru_internals.h"

#include <cmath>
#include <ctime>
#include <string>

#include <fmt/format.h>

namespace careerguide::pdf {
namespace {

/// HPDF_Date of `unix_seconds` in UTC.
HPDF_Date utc_date(std::int64_t unix_seconds) {
  const std::tm utc = utc_calendar_time(unix_seconds);
  HPDF_Date date{};
  date.year = utc.tm_year + 1900;
  date.month = utc.tm_mon + 1;
  date.day = utc.tm_mday;
  date.hour = utc.tm_hour;
  date.minutes = utc.tm_min;
  date.seconds = utc.tm_sec;
  date.ind = 'Z';
  return date;
}

/// `entry` names the information entry in messages, e.g. "Title".
void set_info_text(const HaruDocument& doc, HPDF_InfoType type, std::string_view entry,
                   const std::string& value) {
  if (value.empty()) return;
  const HPDF_STATUS status = HPDF_SetInfoAttr(doc.get(), type, value.c_str());
  if (status != HPDF_OK) {
    doc.check(status, "HPDF_SetInfoAttr",
              fmt::format("the document's {} entry {}", entry, quoted_start(value)));
  }
}

/// A page label without numbering: the reader shows an empty label.
void add_unnumbered_label(const HaruDocument& doc, HPDF_UINT page_index) {
  HPDF_Dict label = doc.check_handle(HPDF_Dict_New(haru::memory_manager(doc.get())), "HPDF_Dict_New");
  doc.check(HPDF_Catalog_AddPageLabel(haru::catalog(doc.get()), page_index, label), "HPDF_Catalog_AddPageLabel");
}

}  // namespace

std::tm utc_calendar_time(std::int64_t unix_seconds) {
  const auto seconds = static_cast<std::time_t>(unix_seconds);
  std::tm utc{};
  if (gmtime_r(&seconds, &utc) == nullptr) {
    throw PdfError(fmt::format("creation time {} is outside the calendar", unix_seconds));
  }
  return utc;
}

void check_page_index(const PageTable& pages, int page_index) {
  if (page_index < 0 || static_cast<std::size_t>(page_index) >= pages.pages.size()) {
    throw PdfError(fmt::format("link or bookmark to page index {}, but the document has {} pages", page_index,
                               pages.pages.size()));
  }
}

HPDF_Destination keep_zoom_destination(const HaruDocument& doc, const PageTable& pages, int page_index,
                                       double top) {
  check_page_index(pages, page_index);
  const auto index = static_cast<std::size_t>(page_index);
  HPDF_Destination dest =
      doc.check_handle(HPDF_Page_CreateDestination(pages.pages[index]), "HPDF_Page_CreateDestination");
  HPDF_Array array = dest;
  void* page = doc.check_handle(HPDF_Array_GetItem(array, 0, HPDF_OCLASS_DICT), "HPDF_Array_GetItem");
  const double pdf_top = std::round((pages.heights[index] - top) * 100) / 100;
  HPDF_Array_Clear(array);
  doc.check(HPDF_Array_Add(array, page), "HPDF_Array_Add");
  doc.check(HPDF_Array_AddName(array, "XYZ"), "HPDF_Array_AddName");
  doc.check(HPDF_Array_Add(array, doc.check_handle(HPDF_Null_New(haru::memory_manager(array)), "HPDF_Null_New")),
            "HPDF_Array_Add(null)");
  doc.check(HPDF_Array_AddReal(array, static_cast<HPDF_REAL>(pdf_top)), "HPDF_Array_AddReal");
  doc.check(HPDF_Array_Add(array, doc.check_handle(HPDF_Null_New(haru::memory_manager(array)), "HPDF_Null_New")),
            "HPDF_Array_Add(null)");
  return dest;
}

void write_info(const HaruDocument& doc, const page::Metadata& meta, const WriteOptions& options) {
  set_info_text(doc, HPDF_INFO_TITLE, "Title", meta.title);
  set_info_text(doc, HPDF_INFO_AUTHOR, "Author", meta.author);
  set_info_text(doc, HPDF_INFO_SUBJECT, "Subject", meta.subject);
  set_info_text(doc, HPDF_INFO_KEYWORDS, "Keywords", meta.keywords);
  set_info_text(doc, HPDF_INFO_CREATOR, "Creator", options.producer);
  set_info_text(doc, HPDF_INFO_PRODUCER, "Producer", fmt::format("{} (libharu {})", options.producer, HPDF_GetVersion()));
  const HPDF_Date date = utc_date(options.creation_time);
  doc.check(HPDF_SetInfoDateAttr(doc.get(), HPDF_INFO_CREATION_DATE, date), "HPDF_SetInfoDateAttr(CreationDate)");
  doc.check(HPDF_SetInfoDateAttr(doc.get(), HPDF_INFO_MOD_DATE, date), "HPDF_SetInfoDateAttr(ModDate)");
}

void write_catalog(const HaruDocument& doc, const std::string& language, bool uses_actual_text) {
  HPDF_Doc pdf = doc.get();
  haru::set_pdf_version(pdf, uses_actual_text ? HPDF_VER_15 : HPDF_VER_14);
  if (language.empty()) return;
  HPDF_String lang = doc.check_handle(HPDF_String_New(haru::memory_manager(pdf), language.c_str(), nullptr), "HPDF_String_New");
  doc.check(HPDF_Dict_Add(haru::catalog(pdf), "Lang", lang), "HPDF_Dict_Add(Lang)");
}

void write_page_labels(const HaruDocument& doc, const std::vector<page::PackedPage>& pages) {
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const auto index = static_cast<HPDF_UINT>(i);
    const std::optional<int>& number = pages[i].number;
    const std::optional<int> previous = i == 0 ? std::nullopt : pages[i - 1].number;
    if (!number) {
      if (i == 0 || previous) add_unnumbered_label(doc, index);
      continue;
    }
    if (previous && *previous + 1 == *number) continue;  // the running range goes on
    doc.check(HPDF_AddPageLabel(doc.get(), index, HPDF_PAGE_NUM_STYLE_DECIMAL, static_cast<HPDF_UINT>(*number),
                                nullptr),
              "HPDF_AddPageLabel");
  }
}

int reserve_outline(const HaruDocument& doc, const PageTable& pages, const std::vector<page::Bookmark>& outline) {
  if (outline.empty()) return 0;
  for (const page::Bookmark& bookmark : outline) check_page_index(pages, bookmark.page);
  HPDF_Doc pdf = doc.get();
  HPDF_Null root = doc.check_handle(haru::reserve_object(pdf), "HPDF_Xref_Add", "the outline");
  doc.check(HPDF_Dict_Add(haru::catalog(pdf), "Outlines", root), "HPDF_Dict_Add(Outlines)");
  doc.check(HPDF_SetPageMode(pdf, HPDF_PAGE_MODE_USE_OUTLINE), "HPDF_SetPageMode");
  haru::set_pdf_version(pdf, HPDF_VER_15);
  return haru::object_number(root);
}

}  // namespace careerguide::pdf
