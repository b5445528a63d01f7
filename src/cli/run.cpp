#include "cli/run.h"

#include <ctime>
#include <cstdlib>
#include <filesystem>
#include <ostream>
#include <utility>

#include <fmt/format.h>

#include "advice/advise.h"
#include "cli/exit_codes.h"
#include "progress/progress_line.h"
#include "cli/version.h"
#include "doctor/doctor.h"
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
#include "starter/write_starter.h"
#include "substitute/unprintable.h"

namespace careerguide::cli {
namespace {

using messages::message;
using messages::MessageId;

/// A failure that ends the run with `code` after printing "careerguide: error: WHAT".
struct RunFailure {
  int code;
  messages::Message message;
};

/// The problems reported so far, for the summary line.
struct Tally {
  std::size_t errors = 0;
  std::size_t warnings = 0;
};

bool report(const std::vector<model::Diagnostic>& diagnostics, const Options& options,
            Tally& tally, std::ostream& err) {
  for (const model::Diagnostic& d : diagnostics) {
    const bool error = d.severity == model::Severity::kError;
    ++(error ? tally.errors : tally.warnings);
    if (!options.quiet || error) err << model::format_diagnostic(d, options.language) << '\n';
  }
  return model::has_errors(diagnostics);
}

/// "2 errors, 1 warning", or "no problems found".
messages::Message summary(const Tally& tally) {
  const auto count = [](std::size_t n, MessageId one, MessageId many) {
    return message(n == 1 ? one : many, {{"count", n}});
  };
  if (tally.errors == 0 && tally.warnings == 0) return message(MessageId::kNoProblems);
  if (tally.warnings == 0) return count(tally.errors, MessageId::kOneError, MessageId::kErrors);
  if (tally.errors == 0) return count(tally.warnings, MessageId::kOneWarning, MessageId::kWarnings);
  return message(MessageId::kErrorsAndWarnings,
                 {{"errors", count(tally.errors, MessageId::kOneError, MessageId::kErrors)},
                  {"warnings", count(tally.warnings, MessageId::kOneWarning, MessageId::kWarnings)}});
}

void print_summary(const Tally& tally, const Options& options, std::ostream& out) {
  if (!options.quiet) out << messages::render(summary(tally), options.language) << '\n';
}

fonts::FontFiles locate(const model::Theme& theme) {
  return fonts::locate_fonts(theme.regular, theme.bold, theme.fallback,
                             "fonts");
}

/// The face as messages name it: the file, and its index in a collection.
messages::Message describe_face(const typeface::FontFile& face) {
  if (face.index == 0) return messages::verbatim(face.file);
  return message(MessageId::kFaceWithIndex, {{"file", face.file}, {"index", face.index}});
}

/// The fonts' warnings: one face for both Regular and Bold loses bold.
void warn_about_faces(const fonts::FontFiles& files, const Options& options, Tally& tally,
                      std::ostream& err) {
  if (!(files.regular == files.bold)) return;
  ++tally.warnings;
  if (options.quiet) return;
  err << "careerguide: warning: "
      << messages::render(message(MessageId::kSameBoldFace, {{"face", describe_face(files.regular)}}),
                          options.language)
      << '\n';
}

/// Refuses an output that is the data file or a font: it would be destroyed.
void refuse_overwriting_inputs(const Options& options, const fonts::FontFiles* files) {
  std::vector<save::InputFile> inputs{{"", options.data}};
  if (files) {
    inputs.push_back({"theme.fonts.regular", files->regular.file});
    inputs.push_back({"theme.fonts.bold", files->bold.file});
    if (files->fallback) inputs.push_back({"theme.fonts.fallback", files->fallback->file});
  }
  if (const auto problem = save::overwrite_problem(options.output, inputs)) throw RunFailure{kExitUsage, *problem};
}

/// One error when a face's font lacks more than 5 % of the characters
/// printed: the wrong font, not a few gaps worth a warning each.
void refuse_wrong_font(const substitute::CoverageCounts& counts, const fonts::FontFiles& files) {
  const auto check = [&](std::size_t lacking, const typeface::FontFile& face, const char* key) {
    if (!substitute::lacks_too_many(lacking, counts.printed)) return;
    throw RunFailure{kExitEnvironment,
                     message(MessageId::kWrongFont, {{"face", describe_face(face)},
                                                     {"key", key},
                                                     {"lacking", lacking},
                                                     {"printed", counts.printed}})};
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
  if (const auto* problem = std::get_if<messages::Message>(&epoch))
    throw RunFailure{kExitEnvironment, *problem};
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
/// --check finds every problem a render would. Takes the guide to free it
/// (and its printable copy) once laid out: the PDF writer needs only the
/// pages.
int render(const Options& options, model::Guide guide, Tally& tally, std::ostream& out,
           std::ostream& err) {
  const std::int64_t created = creation_time();
  const fonts::FontFiles files = locate(guide.theme);
  refuse_overwriting_inputs(options, &files);
  const fonts::FontSet fonts = fonts::FontSet::load(files);
  warn_about_faces(files, options, tally, err);
  // Characters no font can print become a visible substitute, with a warning.
  substitute::SubstitutedGuide printable = substitute::substitute_unprintable(
      guide, [&fonts](char32_t cp) { return fonts::font_coverage(fonts, cp); });
  refuse_wrong_font(printable.counts, files);
  report(printable.warnings, options, tally, err);
  const fonts::FontMeasurer measurer(fonts);
  // After the warnings, which must not share the line.
  progress::Progress progress_line(err, options.progress && !options.quiet && !options.dump_layout,
                    progress::Progress::delay_from_environment());
  page::Document document = layout::layout_guide(printable.guide, paper_for(options, guide), measurer,
                                                   [&progress_line](std::size_t pages) { progress_line.laid_out(pages); });
  report(advice::advise(guide, document), options, tally, err);
  const std::size_t roles = guide.roles.size();
  printable.guide = model::Guide{};
  guide = model::Guide{};
  if (options.dump_layout) {
    out << layout::dump(document);
    return kExitOk;
  }
  const std::size_t pages = document.pages.size();
  const std::vector<std::uint8_t> bytes = pdf::write_pdf(
      std::move(document), fonts,
      {.creation_time = created,
       .producer = std::string("careerguide ") + kVersion,
       .tagged = !options.no_tags,
       .on_page_drawn = [&progress_line](std::size_t drawn, std::size_t total) { progress_line.drawn(drawn, total); }});
  if (options.check) {
    progress_line.finish();
    if (!options.quiet) {
      out << messages::render(message(roles == 1 ? MessageId::kCheckedOneRole : MessageId::kCheckedRoles,
                                      {{"file", options.data}, {"count", roles}}),
                              options.language)
          << '\n';
    }
    print_summary(tally, options, out);
    return kExitOk;
  }
  progress_line.writing(bytes.size(), options.output);
  save::write_file_atomically(options.output, bytes, true);
  progress_line.finish();
  if (!options.quiet) {
    out << messages::render(message(pages == 1 ? MessageId::kWroteOnePage : MessageId::kWrotePages,
                                    {{"file", options.output},
                                     {"pages", pages},
                                     {"kilobytes", (bytes.size() + 512) / 1024}}),
                            options.language)
        << '\n';
  }
  if (tally.warnings > 0) print_summary(tally, options, out);
  return kExitOk;
}

/// --init: the starter guide and schema, then what to do next.
int write_starter_guide(const InitRequest& init, const Options& options, std::ostream& out) {
  starter::StarterFiles files;
  try {
    files = starter::write_starter(init.folder, init.guide_language);
  } catch (const starter::ExistingFile& existing) {
    throw RunFailure{kExitUsage, existing.message()};  // as for an output that is an input
  }
  if (!options.quiet) {
    const std::vector<messages::Argument> names{{"guide", files.guide}, {"schema", files.schema}};
    out << messages::render(message(MessageId::kInitWritten, names), options.language) << "\n"
        << messages::render(message(MessageId::kInitNextSteps, names), options.language) << "\n";
  }
  return kExitOk;
}

}  // namespace

int run(const Options& options, std::ostream& out, std::ostream& err) {
  const auto fail = [&](const messages::Message& problem) {
    err << "careerguide: error: " << messages::render(problem, options.language) << '\n';
  };
  Tally tally;
  try {
    if (options.init) return write_starter_guide(*options.init, options, out);
    if (options.doctor)
      return doctor::run_doctor({.data = options.data,
                                 .output = options.output,
                                 .paper = options.paper,
                                 .language = options.language,
                                 .program_version = kVersion},
                                out);
    check_before_loading(options);
    load::LoadResult loaded = load::load_guide(options.data);
    if (report(loaded.diagnostics, options, tally, err) || !loaded.guide) {
      if (options.check) print_summary(tally, options, out);
      return kExitInvalidData;
    }
    return render(options, std::move(*loaded.guide), tally, out, err);
  } catch (const RunFailure& failure) {
    fail(failure.message);
    return failure.code;
  } catch (const messages::MessageError& error) {  // load::InputError, fonts::FontError, ...
    fail(error.message());
  } catch (const pdf::PdfError& error) {
    // The writer's own failures are the program's: their details stay English.
    fail(message(MessageId::kPdfFailure, {{"detail", error.what()}}));
  }
  return kExitEnvironment;
}

}  // namespace careerguide::cli
