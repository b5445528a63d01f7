// libFuzzer target: YAML through the whole pipeline cli::run drives —
// load, coverage, layout on the guide's paper, PDF — in memory, with the
// default fonts (fonts/ or the installed LXGW WenKai, found once and shared
// by every input). Each PDF is then checked with libqpdf as `qpdf --check`
// does: parsed without recovery, written out with every stream decoded,
// every page's content stream parsed, the page count compared; any warning
// or error aborts, so libFuzzer keeps the input as a crash.
//
// The data's theme.fonts are ignored (a font per input would be loaded from
// whatever path the mutation names, and take most of the time); inputs the
// loader refuses return at once.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "fonts/coverage.h"
#include "fonts/font_set.h"
#include "fonts/locate_fonts.h"
#include "layout/layout_guide.h"
#include "fuzz_input.h"
#include "load/load_guide.h"
#include "pdf/write_pdf.h"
#include "substitute/unprintable.h"
#include "qpdf_check.h"

namespace {

namespace substitute = careerguide::substitute;
namespace fonts = careerguide::fonts;
namespace layout = careerguide::layout;

[[noreturn]] void fail(const std::string& why) {
  std::fprintf(stderr, "pipeline_fuzzer: %s\n", why.c_str());
  std::abort();
}

/// The fonts cli::run picks for a guide without theme.fonts, loaded once.
const fonts::FontSet& default_fonts() {
  static const fonts::FontSet fonts = fonts::FontSet::load(
      fonts::locate_fonts({}, {}, {}, "fonts"));
  return fonts;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const careerguide::load::LoadResult loaded = careerguide::fuzz::load_fuzz_input(data, size);
  if (!loaded.guide) return 0;
  const fonts::FontSet& fonts = default_fonts();

  // The steps of cli::run's render(), in its order, minus the file.
  const substitute::SubstitutedGuide covered = substitute::substitute_unprintable(
      *loaded.guide, [&fonts](char32_t cp) { return fonts::font_coverage(fonts, cp); });
  if (substitute::lacks_too_many(covered.counts.lacking_regular, covered.counts.printed) ||
      substitute::lacks_too_many(covered.counts.lacking_bold, covered.counts.printed))
    return 0;  // refused by cli::run as the wrong font
  const fonts::FontMeasurer measurer(fonts);
  const careerguide::model::Paper paper =
      loaded.guide->theme.paper.value_or(careerguide::model::Paper::kA4);
  const layout::Document document = layout::layout_guide(covered.guide, paper, measurer);
  careerguide::pdf::WriteOptions options;
  options.producer = "careerguide fuzz";
  const std::vector<std::uint8_t> bytes = careerguide::pdf::write_pdf(document, fonts, options);
  const std::string problem = careerguide::fuzz::qpdf_problem(bytes, document.pages.size());
  if (!problem.empty()) fail(problem);
  return 0;
}
