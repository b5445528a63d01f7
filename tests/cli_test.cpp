#include <doctest/doctest.h>
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/atomic_write.h"
#include "cli/coverage.h"
#include "cli/exit_codes.h"
#include "cli/options.h"
#include "fake_measurer.h"
#include "fonts/font_set.h"
#include "fonts/locate_fonts.h"
#include "layout/dump.h"
#include "layout/layout_guide.h"
#include "load/load_guide.h"

using namespace careerguide;
namespace fs = std::filesystem;

namespace {

std::variant<cli::Options, cli::EarlyExit> parse(std::vector<const char*> args) {
  args.insert(args.begin(), "careerguide");
  return cli::parse_options(static_cast<int>(args.size()), args.data());
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

fs::path scratch_dir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("careerguide-cli-test-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::vector<std::uint8_t> bytes(std::string_view text) { return {text.begin(), text.end()}; }

}  // namespace

TEST_CASE("parse_options: defaults to data/roles.yaml and output/roles.pdf") {
  const auto options = std::get<cli::Options>(parse({}));
  CHECK(options.data == "data/roles.yaml");
  CHECK(options.output == "output/roles.pdf");
  CHECK_FALSE(options.paper.has_value());
  CHECK_FALSE(options.check);
}

TEST_CASE("parse_options: the output is named after the data file") {
  CHECK(std::get<cli::Options>(parse({"guides/english.yaml"})).output == "output/english.pdf");
  CHECK(std::get<cli::Options>(parse({"x.yaml", "-o", "/tmp/y.pdf"})).output == "/tmp/y.pdf");
}

TEST_CASE("parse_options: --paper takes a4 or letter in any case") {
  CHECK(std::get<cli::Options>(parse({"--paper", "Letter"})).paper == layout::PaperSize::kLetter);
  CHECK(std::get<cli::Options>(parse({"--paper", "a4"})).paper == layout::PaperSize::kA4);
  const auto bad = std::get<cli::EarlyExit>(parse({"--paper", "a5"}));
  CHECK(bad.code == cli::kExitUsage);
  CHECK(bad.message.find("--paper") != std::string::npos);
}

TEST_CASE("parse_options: --help and --version end the run with exit 0") {
  const auto help = std::get<cli::EarlyExit>(parse({"--help"}));
  CHECK(help.code == cli::kExitOk);
  CHECK(help.message.find("--check") != std::string::npos);
  const auto version = std::get<cli::EarlyExit>(parse({"--version"}));
  CHECK(version.message == std::string("careerguide ") + CAREERGUIDE_VERSION + "\n");
}

TEST_CASE("write_file_atomically: replaces the file and leaves no temporary file") {
  const fs::path dir = scratch_dir("replace");
  const std::string target = (dir / "guide.pdf").string();
  cli::write_file_atomically(target, bytes("old"), false);
  cli::write_file_atomically(target, bytes("new contents"), false);
  CHECK(read_file(target) == "new contents");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
}

TEST_CASE("write_file_atomically: the new file gets 0666 less the umask") {
  const fs::path dir = scratch_dir("mode");
  const mode_t old_mask = ::umask(022);
  cli::write_file_atomically((dir / "a.pdf").string(), bytes("x"), false);
  ::umask(old_mask);
  struct stat info {};
  REQUIRE(::stat((dir / "a.pdf").c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0644);
}

TEST_CASE("write_file_atomically: creates the parent folder only when asked") {
  const fs::path dir = scratch_dir("parent");
  const std::string nested = (dir / "new" / "guide.pdf").string();
  CHECK_THROWS_AS(cli::write_file_atomically(nested, bytes("x"), false), cli::OutputError);
  cli::write_file_atomically(nested, bytes("x"), true);
  CHECK(read_file(nested) == "x");
}

TEST_CASE("write_file_atomically: refuses a folder or a device and changes nothing") {
  const fs::path dir = scratch_dir("refuse");
  fs::create_directory(dir / "folder.pdf");
  CHECK_THROWS_WITH_AS(cli::write_file_atomically((dir / "folder.pdf").string(), bytes("x"), false),
                       ("cannot write " + (dir / "folder.pdf").string() +
                        ": it exists and is not a regular file (it is a folder)").c_str(),
                       cli::OutputError);
  CHECK_THROWS_AS(cli::write_file_atomically("/dev/full", bytes("x"), false), cli::OutputError);
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
}

namespace {

/// `diff -u OLD NEW`, at most 80 lines of it.
std::string unified_diff(const fs::path& old_file, const fs::path& new_file) {
  const std::string command = "diff -u '" + old_file.string() + "' '" + new_file.string() +
                              "' | head -n 80";
  std::string out;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char buffer[4096];
    std::size_t got = 0;
    while ((got = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, got);
    pclose(pipe);
  }
  return out;
}

}  // namespace

// The whole default guide, laid out with the fake measurer, against a
// reviewed text dump. Regenerate after an intended change with
// scripts/update-golden.sh (then review the diff).
TEST_CASE("golden: the default guide's layout matches tests/golden/roles.layout.txt") {
  const fs::path source = CAREERGUIDE_SOURCE_DIR;
  const load::LoadResult loaded = load::load_guide(source / "data" / "roles.yaml");
  REQUIRE(loaded.guide.has_value());
  const testing::FakeMeasurer measurer;
  const std::string actual =
      layout::dump(layout::layout_guide(*loaded.guide, layout::PaperSize::kA4, measurer));
  const fs::path golden = source / "tests" / "golden" / "roles.layout.txt";
  if (std::getenv("UPDATE_GOLDEN") != nullptr) {
    fs::create_directories(golden.parent_path());
    std::ofstream(golden, std::ios::binary) << actual;
  }
  const std::string expected = read_file(golden);
  REQUIRE_FALSE(expected.empty());
  if (actual != expected) {
    // Show what changed, not two 34 KB strings: the actual dump goes beside
    // the build, and diff -u compares it with the golden file.
    const fs::path actual_file = fs::path(CAREERGUIDE_TEST_BINARY_DIR) / "roles.layout.actual.txt";
    std::ofstream(actual_file, std::ios::binary) << actual;
    FAIL_CHECK("the layout differs from " << golden.string() << " (actual: "
               << actual_file.string() << "; after an intended change run "
               << "scripts/update-golden.sh):\n"
               << unified_diff(golden, actual_file));
  }
}

// Glyph coverage. The check below stands in for fonts that lack ꀀ U+A000,
// ก U+0E01 and ☺ U+263A, and cannot draw anything outside the BMP.
namespace {

cli::Coverage fake_coverage(char32_t cp) {
  if (cp > 0xFFFF) return cli::Coverage::kOutsideBmp;
  if (cp == U'\uA000' || cp == U'\u0E01' || cp == U'\u263A' || cp == U'\uFE0F') {
    return cli::Coverage::kMissing;
  }
  return cli::Coverage::kPrintable;
}

const std::string kUnprintable = std::string(CAREERGUIDE_TEST_DATA) + "/coverage/unprintable.yaml";

cli::CoveredGuide covered_fixture() {
  const load::LoadResult loaded = load::load_guide(kUnprintable);
  REQUIRE(loaded.guide.has_value());
  return cli::apply_coverage(*loaded.guide, fake_coverage);
}

std::vector<std::string> formatted(const std::vector<model::Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const model::Diagnostic& d : diagnostics) out.push_back(model::format_diagnostic(d));
  return out;
}

constexpr const char* kOutsideBmp =
    "cannot be printed (outside the Basic Multilingual Plane: the PDF library draws only "
    "U+0000 to U+FFFF); it is shown as \u25A1";
constexpr const char* kNoFont =
    "cannot be printed (no configured font has it; theme.fonts.fallback can name a font that "
    "does); it is shown as \u25A1";

}  // namespace

TEST_CASE("apply_coverage: each unprintable character becomes \u25A1 and is reported once per value "
          "at its own column") {
  const cli::CoveredGuide covered = covered_fixture();
  const model::Role& role = covered.guide.roles.at(0);
  CHECK(covered.guide.title.value == "职业指南\u25A1");
  CHECK(role.title.value == "提示工程师\u25A1");
  CHECK(role.summary.value == "负责设计提示词\u25A1和\u25A1，以及\u25A1。");
  CHECK(role.skills.at(1).value == "书写\u25A1");
  CHECK(role.steps.at(0).lead.value == "看视频");
  CHECK(role.steps.at(0).body.value == "先了解基本思路\u25A1。");
  CHECK(role.steps.at(1).body.value == "多动手\u25A1");
  const std::string& f = kUnprintable;
  CHECK(formatted(covered.warnings) ==
        std::vector<std::string>{
            f + ":5:12: warning: title: 😀 (U+1F600) " + kOutsideBmp,
            f + ":8:18: warning: roles[0].title: ꀀ (U+A000) " + kNoFont,
            f + ":9:21: warning: roles[0].summary: 😀 (U+1F600) " + kOutsideBmp,
            f + ":9:27: warning: roles[0].summary: ก (U+0E01) " + kNoFont,
            f + ":11:19: warning: roles[0].skills[0]: ☺ (U+263A) " + kNoFont,
            f + ":12:11: warning: roles[0].skills[1]: 𠀀 (U+20000) " + kOutsideBmp,
            f + ":15:22: warning: roles[0].getting_started[0].text: ก (U+0E01) " + kNoFont,
            f + ":16:12: warning: roles[0].getting_started[1]: ꀀ (U+A000) " + kNoFont,
            f + ":17:12: warning: roles[0].notes: 😀 (U+1F600) " + kOutsideBmp,
            f + ":22:11: warning: currency.name: ก (U+0E01) " + kNoFont,
            f + ":24:14: warning: labels.summary: ꀀ (U+A000) " + kNoFont,
        });
  CHECK(covered.guide.labels.summary == "概述\u25A1");
  CHECK(covered.guide.currency.name == "美元\u25A1");
}

TEST_CASE("apply_coverage: a block scalar keeps its line breaks and is reported at its own position") {
  const cli::CoveredGuide covered = covered_fixture();
  CHECK(covered.guide.roles.at(0).notes.value == "第一行没有问题。\n第二行有\u25A1。");
  CHECK(covered.warnings.at(8).pos == covered.guide.roles.at(0).notes.pos);
}

TEST_CASE("apply_coverage: an invisible variation selector the fonts lack is dropped silently") {
  // ☺ U+263A is followed by U+FE0F in the data: one substitute, one warning.
  const cli::CoveredGuide covered = covered_fixture();
  CHECK(covered.guide.roles.at(0).skills.at(0).value == "深入理解自然语言处理\u25A1");
}

TEST_CASE("apply_coverage: labels and currency not found in the data file name the file only") {
  model::Guide guide;
  guide.source_file = "guide.yaml";
  guide.labels.summary = "概述ก";
  guide.currency.symbol = "฿";
  const cli::CoveredGuide covered = cli::apply_coverage(guide, fake_coverage);
  CHECK(covered.guide.labels.summary == "概述\u25A1");
  CHECK(covered.guide.currency.symbol == "฿");  // U+0E3F: printable here
  CHECK(formatted(covered.warnings) ==
        std::vector<std::string>{"guide.yaml: warning: labels.summary: ก (U+0E01) " +
                                 std::string(kNoFont)});
}

TEST_CASE("apply_coverage: a guide the fonts can print is returned unchanged without warnings") {
  const load::LoadResult loaded =
      load::load_guide(fs::path(CAREERGUIDE_SOURCE_DIR) / "data" / "roles.yaml");
  REQUIRE(loaded.guide.has_value());
  const cli::CoveredGuide covered = cli::apply_coverage(*loaded.guide, fake_coverage);
  CHECK(covered.warnings.empty());
  CHECK(covered.guide.roles.at(0).summary.value == loaded.guide->roles.at(0).summary.value);
  CHECK(covered.guide.labels.summary == loaded.guide->labels.summary);
}

TEST_CASE("choose_substitute: takes \u25A1, else 〓, else a question mark") {
  CHECK(cli::choose_substitute(fake_coverage) == U'\u25A1');
  const auto no_square = [](char32_t cp) {
    return cp == U'\u25A1' ? cli::Coverage::kMissing : cli::Coverage::kPrintable;
  };
  CHECK(cli::choose_substitute(no_square) == U'\u3013');
  const auto ascii_only = [](char32_t cp) {
    return cp < 0x80 ? cli::Coverage::kPrintable : cli::Coverage::kMissing;
  };
  CHECK(cli::choose_substitute(ascii_only) == U'?');
}

TEST_CASE("font_coverage: the default fonts print Chinese, \u25A1 and line breaks, not 😀 or ꀀ") {
  const fonts::FontSet fonts = fonts::FontSet::load(fonts::locate_fonts({}, {}, {}, "fonts"));
  CHECK(cli::font_coverage(fonts, U'中') == cli::Coverage::kPrintable);
  CHECK(cli::font_coverage(fonts, U'\u25A1') == cli::Coverage::kPrintable);
  CHECK(cli::font_coverage(fonts, U'\n') == cli::Coverage::kPrintable);
  CHECK(cli::font_coverage(fonts, U'\U0001F600') == cli::Coverage::kOutsideBmp);
  CHECK(cli::font_coverage(fonts, U'\uA000') == cli::Coverage::kMissing);
}
