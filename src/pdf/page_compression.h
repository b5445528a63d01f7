#pragma once
// Compressing drawn pages' content on the second core while the next pages
// are drawn: layout is over by then, and libdeflate was a fifth of the
// drawing's instructions. Only the compression runs there; every libharu
// call stays on the drawing thread.

#include <cstddef>
#include <future>
#include <vector>

#include <hpdf.h>

#include "pdf/haru_document.h"
#include "pdf/haru_overrides.h"

namespace careerguide::pdf {

class PageCompression {
 public:
  explicit PageCompression(const HaruDocument& doc) : doc_(doc) {}
  PageCompression(const PageCompression&) = delete;
  PageCompression& operator=(const PageCompression&) = delete;

  /// Takes drawn page `page`'s content out of libharu; every kBatch pages,
  /// puts the batch before back compressed and starts compressing this one
  /// in the background. Throws PdfError as HaruDocument::check does.
  void add(HPDF_Page page);
  /// Compresses what is left, half on each core, and puts every page's
  /// content back: after it the save finds them all compressed.
  void finish();

 private:
  /// Pages a background task compresses at once: few threads started, and
  /// a few megabytes of operators held.
  static constexpr std::size_t kBatch = 64;

  void put_back(std::vector<PageContent>& batch) const;

  const HaruDocument& doc_;
  std::vector<PageContent> batch_;
  std::future<std::vector<PageContent>> compressing_;
};

}  // namespace careerguide::pdf
