#include "pdf/haru_document.h"

#include <algorithm>
#include <new>

#include <fmt/format.h>

#include "pdf/haru_internals.h"
#include "pdf/haru_overrides.h"

namespace careerguide::pdf {

HaruDocument::HaruDocument()
    // The overrides find libharu's own functions before libharu runs.
    : doc_((prepare_overrides(), HPDF_New(&HaruDocument::record_error, recorded_.get()))) {
  if (!doc_) throw PdfError("libharu could not start a PDF (out of memory in HPDF_New)");
  check(HPDF_SetCompressionMode(get(), HPDF_COMP_ALL), "HPDF_SetCompressionMode");
}

void HaruDocument::record_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data) {
  auto* recorded = static_cast<RecordedError*>(user_data);
  recorded->error = error;
  recorded->detail = detail;
}

std::string_view writing_of(std::string_view call) {
  struct Known {
    std::string_view prefix;
    std::string_view writing;
  };
  static constexpr Known kKnown[] = {
      {"HPDF_SetInfo", "the document information"},
      {"HPDF_CreateOutline", "a bookmark"},
      {"HPDF_Outline", "a bookmark"},
      {"HPDF_Page_CreateURILinkAnnot", "a link address"},
      {"HPDF_Page_CreateLinkAnnot", "a link"},
      {"HPDF_LinkAnnot", "a link"},
      {"HPDF_Page_ShowText", "text on a page"},
      {"HPDF_Page_SetWidth", "a page's size"},
      {"HPDF_Page_SetHeight", "a page's size"},
      {"HPDF_AddPage", "a page"},
      {"HPDF_Page", "a page's drawing"},
      {"HPDF_LoadTTFont", "a font"},
      {"HPDF_TTFontDef", "a font"},
      {"HPDF_GetFont", "a font"},
      {"HPDF_Doc_RegisterFontDef", "a font"},
      {"HPDF_Catalog_AddPageLabel", "the page labels"},
      {"HPDF_AddPageLabel", "the page labels"},
      {"HPDF_Save", "the PDF file"},
      {"HPDF_GetStreamSize", "the PDF file"},
      {"HPDF_ResetStream", "the PDF file"},
      {"HPDF_ReadFromStream", "the PDF file"},
  };
  for (const Known& known : kKnown) {
    if (call.starts_with(known.prefix)) return known.writing;
  }
  return "the PDF";
}

std::string quoted_start(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return fmt::format("\"{}\"", text);
  while (limit > 0 && (static_cast<unsigned char>(text[limit]) & 0xC0) == 0x80) --limit;
  return fmt::format("\"{}…\"", text.substr(0, limit));
}

void HaruDocument::check(HPDF_STATUS status, std::string_view call, std::string_view writing) const {
  if (status != HPDF_OK) fail(call, status, writing);
}

void HaruDocument::check_no_error(std::string_view call) const {
  if (recorded_->error != HPDF_OK || HPDF_GetError(get()) != HPDF_OK) fail(call, HPDF_OK);
}

void HaruDocument::fail(std::string_view call, HPDF_STATUS status, std::string_view writing) const {
  if (writing.empty()) writing = writing_of(call);
  // The callback's numbers are the most precise; libharu's own record and
  // the returned status are fallbacks for paths that set no callback.
  HPDF_STATUS error = recorded_->error;
  HPDF_STATUS detail = recorded_->detail;
  if (error == HPDF_OK) {
    error = HPDF_GetError(get());
    detail = HPDF_GetErrorDetail(get());
  }
  if (error == HPDF_OK) error = status;
  if (error == HPDF_OK) {
    throw PdfError(fmt::format("libharu could not write {} ({} failed without an error number)",
                               writing, call));
  }
  throw PdfError(fmt::format("libharu could not write {} (error 0x{:04X}, detail {}, in {})", writing,
                             static_cast<unsigned long>(error), static_cast<unsigned long>(detail),
                             call));
}

namespace {

/// The write function of the stream the file is saved into: appends to the
/// SavedFile it was made with.
HPDF_STATUS append_to_file(HPDF_Stream stream, const HPDF_BYTE* data, HPDF_UINT size) {
  try {
    static_cast<SavedFile*>(haru::callback_data(stream))->append(data, size);
  } catch (const std::bad_alloc&) {
    return HPDF_SetError(haru::error_of(stream), HPDF_FAILD_TO_ALLOC_MEM, 0);
  }
  return HPDF_OK;
}

}  // namespace

SavedFile HaruDocument::save(const std::filesystem::path& spill_folder, std::size_t spill_after) const {
  // Straight into pieces: libharu's own memory stream would hold the file
  // a second time until it was copied out, and one growing vector would
  // hold it twice while it moved.
  SavedFile file(spill_folder, spill_after);
  HPDF_Stream stream =
      check_handle(HPDF_CallbackWriter_New(haru::memory_manager(get()), append_to_file, &file), "HPDF_SaveToStream");
  haru::set_save_stream(get(), stream);
  const HPDF_STATUS status = HPDF_SaveToStream(get());
  // The stream points at `file`: it must not outlive this call.
  haru::set_save_stream(get(), nullptr);
  HPDF_Stream_Free(stream);
  check(status, "HPDF_SaveToStream");
  if (file.size() == 0) fail("HPDF_SaveToStream", HPDF_INVALID_STREAM);
  return file;
}

int HaruDocument::object_count() const { return haru::object_count(get()); }

}  // namespace careerguide::pdf
