#include <doctest/doctest.h>
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <new>
#include <sstream>

#include "cli/atomic_write.h"
#include "cli/coverage.h"
#include "cli/exit_codes.h"
#include "cli/inputs.h"
#include "cli/options.h"
#include "cli/unexpected_failure.h"
#include "pdf/write_pdf.h"
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

// The command line's own messages.
namespace {

std::string usage_message(std::vector<const char*> args) {
  const auto result = parse(std::move(args));
  const auto* early = std::get_if<cli::EarlyExit>(&result);
  REQUIRE(early != nullptr);
  CHECK(early->code == cli::kExitUsage);
  return early->message;
}

std::string usage(const std::string& first_line) {
  return "careerguide: error: " + first_line + "\nRun 'careerguide --help' for the options.\n";
}

}  // namespace

TEST_CASE("parse_options: a wrong --paper names the option, the values and what was given") {
  CHECK(usage_message({"--paper", "A5"}) == usage("--paper: expected a4 or letter (got \"A5\")"));
  CHECK(usage_message({"--paper", "1"}) == usage("--paper: expected a4 or letter (got \"1\")"));
  CHECK(usage_message({"--paper"}) == usage("--paper: expected a4 or letter after it"));
  CHECK(std::get<cli::Options>(parse({"--paper=LETTER"})).paper == layout::PaperSize::kLetter);
}

TEST_CASE("parse_options: an unknown option gets the nearest known one") {
  CHECK(usage_message({"--papr", "a4"}) == usage("unknown option \"--papr\" (did you mean \"--paper\"?)"));
  CHECK(usage_message({"--quite"}) == usage("unknown option \"--quite\" (did you mean \"--quiet\"?)"));
  CHECK(usage_message({"--output-file=x.pdf"}) == usage("unknown option \"--output-file\""));
}

TEST_CASE("parse_options: -o takes a file name, not nothing, standard output or a folder") {
  CHECK(usage_message({"-o", ""}) == usage("-o: expected a file name (got \"\")"));
  CHECK(usage_message({"-o", "-"}) ==
        usage("-o: the PDF cannot be written to standard output (got \"-\"); give a file name"));
  CHECK(usage_message({"-o", "new/"}) ==
        usage("-o: expected a file name, not a folder (got \"new/\"); for example -o new/guide.pdf"));
  CHECK(usage_message({"-o"}) == usage("-o: expected a file name after it"));
  CHECK(std::get<cli::Options>(parse({"-oguide.pdf"})).output == "guide.pdf");
  CHECK(std::get<cli::Options>(parse({"--", "-odd.yaml"})).data == "-odd.yaml");
}

TEST_CASE("parse_options: --help reads like the README's table, without parser internals") {
  const auto help = std::get<cli::EarlyExit>(parse({"-h"}));
  CHECK(help.message.starts_with("Usage: careerguide [DATA.yaml] [-o OUT.pdf] [--paper a4|letter]"));
  CHECK(help.message.find("  --paper a4|letter     Paper size") != std::string::npos);
  CHECK(help.message.find("ENUM") == std::string::npos);
}

TEST_CASE("parse_source_date_epoch: whole seconds from 0 to the end of 9999, unset when empty") {
  using Epoch = std::optional<std::int64_t>;
  CHECK(std::get<Epoch>(cli::parse_source_date_epoch(nullptr)) == std::nullopt);
  CHECK(std::get<Epoch>(cli::parse_source_date_epoch("")) == std::nullopt);
  CHECK(std::get<Epoch>(cli::parse_source_date_epoch("0")) == 0);
  CHECK(std::get<Epoch>(cli::parse_source_date_epoch("253402300799")) == 253402300799);
  for (const char* bad : {"253402300800", "-1", "12abc", " 5", "99999999999999999999"}) {
    CHECK(std::get<std::string>(cli::parse_source_date_epoch(bad)) ==
          "SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 from 0 to 253402300799 "
          "(9999-12-31) (got \"" + std::string(bad) + "\"); unset it to use the current time");
  }
}

TEST_CASE("overwrite_problem: the output may not be an input, however it is spelt") {
  const fs::path dir = scratch_dir("overwrite");
  fs::create_directory(dir / "sub");
  const std::string data = (dir / "g.yaml").string();
  std::ofstream(data) << "title: x\n";
  const std::vector<cli::InputFile> inputs{{"the data file", data}};
  CHECK(cli::overwrite_problem((dir / "sub" / ".." / "g.yaml").string(), inputs) ==
        "-o " + (dir / "sub" / ".." / "g.yaml").string() + " is the data file " + data +
            "; writing the PDF there would destroy it (did you mean -o " +
            (dir / "sub" / ".." / "g.pdf").string() + "?)");
  CHECK(cli::overwrite_problem((dir / "g.pdf").string(), inputs) == std::nullopt);
}

TEST_CASE("non_regular_data_problem: a FIFO is refused at once, a regular file passes") {
  const fs::path dir = scratch_dir("fifo");
  const std::string fifo = (dir / "pipe.yaml").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK(cli::non_regular_data_problem(fifo) ==
        "cannot read " + fifo + ": it is a FIFO (named pipe), not a data file; give a regular file");
  CHECK(cli::non_regular_data_problem(CAREERGUIDE_SOURCE_DIR "/data/roles.yaml") == std::nullopt);
  CHECK(cli::non_regular_data_problem((dir / "missing.yaml").string()) == std::nullopt);
}

TEST_CASE("write_file_atomically: an existing file keeps its mode") {
  const fs::path dir = scratch_dir("keep-mode");
  const std::string target = (dir / "private.pdf").string();
  cli::write_file_atomically(target, bytes("old"), false);
  REQUIRE(::chmod(target.c_str(), 0600) == 0);
  cli::write_file_atomically(target, bytes("new"), false);
  struct stat info {};
  REQUIRE(::stat(target.c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("write_file_atomically: a 255-byte file name is written, the link to it kept") {
  const fs::path dir = scratch_dir("long-name");
  const std::string name = std::string(251, 'g') + ".pdf";
  cli::write_file_atomically((dir / name).string(), bytes("x"), false);
  CHECK(read_file(dir / name) == "x");
  fs::create_symlink(name, dir / "link.pdf");
  cli::write_file_atomically((dir / "link.pdf").string(), bytes("y"), false);
  CHECK(fs::is_symlink(dir / "link.pdf"));
  CHECK(read_file(dir / name) == "y");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 2);
}

TEST_CASE("lacks_too_many: more than 5 % of the printed characters") {
  CHECK_FALSE(cli::lacks_too_many(5, 100));
  CHECK(cli::lacks_too_many(6, 100));
  CHECK_FALSE(cli::lacks_too_many(0, 0));
}

TEST_CASE("apply_coverage: a value used again is reported once, and counted once") {
  load::LoadResult loaded = load::load_guide(kUnprintable);
  REQUIRE(loaded.guide.has_value());
  model::Guide guide = *loaded.guide;
  guide.roles.push_back(guide.roles.at(0));  // the same texts, as through an alias
  guide.roles.back().id.value = "copy";
  const cli::CoveredGuide twice = cli::apply_coverage(guide, fake_coverage);
  const cli::CoveredGuide once = covered_fixture();
  CHECK(formatted(twice.warnings) == formatted(once.warnings));
  CHECK(twice.guide.roles.at(1).summary.value == once.guide.roles.at(0).summary.value);
  CHECK(twice.counts.lacking_regular == once.counts.lacking_regular);
  CHECK(once.counts.lacking_regular == 3);  // ꀀ, ก and ☺; outside the BMP is not the font's fault
}

TEST_CASE("apply_coverage: the pay labels of other periods are never printed, so not checked") {
  load::LoadResult loaded = load::load_guide(kUnprintable);
  REQUIRE(loaded.guide.has_value());
  model::Guide guide = *loaded.guide;
  guide.currency.period = model::Period::kYear;
  guide.labels.salary_hour = "时薪\uA000";
  guide.labels.salary_year = "年薪\u0E01";
  const cli::CoveredGuide covered = cli::apply_coverage(guide, fake_coverage);
  CHECK(covered.guide.labels.salary_hour == "时薪\uA000");
  CHECK(covered.guide.labels.salary_year == "年薪\u25A1");
}

TEST_CASE("report_unexpected_failure: an internal error is exit 4 and asks for a report") {
  std::ostringstream err;
  CHECK(cli::report_unexpected_failure(
            std::make_exception_ptr(pdf::InvalidDocument("a coordinate is not finite")),
            err) == 4);
  CHECK(err.str() == "careerguide: internal error: a coordinate is not finite; please report it\n");
}

TEST_CASE("report_unexpected_failure: running out of memory is a failure of the environment") {
  std::ostringstream err;
  CHECK(cli::report_unexpected_failure(std::make_exception_ptr(std::bad_alloc()), err) == 3);
  CHECK(err.str() == "careerguide: error: out of memory\n");
}
