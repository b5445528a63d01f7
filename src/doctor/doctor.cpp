#include "doctor/doctor.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <ostream>
#include <system_error>
#include <unistd.h>
#include <vector>

#include <fmt/format.h>

#include "fonts/coverage.h"
#include "fonts/font.h"
#include "fonts/font_set.h"
#include "fonts/library_versions.h"
#include "fonts/locate_fonts.h"
#include "fonts/sfnt_check.h"
#include "load/library_version.h"
#include "load/load_guide.h"
#include "model/diagnostic.h"
#include "pdf/library_versions.h"
#include "substitute/unprintable.h"

namespace careerguide::doctor {
namespace {

using messages::message;
using messages::MessageId;

// The exit codes of src/cli/exit_codes.h, which doctor may not include.
constexpr int kOk = 0;
constexpr int kInvalidData = 1;
constexpr int kEnvironment = 3;

/// At most this many missing characters are listed.
constexpr std::size_t kMaxMissingListed = 10;

/// Prints the checks' lines and remembers the worst exit code.
struct Report {
  std::ostream& out;
  messages::Language language;
  int code = kOk;

  void line(const messages::Message& text) { out << messages::render(text, language) << '\n'; }
  void fail(int failure_code, const messages::Message& text) {
    line(text);
    if (code == kOk) code = failure_code;
  }
};

/// Where the chosen face came from, derived from how locate_fonts searches.
MessageId origin_of(const typeface::FontFile& configured, const typeface::FontFile& found) {
  if (!configured.file.empty()) return MessageId::kDoctorOriginTheme;
  if (found.file.starts_with("fonts/")) return MessageId::kDoctorOriginFolder;
  if (found.file.starts_with(std::string(fonts::kPackageFontsDir) + "/")) return MessageId::kDoctorOriginPackage;
  return MessageId::kDoctorOriginFontconfig;
}

/// Why face `face` cannot be drawn; nullopt when it can.
std::optional<messages::Message> face_problem(const typeface::FontFile& face) {
  std::ifstream in(face.file, std::ios::binary);
  if (!in) return message(MessageId::kDoctorFaceUnreadable);
  const std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (const auto problem = fonts::find_font_file_problem(bytes, face.index)) return messages::verbatim(*problem);
  return std::nullopt;
}

/// One face: the file found, where from, and whether it is usable.
bool check_face(Report& report, const char* key, const typeface::FontFile& configured,
                const typeface::FontFile& found) {
  const messages::Message origin = message(origin_of(configured, found));
  if (const auto problem = face_problem(found)) {
    report.fail(kEnvironment, message(MessageId::kDoctorFaceUnusable,
                                      {{"key", key}, {"file", found.file}, {"origin", origin}, {"problem", *problem}}));
    return false;
  }
  report.line(message(MessageId::kDoctorFaceOk, {{"key", key}, {"file", found.file}, {"origin", origin}}));
  return true;
}

/// The faces of `theme`; nullopt when a face is missing or unusable.
std::optional<fonts::FontFiles> check_fonts(Report& report, const model::Theme& theme) {
  fonts::FontFiles files;
  try {
    files = fonts::locate_fonts(theme.regular, theme.bold, theme.fallback, "fonts");
  } catch (const fonts::FontError& error) {
    report.fail(kEnvironment, message(MessageId::kDoctorFontsMissing, {{"problem", error.message()}}));
    return std::nullopt;
  }
  bool usable = check_face(report, "regular", theme.regular, files.regular);
  usable = check_face(report, "bold", theme.bold, files.bold) && usable;
  if (files.fallback) usable = check_face(report, "fallback", theme.fallback, *files.fallback) && usable;
  if (!usable) return std::nullopt;
  return files;
}

/// Every character of the data the fonts cannot draw, with where it first occurs.
void check_coverage(Report& report, const model::Guide& guide, const fonts::FontFiles& files) {
  std::optional<fonts::FontSet> font_set;
  try {
    font_set.emplace(fonts::FontSet::load(files));
  } catch (const fonts::FontError& error) {
    report.fail(kEnvironment, message(MessageId::kDoctorFontsMissing, {{"problem", error.message()}}));
    return;
  }
  const substitute::SubstitutedGuide checked = substitute::substitute_unprintable(
      guide, [&font_set](char32_t cp) { return fonts::font_coverage(*font_set, cp); });
  const substitute::CoverageCounts& counts = checked.counts;
  if (checked.warnings.empty()) {
    report.line(message(MessageId::kDoctorCoverageOk, {{"count", counts.printed}}));
    return;
  }
  // Lacking a few characters is a warning in a render; lacking many is the wrong font.
  const bool wrong_font = substitute::lacks_too_many(counts.lacking_regular, counts.printed) ||
                          substitute::lacks_too_many(counts.lacking_bold, counts.printed);
  const messages::Message heading =
      message(MessageId::kDoctorCoverageMissing, {{"count", checked.warnings.size()}});
  if (wrong_font) report.fail(kEnvironment, heading);
  else report.line(heading);
  for (std::size_t i = 0; i < checked.warnings.size() && i < kMaxMissingListed; ++i)
    report.out << "  " << model::format_diagnostic(checked.warnings[i], report.language) << '\n';
  if (checked.warnings.size() > kMaxMissingListed)
    report.line(message(MessageId::kDoctorAndMore, {{"count", checked.warnings.size() - kMaxMissingListed}}));
  report.line(message(MessageId::kDoctorCoverageFix));
}

/// Creates and removes a temporary file in the output's folder; an existing PDF is never touched.
void check_output_folder(Report& report, const std::string& output) {
  std::filesystem::path folder = std::filesystem::path(output).parent_path();
  if (folder.empty()) folder = ".";
  std::error_code error;
  // A render creates a missing folder: find the nearest one that exists.
  std::filesystem::path existing = folder;
  while (!std::filesystem::exists(existing, error) && existing.has_parent_path() && existing != existing.parent_path())
    existing = existing.parent_path();
  const std::filesystem::path probe = existing / fmt::format(".careerguide-doctor-{}", ::getpid());
  bool writable = std::filesystem::is_directory(existing, error);
  if (writable) {
    writable = static_cast<bool>(std::ofstream(probe));
    std::filesystem::remove(probe, error);
  }
  if (writable) {
    report.line(message(MessageId::kDoctorOutputOk, {{"folder", folder.string()}}));
    return;
  }
  report.fail(kEnvironment, message(MessageId::kDoctorOutputFailed, {{"folder", folder.string()}}));
}

void print_settings(Report& report, const DoctorRequest& request, const model::Guide* guide) {
  const model::Paper paper =
      request.paper.value_or(guide && guide->theme.paper ? *guide->theme.paper : model::Paper::kA4);
  report.line(message(MessageId::kDoctorSettings,
                      {{"paper", paper == model::Paper::kLetter ? "Letter" : "A4"},
                       {"language", message(request.language == messages::Language::kChinese
                                                ? MessageId::kDoctorChinese
                                                : MessageId::kDoctorEnglish)}}));
  report.line(message(MessageId::kDoctorVersions,
                      {{"version", request.program_version},
                       {"haru", pdf::haru_version()},
                       {"yaml", load::yaml_cpp_version()},
                       {"fmt", fmt::format("{}.{}.{}", FMT_VERSION / 10000, FMT_VERSION / 100 % 100, FMT_VERSION % 100)},
                       {"harfbuzz", fonts::harfbuzz_version()},
                       {"deflate", pdf::libdeflate_version()},
                       {"fontconfig", fonts::fontconfig_version()}}));
}

}  // namespace

int run_doctor(const DoctorRequest& request, std::ostream& out) {
  Report report{out, request.language};
  load::LoadResult loaded = load::load_guide(request.data);
  for (const model::Diagnostic& d : loaded.diagnostics) out << model::format_diagnostic(d, request.language) << '\n';
  if (!loaded.guide) {
    report.fail(kInvalidData, message(MessageId::kDoctorDataInvalid,
                                      {{"file", request.data}, {"count", loaded.diagnostics.size()}}));
  } else {
    report.line(message(MessageId::kDoctorDataOk, {{"file", request.data},
                                                   {"roles", loaded.guide->roles.size()},
                                                   {"count", loaded.diagnostics.size()}}));
    if (const auto files = check_fonts(report, loaded.guide->theme)) check_coverage(report, *loaded.guide, *files);
  }
  check_output_folder(report, request.output);
  print_settings(report, request, loaded.guide ? &*loaded.guide : nullptr);
  return report.code;
}

}  // namespace careerguide::doctor
