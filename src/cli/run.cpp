#include "cli/run.h"

#include <ctime>
#include <cstdlib>
#include <filesystem>
#include <ostream>

#include "cli/atomic_write.h"
#include "cli/coverage.h"
#include "cli/exit_codes.h"
#include "cli/version.h"
#include "fonts/font_set.h"
#include "fonts/locate_fonts.h"
#include "layout/dump.h"
#include "layout/layout_guide.h"
#include "load/load_guide.h"
#include "model/diagnostic.h"
#include "pdf/write_pdf.h"

namespace careerguide::cli {
namespace {

bool report(const std::vector<model::Diagnostic>& diagnostics, bool quiet, std::ostream& err) {
  for (const model::Diagnostic& d : diagnostics)
    if (!quiet || d.severity == model::Severity::kError) err << model::format_diagnostic(d) << '\n';
  return model::has_errors(diagnostics);
}

fonts::FontRequest request(const model::FontSpec& spec) { return {spec.file, spec.index}; }

fonts::FontSet load_fonts(const model::Theme& theme) {
  const fonts::FontFiles files = fonts::locate_fonts(request(theme.regular), request(theme.bold),
                                                     request(theme.fallback), "fonts");
  return fonts::FontSet::load(files);
}

layout::PaperSize paper_for(const Options& options, const model::Guide& guide) {
  if (options.paper) return *options.paper;
  if (guide.theme.paper == model::Paper::kLetter) return layout::PaperSize::kLetter;
  return layout::PaperSize::kA4;
}

// SOURCE_DATE_EPOCH makes the output reproducible; otherwise the clock is read once.
std::int64_t creation_time() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    const long long value = std::strtoll(epoch, &end, 10);
    if (end != epoch && *end == '\0' && value >= 0) return value;
  }
  return static_cast<std::int64_t>(std::time(nullptr));
}

}  // namespace

int run(const Options& options, std::ostream& out, std::ostream& err) {
  load::LoadResult loaded;
  try {
    loaded = load::load_guide(options.data);
  } catch (const load::InputError& error) {
    err << "careerguide: error: " << error.what() << '\n';
    return kExitEnvironment;
  }
  if (report(loaded.diagnostics, options.quiet, err) || !loaded.guide) return kExitInvalidData;
  const model::Guide& guide = *loaded.guide;
  if (options.check) {
    if (!options.quiet) out << options.data << ": OK, " << guide.roles.size()
                              << (guide.roles.size() == 1 ? " role\n" : " roles\n");
    return kExitOk;
  }
  try {
    const fonts::FontSet fonts = load_fonts(guide.theme);
    // Characters no font can print become a visible substitute, with a warning.
    const CoveredGuide covered = apply_coverage(guide, fonts);
    report(covered.warnings, options.quiet, err);
    const fonts::FontMeasurer measurer(fonts);
    const layout::Document document =
        layout::layout_guide(covered.guide, paper_for(options, guide), measurer);
    if (options.dump_layout) {
      out << layout::dump(document);
      return kExitOk;
    }
    const std::vector<std::uint8_t> bytes =
        pdf::write_pdf(document, fonts, {creation_time(), std::string("careerguide ") + kVersion});
    write_file_atomically(options.output, bytes, true);
    if (!options.quiet)
      out << "wrote " << options.output << " (" << document.pages.size() << " pages, "
          << (bytes.size() + 512) / 1024 << " KB)\n";
  } catch (const fonts::FontError& error) {
    err << "careerguide: error: " << error.what() << '\n';
    return kExitEnvironment;
  } catch (const pdf::PdfError& error) {
    err << "careerguide: error: " << error.what() << '\n';
    return kExitEnvironment;
  } catch (const OutputError& error) {
    err << "careerguide: error: " << error.what() << '\n';
    return kExitEnvironment;
  }
  return kExitOk;
}

}  // namespace careerguide::cli
