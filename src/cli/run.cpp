#include "cli/run.h"

#include <chrono>
#include <cstring>
#include <ctime>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <ostream>
#include <utility>

#include <fmt/format.h>

#include "advice/advise.h"
#include "cli/exit_codes.h"
#include "progress/progress_line.h"
#include "cli/version.h"
#include "doctor/doctor.h"
#include "fonts/coverage.h"
#include "fonts/font_cache.h"
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
#include "watch/file_watcher.h"
#include "watch/open_viewer.h"

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

/// What one process keeps from render to render: a single run renders once,
/// --watch again after each save, with the fonts and subsets kept loaded.
struct Session {
  fonts::FontCache fonts;
  fonts::SubsetCache subsets;
  pdf::RenderReuse reuse;
  std::optional<fonts::FontFiles> files;  ///< the fonts of the last render that found them
  std::size_t pages = 0;                  ///< what the last render wrote
  std::size_t bytes = 0;
  bool watching = false;                  ///< the watch prints one line per render instead
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

/// Refuses an output that is the data file or a font, or (once the fonts are
/// known, so that a font is named as such) any other file that is not a PDF:
/// it would be destroyed.
void refuse_overwriting_inputs(const Options& options, const fonts::FontFiles* files) {
  std::vector<save::InputFile> inputs{{"", options.data}};
  if (files) {
    inputs.push_back({"theme.fonts.regular", files->regular.file});
    inputs.push_back({"theme.fonts.bold", files->bold.file});
    if (files->fallback) inputs.push_back({"theme.fonts.fallback", files->fallback->file});
  }
  if (const auto problem = save::overwrite_problem(options.output, inputs)) throw RunFailure{kExitUsage, *problem};
  if (files == nullptr) return;
  if (const auto problem = save::not_pdf_problem(options.output, options.data)) throw RunFailure{kExitUsage, *problem};
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

/// Where a large PDF waits while libharu saves it: the output's folder,
/// which is on the disk the PDF goes to (a temporary folder may be memory).
/// --check writes nothing, so its file stays in memory.
std::filesystem::path spill_folder(const Options& options) {
  if (options.check) return {};
  const std::filesystem::path folder = std::filesystem::path(options.output).parent_path();
  return folder.empty() ? std::filesystem::path(".") : folder;
}

/// The file size past which a PDF waits in its temporary file:
/// CAREERGUIDE_SPILL_AFTER_BYTES, a test hook (tests/e2e/save_spill.sh
/// spills a small guide), or SavedFile's own.
std::size_t spill_after_from_environment() {
  const char* value = std::getenv("CAREERGUIDE_SPILL_AFTER_BYTES");
  if (value == nullptr || *value == 0) return pdf::SavedFile::kSpillAfter;
  char* end = nullptr;
  const unsigned long long bytes = std::strtoull(value, &end, 10);
  if (*end != 0) return pdf::SavedFile::kSpillAfter;
  return static_cast<std::size_t>(bytes);
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

/// "wrote FILE (N pages, K KB)".
messages::Message wrote(const std::string& file, std::size_t pages, std::size_t bytes) {
  return message(pages == 1 ? MessageId::kWroteOnePage : MessageId::kWrotePages,
                 {{"file", file}, {"pages", pages}, {"kilobytes", (bytes + 512) / 1024}});
}

/// --open: the viewer's launcher started, or a warning why not.
void open_pdf(const Options& options, std::ostream& err) {
  if (const auto problem = watch::open_in_viewer(options.output))
    err << "careerguide: warning: " << messages::render(*problem, options.language) << '\n';
}

/// The checks made before the data is read.
void check_before_loading(const Options& options) {
  if (const auto problem = load::non_regular_data_problem(options.data))
    throw RunFailure{kExitEnvironment, *problem};
  refuse_overwriting_inputs(options, nullptr);
}

/// Why --watch cannot start on the data path: it names no file, or a folder
/// (a typo in the name would otherwise wait for a file that never comes).
std::optional<messages::Message> unwatchable_data(const std::string& data) {
  std::error_code error;
  const std::filesystem::file_status status = std::filesystem::status(data, error);
  if (std::filesystem::is_directory(status)) return message(MessageId::kDataIsFolder, {{"file", data}});
  if (!std::filesystem::exists(status))
    return message(MessageId::kCannotRead, {{"file", data}, {"reason", std::strerror(ENOENT)}});
  return std::nullopt;
}

/// Fonts, coverage, layout and PDF: all a render does but the save, so that
/// --check finds every problem a render would. Takes the guide to free it
/// (and its printable copy) once laid out: the PDF writer needs only the
/// pages.
int render(const Options& options, model::Guide guide, Session& session, Tally& tally, std::ostream& out,
           std::ostream& err) {
  const std::int64_t created = creation_time();
  const fonts::FontFiles files = locate(guide.theme);
  session.files = files;
  refuse_overwriting_inputs(options, &files);
  const fonts::FontSet fonts = session.fonts.load(files);
  session.subsets.begin_render();
  warn_about_faces(files, options, tally, err);
  // Characters no font can print become a visible substitute, with a warning.
  substitute::SubstitutedGuide printable = substitute::substitute_unprintable(
      guide, [&fonts](char32_t cp) { return fonts::font_coverage(fonts, cp); });
  refuse_wrong_font(printable.counts, files);
  report(printable.warnings, options, tally, err);
  if (!printable.changed) printable.guide = model::Guide{};  // the same as `guide`
  const model::Guide& laid_out = printable.changed ? printable.guide : guide;
  const fonts::FontMeasurer measurer(fonts);
  // After the warnings, which must not share the line.
  progress::Progress progress_line(err, options.progress && !options.quiet && !options.dump_layout,
                    progress::Progress::delay_from_environment());
  page::Document document = layout::layout_guide(laid_out, paper_for(options, guide), measurer,
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
       .on_page_drawn = [&progress_line](std::size_t drawn, std::size_t total) { progress_line.drawn(drawn, total); },
       .subsets = &session.subsets,
       .reuse = session.watching ? &session.reuse : nullptr,
       .spill_folder = spill_folder(options),
       .spill_after = spill_after_from_environment()});
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
  session.pages = pages;
  session.bytes = bytes.size();
  if (session.watching) return kExitOk;
  if (!options.quiet) out << messages::render(wrote(options.output, pages, bytes.size()), options.language) << '\n';
  if (tally.warnings > 0) print_summary(tally, options, out);
  if (options.open) open_pdf(options, err);
  return kExitOk;
}

/// The data file, the fonts of the last render, and the project's fonts/
/// files that would take their place: what a change of re-renders.
std::vector<std::filesystem::path> watched_files(const Options& options, const Session& session) {
  std::vector<std::filesystem::path> files{options.data, std::filesystem::path("fonts") / fonts::kDefaultRegularFile,
                                           std::filesystem::path("fonts") / fonts::kDefaultBoldFile};
  if (session.files) {
    files.emplace_back(session.files->regular.file);
    files.emplace_back(session.files->bold.file);
    if (session.files->fallback) files.emplace_back(session.files->fallback->file);
  }
  return files;
}

/// "[14:03:27]": the local time of a render line.
std::string clock_time() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  ::localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%H:%M:%S", &local);
  return text;
}

/// The one line a render prints while watching: what was written, or why
/// nothing was, and how long it took.
messages::Message render_line(int code, const Session& session, const Tally& tally, const Options& options,
                              std::chrono::steady_clock::duration took) {
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(took).count();
  const std::string time = clock_time();
  if (code == kExitOk) {
    const messages::Message written = wrote(options.output, session.pages, session.bytes);
    if (tally.warnings == 0) return message(MessageId::kWatchWrote, {{"time", time}, {"wrote", written}, {"ms", ms}});
    return message(MessageId::kWatchWroteWithProblems,
                   {{"time", time}, {"wrote", written}, {"ms", ms}, {"problems", summary(tally)}});
  }
  std::error_code error;
  if (std::filesystem::exists(options.output, error))
    return message(MessageId::kWatchFailedKept, {{"time", time}, {"problems", summary(tally)}, {"file", options.output}});
  return message(MessageId::kWatchFailedNothing, {{"time", time}, {"problems", summary(tally)}});
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

/// One render (or --check, --dump-layout, --init, --doctor), every failure
/// printed and counted in `tally`; returns the exit code.
int run_once(const Options& options, Session& session, Tally& tally, std::ostream& out, std::ostream& err) {
  const auto fail = [&](const messages::Message& problem) {
    ++tally.errors;
    err << "careerguide: error: " << messages::render(problem, options.language) << '\n';
  };
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
    return render(options, std::move(*loaded.guide), session, tally, out, err);
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

/// --watch: a render now and after every change of the data or its fonts,
/// one line each on stderr, until Ctrl-C (exit 0). A failed render keeps
/// the last good PDF (the save is atomic) and the watch goes on.
int watch_and_render(const Options& options, std::ostream& out, std::ostream& err) {
  const auto say = [&](const messages::Message& line) {
    err << messages::render(line, options.language) << '\n' << std::flush;
  };
  try {
    // The command line and the data path: no use watching either.
    check_before_loading(options);
    if (const auto problem = unwatchable_data(options.data)) throw RunFailure{kExitEnvironment, *problem};
  } catch (const RunFailure& failure) {
    err << "careerguide: error: " << messages::render(failure.message, options.language) << '\n';
    return failure.code;
  }
  try {
    watch::FileWatcher watcher;
    Session session;
    session.watching = true;
    say(message(MessageId::kWatchStarted, {{"file", options.data}, {"pdf", options.output}}));
    bool opened = false;
    // Watched before the first render, so that a save during it is not missed.
    watcher.watch(watched_files(options, session));
    for (;;) {
      Tally tally;
      const auto started = std::chrono::steady_clock::now();
      const int code = run_once(options, session, tally, out, err);
      const auto took = std::chrono::steady_clock::now() - started;
      if (code != kExitOk || !options.quiet) say(render_line(code, session, tally, options, took));
      if (code == kExitOk && options.open && !opened) {
        opened = true;
        open_pdf(options, err);
      }
      watcher.watch(watched_files(options, session));  // the fonts may have changed
      // 100 ms of quiet after a change: one render per save, not one per write.
      if (watcher.wait(std::chrono::milliseconds(100)) == watch::Wake::kStop) break;
      if (const auto problem = watch::reap_viewer())
        err << "careerguide: warning: " << messages::render(*problem, options.language) << '\n';
    }
    say(message(MessageId::kWatchStopped, {{"file", options.data}}));
    return kExitOk;
  } catch (const watch::WatchError& error) {
    err << "careerguide: error: " << messages::render(error.message(), options.language) << '\n';
    return kExitEnvironment;
  }
}

}  // namespace

int run(const Options& options, std::ostream& out, std::ostream& err) {
  if (options.watch) return watch_and_render(options, out, err);
  Session session;
  Tally tally;
  return run_once(options, session, tally, out, err);
}

}  // namespace careerguide::cli
