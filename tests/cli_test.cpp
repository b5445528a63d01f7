#include <doctest/doctest.h>
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <new>
#include <sstream>

#include "cli/exit_codes.h"
#include "cli/options.h"
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

TEST_CASE("parse_options: --doctor checks the data given, or the default, and renders nothing") {
  CHECK_FALSE(std::get<cli::Options>(parse({})).doctor);
  const auto options = std::get<cli::Options>(parse({"--doctor", "guides/english.yaml"}));
  CHECK(options.doctor);
  CHECK(options.data == "guides/english.yaml");
  CHECK(options.output == "output/english.pdf");
  CHECK(std::get<cli::Options>(parse({"--doctor"})).data == "data/roles.yaml");
  CHECK(std::get<cli::EarlyExit>(parse({"--help"})).message.find("--doctor") != std::string::npos);
}

TEST_CASE("parse_options: --paper takes a4 or letter in any case") {
  CHECK(std::get<cli::Options>(parse({"--paper", "Letter"})).paper == model::Paper::kLetter);
  CHECK(std::get<cli::Options>(parse({"--paper", "a4"})).paper == model::Paper::kA4);
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
      layout::dump(layout::layout_guide(*loaded.guide, model::Paper::kA4, measurer));
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

TEST_CASE("parse_options: --watch and --open go with a render, never with a run that writes no PDF") {
  const auto options = std::get<cli::Options>(parse({"--watch", "--open", "guides/english.yaml"}));
  CHECK(options.watch);
  CHECK(options.open);
  CHECK(options.output == "output/english.pdf");
  CHECK(std::get<cli::Options>(parse({"--open"})).open);
  CHECK(usage_message({"--watch", "--check"}) == usage("--watch and --check cannot be used together"));
  CHECK(usage_message({"--dump-layout", "--watch"}) == usage("--dump-layout and --watch cannot be used together"));
  CHECK(usage_message({"--watch", "--init", "dir", "x.yaml"}) == usage("--watch and --init cannot be used together"));
  CHECK(usage_message({"--doctor", "--watch", "--doctor"}) == usage("--doctor and --watch cannot be used together"));
  CHECK(usage_message({"--check", "--open"}) ==
        usage("--open opens the PDF a render writes, and --check writes none"));
  CHECK(usage_message({"--open", "--init", "dir"}) == usage("--open opens the PDF a render writes, and --init writes none"));
}

TEST_CASE("parse_options: a wrong --paper names the option, the values and what was given") {
  CHECK(usage_message({"--paper", "A5"}) == usage("--paper: expected a4 or letter (got \"A5\")"));
  CHECK(usage_message({"--paper", "1"}) == usage("--paper: expected a4 or letter (got \"1\")"));
  CHECK(usage_message({"--paper"}) == usage("--paper: expected a4 or letter after it"));
  CHECK(std::get<cli::Options>(parse({"--paper=LETTER"})).paper == model::Paper::kLetter);
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

TEST_CASE("report_unexpected_failure: an internal error is exit 4 and asks for a report") {
  std::ostringstream err;
  CHECK(cli::report_unexpected_failure(
            std::make_exception_ptr(pdf::InvalidDocument("a coordinate is not finite")),
            careerguide::messages::Language::kEnglish, err) == 4);
  CHECK(err.str() == "careerguide: internal error: a coordinate is not finite; please report it\n");
}

TEST_CASE("report_unexpected_failure: running out of memory is a failure of the environment") {
  std::ostringstream err;
  CHECK(cli::report_unexpected_failure(std::make_exception_ptr(std::bad_alloc()), careerguide::messages::Language::kEnglish, err) == 3);
  CHECK(err.str() == "careerguide: error: out of memory\n");
}
