#include <doctest/doctest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/atomic_write.h"
#include "cli/exit_codes.h"
#include "cli/options.h"
#include "fake_measurer.h"
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
  CHECK(actual == expected);
}
