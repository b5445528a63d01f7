#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "save/atomic_write.h"
#include "save/overwrite_check.h"

using namespace careerguide;
namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

fs::path scratch_dir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("careerguide-save-test-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::vector<std::uint8_t> bytes(std::string_view text) { return {text.begin(), text.end()}; }

}  // namespace

TEST_CASE("write_file_atomically: replaces the file and leaves no temporary file") {
  const fs::path dir = scratch_dir("replace");
  const std::string target = (dir / "guide.pdf").string();
  save::write_file_atomically(target, bytes("old"), false);
  save::write_file_atomically(target, bytes("new contents"), false);
  CHECK(read_file(target) == "new contents");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
}

TEST_CASE("write_file_atomically: the new file gets 0666 less the umask") {
  const fs::path dir = scratch_dir("mode");
  const mode_t old_mask = ::umask(022);
  save::write_file_atomically((dir / "a.pdf").string(), bytes("x"), false);
  ::umask(old_mask);
  struct stat info {};
  REQUIRE(::stat((dir / "a.pdf").c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0644);
}

TEST_CASE("write_file_atomically: creates the parent folder only when asked") {
  const fs::path dir = scratch_dir("parent");
  const std::string nested = (dir / "new" / "guide.pdf").string();
  CHECK_THROWS_AS(save::write_file_atomically(nested, bytes("x"), false), save::OutputError);
  save::write_file_atomically(nested, bytes("x"), true);
  CHECK(read_file(nested) == "x");
}

TEST_CASE("write_file_atomically: refuses a folder or a device and changes nothing") {
  const fs::path dir = scratch_dir("refuse");
  fs::create_directory(dir / "folder.pdf");
  CHECK_THROWS_WITH_AS(save::write_file_atomically((dir / "folder.pdf").string(), bytes("x"), false),
                       ("cannot write " + (dir / "folder.pdf").string() +
                        ": it exists and is not a regular file (it is a folder)").c_str(),
                       save::OutputError);
  CHECK_THROWS_AS(save::write_file_atomically("/dev/full", bytes("x"), false), save::OutputError);
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
}

TEST_CASE("overwrite_problem: the output may not be an input, however it is spelt") {
  const fs::path dir = scratch_dir("overwrite");
  fs::create_directory(dir / "sub");
  const std::string data = (dir / "g.yaml").string();
  std::ofstream(data) << "title: x\n";
  const std::vector<save::InputFile> inputs{{"", data}};
  const auto problem = save::overwrite_problem((dir / "sub" / ".." / "g.yaml").string(), inputs);
  REQUIRE(problem);
  CHECK(messages::english(*problem) ==
        "-o " + (dir / "sub" / ".." / "g.yaml").string() + " is the data file " + data +
            "; writing the PDF there would destroy it (did you mean -o " +
            (dir / "sub" / ".." / "g.pdf").string() + "?)");
  CHECK_FALSE(save::overwrite_problem((dir / "g.pdf").string(), inputs));
}

TEST_CASE("not_pdf_problem: an existing file that is not a PDF is refused, a PDF or an empty file is not") {
  const fs::path dir = scratch_dir("not-a-pdf");
  const std::string data = (dir / "guide-zh.yaml").string();
  std::ofstream(data) << "title: x\n";
  const std::vector<save::InputFile> inputs{{"", data}};
  // Another guide, a short text, a document: each would be destroyed.
  std::ofstream(dir / "guide-en.yaml") << "title: English\n";
  std::ofstream(dir / "note.txt") << "hi";
  std::ofstream(dir / "report.docx") << "PK\x03\x04";
  for (const char* name : {"guide-en.yaml", "note.txt", "report.docx"}) {
    const std::string output = (dir / name).string();
    CHECK_FALSE(save::overwrite_problem(output, inputs));
    const auto problem = save::not_pdf_problem(output, data);
    REQUIRE(problem);
    CHECK(messages::english(*problem) == "-o " + output +
                                             " is a file that is not a PDF; writing the PDF there would destroy it "
                                             "(did you mean -o " + (dir / "guide-zh.pdf").string() + "?)");
  }
  std::ofstream(dir / "old.pdf") << "%PDF-1.5\n%...";
  std::ofstream(dir / "empty.pdf");
  CHECK_FALSE(save::not_pdf_problem((dir / "old.pdf").string(), data));
  CHECK_FALSE(save::not_pdf_problem((dir / "empty.pdf").string(), data));
  CHECK_FALSE(save::not_pdf_problem((dir / "new.pdf").string(), data));
  CHECK_FALSE(save::not_pdf_problem(dir.string(), data));  // a folder: the write refuses it
}

TEST_CASE("write_file_atomically: an existing file keeps its mode") {
  const fs::path dir = scratch_dir("keep-mode");
  const std::string target = (dir / "private.pdf").string();
  save::write_file_atomically(target, bytes("old"), false);
  REQUIRE(::chmod(target.c_str(), 0600) == 0);
  save::write_file_atomically(target, bytes("new"), false);
  struct stat info {};
  REQUIRE(::stat(target.c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("write_file_atomically: a 255-byte file name is written, the link to it kept") {
  const fs::path dir = scratch_dir("long-name");
  const std::string name = std::string(251, 'g') + ".pdf";
  save::write_file_atomically((dir / name).string(), bytes("x"), false);
  CHECK(read_file(dir / name) == "x");
  fs::create_symlink(name, dir / "link.pdf");
  save::write_file_atomically((dir / "link.pdf").string(), bytes("y"), false);
  CHECK(fs::is_symlink(dir / "link.pdf"));
  CHECK(read_file(dir / name) == "y");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 2);
}

