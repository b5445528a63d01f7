// The file libharu saves: held in memory, or past a size in an unnamed
// temporary file, and given back whole either way; a temporary file that
// cannot be made or written never loses a byte.
#include <doctest/doctest.h>

#include <csignal>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <sys/resource.h>
#include <unistd.h>

#include "pdf/saved_file.h"

using careerguide::pdf::SavedFile;
namespace fs = std::filesystem;

namespace {

/// `size` bytes that differ from byte to byte and from run to run of 251.
std::vector<std::uint8_t> pattern(std::size_t size) {
  std::vector<std::uint8_t> bytes(size);
  for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<std::uint8_t>((i * 7 + i / 251) % 256);
  return bytes;
}

/// Appends `bytes` in uneven chunks, as libharu writes (a few bytes to a
/// font program at a time).
void append_unevenly(SavedFile& file, const std::vector<std::uint8_t>& bytes) {
  std::size_t at = 0;
  for (std::size_t step = 1; at < bytes.size(); step = step * 3 % 70001 + 1) {
    const std::size_t n = std::min(step, bytes.size() - at);
    file.append(bytes.data() + at, n);
    at += n;
  }
}

struct TempFolder {
  fs::path path;
  TempFolder() {
    char name[] = "/tmp/careerguide-saved-XXXXXX";
    REQUIRE(::mkdtemp(name) != nullptr);
    path = name;
  }
  ~TempFolder() { fs::remove_all(path); }
  std::size_t entries() const { return static_cast<std::size_t>(std::distance(fs::directory_iterator(path), {})); }
};

}  // namespace

TEST_CASE("SavedFile: without a folder the file stays in memory and comes back whole") {
  const std::vector<std::uint8_t> bytes = pattern(3 << 20);
  SavedFile file;
  append_unevenly(file, bytes);
  CHECK_FALSE(file.spilled());
  CHECK(file.size() == bytes.size());
  const std::vector<std::uint8_t> joined = std::move(file).join(1000);
  CHECK(joined == bytes);
  CHECK(joined.capacity() >= bytes.size() + 1000);
}

TEST_CASE("SavedFile: past its size the file goes to an unnamed file in the folder and comes back whole") {
  const TempFolder folder;
  const std::vector<std::uint8_t> bytes = pattern(5 << 20);
  SavedFile file(folder.path, 1 << 20);
  append_unevenly(file, bytes);
  CHECK(file.spilled());
  CHECK(folder.entries() == 0);  // unnamed: nothing to see, nothing left after a crash
  SavedFile moved = std::move(file);
  CHECK(moved.spilled());
  const std::vector<std::uint8_t> joined = std::move(moved).join(4096);
  CHECK(joined == bytes);
  CHECK(joined.capacity() >= bytes.size() + 4096);
  CHECK(folder.entries() == 0);
}

TEST_CASE("SavedFile: under its size nothing is spilled") {
  const TempFolder folder;
  const std::vector<std::uint8_t> bytes = pattern(1 << 20);
  SavedFile file(folder.path, 2 << 20);
  append_unevenly(file, bytes);
  CHECK_FALSE(file.spilled());
  CHECK(std::move(file).join() == bytes);
}

TEST_CASE("SavedFile: a folder where no file can be made keeps the file in memory") {
  const std::vector<std::uint8_t> bytes = pattern(3 << 20);
  for (const fs::path& folder : {fs::path("/nonexistent/careerguide"), fs::path("/proc/self")}) {
    CAPTURE(folder);
    SavedFile file(folder, 1 << 20);
    append_unevenly(file, bytes);
    CHECK_FALSE(file.spilled());
    CHECK(std::move(file).join() == bytes);
  }
}

TEST_CASE("SavedFile: a temporary file that fills up gives its bytes back to memory") {
  // A file-size limit stands for a full disk: writes past it fail (EFBIG).
  const TempFolder folder;
  const std::vector<std::uint8_t> bytes = pattern(6 << 20);
  rlimit old{};
  REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
  const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  rlimit limited = old;
  limited.rlim_cur = 3 << 20;
  REQUIRE(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
  SavedFile file(folder.path, 1 << 20);
  append_unevenly(file, bytes);
  const bool spilled = file.spilled();
  const std::vector<std::uint8_t> joined = std::move(file).join();
  ::setrlimit(RLIMIT_FSIZE, &old);
  std::signal(SIGXFSZ, old_handler);
  CHECK_FALSE(spilled);
  CHECK(joined == bytes);
}
