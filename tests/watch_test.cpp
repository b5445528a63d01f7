#include <doctest/doctest.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>

#include "watch/file_watcher.h"

using careerguide::watch::FileWatcher;
using careerguide::watch::Wake;
namespace fs = std::filesystem;
using std::chrono::milliseconds;

namespace {

// Long enough that a change has arrived on a loaded machine; a change
// ends the wait at once (after the quiet time), so passing tests never wait it.
constexpr milliseconds kHangGuard{10'000};
constexpr milliseconds kQuiet{20};

/// A folder of the test's own under the system's temporary folder, removed
/// with it.
struct Scratch {
  fs::path folder;
  Scratch() {
    std::string pattern = (fs::temp_directory_path() / "careerguide-watch-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    folder = pattern;
  }
  ~Scratch() { fs::remove_all(folder); }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;

  /// Writes `text` to `name`, in place (truncate, then write).
  fs::path write(const std::string& name, const std::string& text) const {
    std::ofstream(folder / name, std::ios::binary | std::ios::trunc) << text;
    return folder / name;
  }
};

/// A scratch folder holding guide.yaml, watched.
struct WatchedGuide {
  Scratch scratch;
  fs::path guide = scratch.write("guide.yaml", "title: one\n");
  FileWatcher watcher;
  WatchedGuide() { watcher.watch({guide}); }
};

/// How the watcher names a file: absolute, normalised.
fs::path as_watched(const fs::path& file) { return fs::absolute(file).lexically_normal(); }

}  // namespace

TEST_CASE("FileWatcher: a save that writes a new file and renames it over the old one is a change") {
  WatchedGuide watched;
  auto& [scratch, guide, watcher] = watched;
  const fs::path temporary = scratch.write(".guide.yaml.swp", "title: two\n");
  fs::rename(temporary, guide);
  CHECK(watcher.wait(kQuiet, kHangGuard) == Wake::kChanged);
  CHECK(watcher.changed() == std::set<fs::path>{as_watched(guide)});
  // The new file is watched as well as the old one was: a second save is seen.
  scratch.write("guide.yaml", "title: three\n");
  CHECK(watcher.wait(kQuiet, kHangGuard) == Wake::kChanged);
}

TEST_CASE("FileWatcher: a save that truncates the file and writes it again is one change") {
  WatchedGuide watched;
  auto& [scratch, guide, watcher] = watched;
  {
    std::ofstream out(guide, std::ios::trunc);
    out << "title: ";
    out.flush();
    out << "two\n";
  }
  CHECK(watcher.wait(kQuiet, kHangGuard) == Wake::kChanged);
  CHECK(watcher.changed() == std::set<fs::path>{as_watched(guide)});
  // Every event of that save was taken by the wait: nothing is left over.
  CHECK(watcher.wait(kQuiet, milliseconds(200)) == Wake::kTimeout);
}

TEST_CASE("FileWatcher: a file written in pauses longer than the quiet time is waited for until it is closed") {
  WatchedGuide watched;
  auto& [scratch, guide, watcher] = watched;
  std::thread writer([&guide = guide] {
    std::ofstream out(guide, std::ios::trunc);
    out << "title: ";
    out.flush();
    std::this_thread::sleep_for(kQuiet * 10);
    out << "two\n";
  });
  const Wake wake = watcher.wait(kQuiet, kHangGuard);
  std::ifstream in(guide);  // what a render starting now would read
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  writer.join();
  CHECK(wake == Wake::kChanged);
  CHECK(text == "title: two\n");
}

TEST_CASE("FileWatcher: a file created after the watch started is a change, in a folder not yet made too") {
  const Scratch scratch;
  const fs::path font = scratch.folder / "fonts" / "Regular.ttf";
  FileWatcher watcher;
  watcher.watch({scratch.folder / "later.yaml", font});
  scratch.write("later.yaml", "title: late\n");
  CHECK(watcher.wait(kQuiet, kHangGuard) == Wake::kChanged);
  CHECK(watcher.changed() == std::set<fs::path>{as_watched(scratch.folder / "later.yaml")});
  fs::create_directory(scratch.folder / "fonts");
  CHECK(watcher.wait(kQuiet, kHangGuard) == Wake::kChanged);
}

TEST_CASE("FileWatcher: a removed file is a change") {
  WatchedGuide watched;
  auto& [scratch, guide, watcher] = watched;
  fs::remove(guide);
  CHECK(watcher.wait(kQuiet, kHangGuard) == Wake::kChanged);
  CHECK(watcher.changed() == std::set<fs::path>{as_watched(guide)});
}

TEST_CASE("FileWatcher: a wait with a limit and no change times out, and other files of the folder are no change") {
  WatchedGuide watched;
  auto& [scratch, guide, watcher] = watched;
  scratch.write("guide.pdf", "%PDF-1.7\n");  // the output beside the data, say
  CHECK(watcher.wait(kQuiet, milliseconds(200)) == Wake::kTimeout);
  CHECK(watcher.changed().empty());
}

TEST_CASE("FileWatcher: SIGINT or SIGTERM sent to the process ends the wait with kStop") {
  const Scratch scratch;
  const fs::path guide = scratch.write("guide.yaml", "title: one\n");
  for (const int signal : {SIGINT, SIGTERM}) {
    CAPTURE(signal);
    FileWatcher watcher;
    watcher.watch({guide});
    REQUIRE(::kill(::getpid(), signal) == 0);  // blocked while the watcher lives: it waits in the signalfd
    CHECK(watcher.wait(kQuiet, kHangGuard) == Wake::kStop);
  }
  // The watcher gave the signals back: they are no longer blocked.
  sigset_t blocked;
  sigemptyset(&blocked);
  ::sigprocmask(SIG_BLOCK, nullptr, &blocked);
  CHECK_FALSE(sigismember(&blocked, SIGINT));
  CHECK_FALSE(sigismember(&blocked, SIGTERM));
}

TEST_CASE("FileWatcher: a stop wins over a change that came before it") {
  WatchedGuide watched;
  auto& [scratch, guide, watcher] = watched;
  scratch.write("guide.yaml", "title: two\n");
  REQUIRE(::kill(::getpid(), SIGINT) == 0);
  CHECK(watcher.wait(kQuiet, kHangGuard) == Wake::kStop);
}
