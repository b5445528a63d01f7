#include "pdf/haru_document.h"

#include <fmt/format.h>

#include "pdf/haru_overrides.h"

namespace careerguide::pdf {

HaruDocument::HaruDocument()
    // The overrides find libharu's own functions before libharu runs.
    : doc_((prepare_overrides(), HPDF_New(&HaruDocument::record_error, recorded_.get()))) {
  if (!doc_) throw PdfError("libharu error in HPDF_New (out of memory)");
  check(HPDF_SetCompressionMode(get(), HPDF_COMP_ALL), "HPDF_SetCompressionMode");
}

void HaruDocument::record_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data) {
  auto* recorded = static_cast<RecordedError*>(user_data);
  recorded->error = error;
  recorded->detail = detail;
}

void HaruDocument::check(HPDF_STATUS status, std::string_view call) const {
  if (status != HPDF_OK) fail(call, status);
}

void HaruDocument::check_no_error(std::string_view call) const {
  if (recorded_->error != HPDF_OK || HPDF_GetError(get()) != HPDF_OK) fail(call, HPDF_OK);
}

void HaruDocument::fail(std::string_view call, HPDF_STATUS status) const {
  // The callback's numbers are the most precise; libharu's own record and
  // the returned status are fallbacks for paths that set no callback.
  HPDF_STATUS error = recorded_->error;
  HPDF_STATUS detail = recorded_->detail;
  if (error == HPDF_OK) {
    error = HPDF_GetError(get());
    detail = HPDF_GetErrorDetail(get());
  }
  if (error == HPDF_OK) error = status;
  if (error == HPDF_OK) throw PdfError(fmt::format("libharu call {} failed without an error number", call));
  throw PdfError(fmt::format("libharu error 0x{:04X} (detail {}) in {}", static_cast<unsigned long>(error),
                             static_cast<unsigned long>(detail), call));
}

std::vector<std::uint8_t> HaruDocument::save_to_bytes() const {
  check(HPDF_SaveToStream(get()), "HPDF_SaveToStream");
  const HPDF_UINT32 size = HPDF_GetStreamSize(get());
  check_no_error("HPDF_GetStreamSize");
  if (size == 0) fail("HPDF_GetStreamSize", HPDF_INVALID_STREAM);
  check(HPDF_ResetStream(get()), "HPDF_ResetStream");
  std::vector<std::uint8_t> bytes(size);
  HPDF_UINT32 read = size;
  const HPDF_STATUS status = HPDF_ReadFromStream(get(), bytes.data(), &read);
  // Reading exactly to the end may report HPDF_STREAM_EOF; only a short read is wrong.
  if ((status != HPDF_OK && status != HPDF_STREAM_EOF) || read != size) {
    fail("HPDF_ReadFromStream", status == HPDF_OK ? HPDF_STREAM_EOF : status);
  }
  return bytes;
}

}  // namespace careerguide::pdf
