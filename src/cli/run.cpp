#include "cli/run.h"

#include <ctime>
#include <cstdlib>
#include <filesystem>
#include <ostream>

#include <fmt/format.h>

#include "advice/advise.h"
#include "cli/exit_codes.h"
#include "cli/version.h"
#include "fonts/coverage.h"
#include "fonts/font_set.h"
#include "fonts/locate_fonts.h"
#include "layout/dump.h"
#include "layout/layout_guide.h"
#include "load/data_file.h"
#include "load/load_guide.h"
#include "model/diagnostic.h"
#include "pdf/creation_date.h"
#include "pdf/write_pdf.h"
#include "save/atomic_write.h"
#include "save/overwrite_check.h"
#include "substitute/unprintable.h"

namespace careerguide::cli {
namespace {

/// A failure that ends the run with `code` after printing "careerguide: error: WHAT".
struct RunFailure {
  int code;
  std::string message;
};

bool report(const std::vector<model::Diagnostic>& diagnostics, const Options& options,
            std::ostream& err) {
  for (const model::Diagnostic& d : diagnostics)
    if (!options.quiet || d.severity == model::Severity::kError)
      err << model::format_diagnostic(d, options.language) << '\n';
  return model::has_errors(diagnostics);
}

fonts::FontRequest request(const model::FontSpec& spec) { return {spec.file, spec.index}; }

fonts::FontFiles locate(const model::Theme& theme) {
  return fonts::locate_fonts(request(theme.regular), request(theme.bold), request(theme.fallback),
                             "fonts");
}

std::string describe_face(const fonts::FontRequest& face) {
  return face.index == 0 ? face.file : fmt::format("{} (index {})", face.file, face.index);
}

/// The fonts' warnings: one face for both Regular and Bold loses bold.
void warn_about_faces(const fonts::FontFiles& files, bool quiet, std::ostream& err) {
  if (quiet || !(files.regular == files.bold)) return;
  err << "careerguide: warning: theme.fonts.bold is the same face as theme.fonts.regular ("
      << describe_face(files.regular)
      << "): bold text will look regular; set theme.fonts.bold to a bold face (for a .ttc "
         "collection, the index of its bold face)\n";
}

/// Refuses an output that is the data file or a font: it would be destroyed.
void refuse_overwriting_inputs(const Options& options, const fonts::FontFiles* files) {
  std::vector<save::InputFile> inputs{{"the data file", options.data}};
  if (files) {
    inputs.push_back({"the font theme.fonts.regular", files->regular.file});
    inputs.push_back({"the font theme.fonts.bold", files->bold.file});
    if (files->fallback) inputs.push_back({"the font theme.fonts.fallback", files->fallback->file});
  }
  if (const auto problem = save::overwrite_problem(options.output, inputs)) throw RunFailure{kExitUsage, *problem};
}

/// One error when a face's font lacks more than 5 % of the characters
/// printed: the wrong font, not a few gaps worth a warning each.
void refuse_wrong_font(const substitute::CoverageCounts& counts, const fonts::FontFiles& files) {
  const auto check = [&](std::size_t lacking, const fonts::FontRequest& face, const char* key) {
    if (!substitute::lacks_too_many(lacking, counts.printed)) return;
    throw RunFailure{kExitEnvironment,
                     fmt::format("the font {} (theme.fonts.{}) lacks {} of the {} distinct "
                                 "characters the guide prints; set theme.fonts.{} to a font that "
                                 "has them (for Chinese, a CJK font such as LXGW WenKai), or name "
                                 "one in theme.fonts.fallback",
                                 describe_face(face), key, lacking, counts.printed, key)};
  };
  check(counts.lacking_regular, files.regular, "regular");
  check(counts.lacking_bold, files.bold, "bold");
}

model::Paper paper_for(const Options& options, const model::Guide& guide) {
  return options.paper.value_or(guide.theme.paper.value_or(model::Paper::kA4));
}

/// SOURCE_DATE_EPOCH makes the output reproducible; otherwise the clock is
/// read once. A value the PDF cannot hold is refused, not ignored.
std::int64_t creation_time() {
  const auto epoch = pdf::parse_source_date_epoch(std::getenv("SOURCE_DATE_EPOCH"));
  if (const auto* problem = std::get_if<std::string>(&epoch)) throw RunFailure{kExitEnvironment, *problem};
  if (const auto seconds = std::get<std::optional<std::int64_t>>(epoch)) return *seconds;
  return static_cast<std::int64_t>(std::time(nullptr));
}

/// The checks made before the data is read.
void check_before_loading(const Options& options) {
  if (const auto problem = load::non_regular_data_problem(options.data))
    throw RunFailure{kExitEnvironment, *problem};
  refuse_overwriting_inputs(options, nullptr);
}

/// Fonts, coverage, layout and PDF: all a render does but the save, so that
/// --check finds every problem a render would.
int render(const Options& options, const model::Guide& guide, std::ostream& out, std::ostream& err) {
  const std::int64_t created = creation_time();
  const fonts::FontFiles files = locate(guide.theme);
  refuse_overwriting_inputs(options, &files);
  const fonts::FontSet fonts = fonts::FontSet::load(files);
  warn_about_faces(files, options.quiet, err);
  // Characters no font can print become a visible substitute, with a warning.
  const substitute::SubstitutedGuide printable = substitute::substitute_unprintable(
      guide, [&fonts](char32_t cp) { return fonts::font_coverage(fonts, cp); });
  refuse_wrong_font(printable.counts, files);
  report(printable.warnings, options, err);
  const fonts::FontMeasurer measurer(fonts);
  const layout::Document document =
      layout::layout_guide(printable.guide, paper_for(options, guide), measurer);
  report(advice::advise(guide, document), options, err);
  if (options.dump_layout) {
    out << layout::dump(document);
    return kExitOk;
  }
  const std::vector<std::uint8_t> bytes =
      pdf::write_pdf(document, fonts, {created, std::string("careerguide ") + kVersion});
  if (options.check) {
    if (!options.quiet)
      out << options.data << ": OK, " << guide.roles.size()
          << (guide.roles.size() == 1 ? " role\n" : " roles\n");
    return kExitOk;
  }
  save::write_file_atomically(options.output, bytes, true);
  if (!options.quiet)
    out << "wrote " << options.output << " (" << document.pages.size() << " pages, "
        << (bytes.size() + 512) / 1024 << " KB)\n";
  return kExitOk;
}

}  // namespace

int run(const Options& options, std::ostream& out, std::ostream& err) {
  try {
    check_before_loading(options);
    load::LoadResult loaded = load::load_guide(options.data);
    if (report(loaded.diagnostics, options, err) || !loaded.guide) return kExitInvalidData;
    return render(options, *loaded.guide, out, err);
  } catch (const RunFailure& failure) {
    err << "careerguide: error: " << failure.message << '\n';
    return failure.code;
  } catch (const load::InputError& error) {
    err << "careerguide: error: " << error.what() << '\n';
  } catch (const fonts::FontError& error) {
    err << "careerguide: error: " << error.what() << '\n';
  } catch (const pdf::PdfError& error) {
    err << "careerguide: error: " << error.what() << '\n';
  } catch (const save::OutputError& error) {
    err << "careerguide: error: " << error.what() << '\n';
  }
  return kExitEnvironment;
}

}  // namespace careerguide::cli
