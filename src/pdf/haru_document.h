#pragma once
// A libharu document that owns its HPDF_Doc and turns libharu's sticky
// error numbers into PdfError exceptions thrown from our own code (never
// from inside libharu's error callback).

#include <hpdf.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/saved_file.h"
#include "pdf/write_pdf.h"

namespace careerguide::pdf {

class HaruDocument {
 public:
  /// Creates an empty document with compression of every stream on.
  HaruDocument();
  HaruDocument(const HaruDocument&) = delete;
  HaruDocument& operator=(const HaruDocument&) = delete;

  /// The underlying document, for libharu calls.
  HPDF_Doc get() const { return doc_.get(); }

  /// Throws PdfError unless `status` is HPDF_OK. The message says what was
  /// being written, then the numbers and `call`: "libharu could not write
  /// WRITING (error 0x105B, detail 0, in HPDF_SetInfoAttr)"; an empty
  /// `writing` is described from `call` (writing_of).
  void check(HPDF_STATUS status, std::string_view call, std::string_view writing = {}) const;
  /// Returns `handle`, or throws PdfError as `check` does when it is null
  /// (libharu's way of failing for functions that return objects).
  template <typename Handle>
  Handle check_handle(Handle handle, std::string_view call, std::string_view writing = {}) const {
    if (handle == nullptr) fail(call, HPDF_OK, writing);
    return handle;
  }
  /// Throws PdfError as `check` does when libharu recorded an error since
  /// the last check (for the few calls that return neither status nor handle).
  void check_no_error(std::string_view call) const;

  /// Saves the document and returns its bytes (written straight into
  /// pieces, not through libharu's memory stream and a copy; past
  /// SavedFile::kSpillAfter into an unnamed file in `spill_folder` when
  /// one is given).
  SavedFile save(const std::filesystem::path& spill_folder = {},
                 std::size_t spill_after = SavedFile::kSpillAfter) const;
  /// The number of objects the saved file numbers (its trailer's /Size):
  /// the first number free for objects added after the save.
  int object_count() const;

 private:
  /// What libharu's error callback last reported.
  struct RecordedError {
    HPDF_STATUS error = HPDF_OK;
    HPDF_STATUS detail = HPDF_OK;
  };
  struct DocDeleter {
    void operator()(HPDF_Doc doc) const { HPDF_Free(doc); }
  };

  static void record_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data);
  [[noreturn]] void fail(std::string_view call, HPDF_STATUS status,
                         std::string_view writing = {}) const;

  std::unique_ptr<RecordedError> recorded_ = std::make_unique<RecordedError>();
  std::unique_ptr<HPDF_Doc_Rec, DocDeleter> doc_;
};

/// What a libharu call writes, for messages: "a bookmark" for
/// HPDF_CreateOutline, "the PDF" for a call it does not know.
std::string_view writing_of(std::string_view call);

/// `text` in double quotes, cut after `limit` bytes at a character boundary
/// with "…", for naming a value in a message.
std::string quoted_start(std::string_view text, std::size_t limit = 60);

}  // namespace careerguide::pdf
