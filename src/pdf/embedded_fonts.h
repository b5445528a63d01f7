#pragma once
// The guide's fonts inside one libharu document: for each font, a HarfBuzz
// subset of exactly the code points the document draws with it, loaded from
// memory, encoded as UTF-8 (Identity-H) and given an identity /ToUnicode.

#include <hpdf.h>

#include <utility>
#include <vector>

#include "fonts/font_cache.h"
#include "fonts/font_set.h"
#include "page/document.h"
#include "pdf/haru_document.h"

namespace careerguide::pdf {

class EmbeddedFonts {
 public:
  /// Embeds every font of `fonts` that draws at least one character of
  /// `document` (in the fonts layout chose: see drawn_spans), in the fixed order
  /// regular, bold, fallback so that the output is reproducible. Requires
  /// HPDF_UseUTFEncodings to have been called on `doc`. The subsets come
  /// from `subsets` when given (and are kept there), else are made afresh.
  EmbeddedFonts(const HaruDocument& doc, const page::Document& document, const fonts::FontSet& fonts,
                fonts::SubsetCache* subsets = nullptr);

  /// The libharu font for `font`. Throws PdfError if `font` was not
  /// embedded, which means a span was drawn that the document did not hold.
  HPDF_Font get(const fonts::Font& font) const;

 private:
  std::vector<std::pair<const fonts::Font*, HPDF_Font>> embedded_;
};

}  // namespace careerguide::pdf
