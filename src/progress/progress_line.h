#pragma once
// The progress line: on a terminal, a run that takes longer than about a
// second shows one updating line on stderr (pages laid out, pages drawn,
// bytes written), cleared when the run ends. Nothing when stderr is not a
// terminal or with --quiet: the caller decides with `enabled`.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <ostream>
#include <string>
#include <thread>

namespace careerguide::progress {

class Progress {
 public:
  /// Shows nothing unless `enabled`; then the line first appears `delay`
  /// after construction, and is redrawn a few times a second.
  Progress(std::ostream& err, bool enabled, std::chrono::milliseconds delay);
  /// Stops the redrawing and clears the line, if one was shown.
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  /// Layout finished `pages` more pages; any thread may call it.
  void laid_out(std::size_t pages) { laid_out_.fetch_add(pages, std::memory_order_relaxed); }
  /// `done` of `total` pages are drawn into the PDF.
  void drawn(std::size_t done, std::size_t total);
  /// The file of `bytes` is being written to `path`.
  void writing(std::size_t bytes, const std::string& path);
  /// Clears the line now, before the run's own output.
  void finish();

  /// The one-second default, or CAREERGUIDE_PROGRESS_AFTER_MS (a test hook)
  /// when it holds a number of milliseconds.
  static std::chrono::milliseconds delay_from_environment();

 private:
  enum class Phase { kLayout, kDrawing, kWriting };
  std::string line() const;
  void show();  // under mutex_
  void tick();

  std::ostream& err_;
  const bool enabled_;
  const std::chrono::steady_clock::time_point show_from_;
  std::atomic<std::size_t> laid_out_{0};
  std::atomic<std::size_t> drawn_{0};
  std::atomic<std::size_t> total_pages_{0};
  std::atomic<Phase> phase_{Phase::kLayout};
  std::size_t bytes_ = 0;  // under mutex_
  std::string path_;       // under mutex_
  bool shown_ = false;     // under mutex_
  bool stopping_ = false;  // under mutex_
  std::mutex mutex_;
  std::condition_variable wake_;
  std::thread ticker_;
};

}  // namespace careerguide::progress
