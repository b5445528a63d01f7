#include "progress/progress_line.h"

#include <cstdlib>

#include <fmt/format.h>

namespace careerguide::progress {
namespace {

constexpr std::chrono::milliseconds kDefaultDelay{1000};
constexpr std::chrono::milliseconds kRedraw{200};

/// "10,420": thousands separated, as people read page counts.
std::string grouped(std::size_t n) {
  std::string digits = std::to_string(n);
  for (std::ptrdiff_t at = static_cast<std::ptrdiff_t>(digits.size()) - 3; at > 0; at -= 3)
    digits.insert(static_cast<std::size_t>(at), ",");
  return digits;
}

}  // namespace

Progress::Progress(std::ostream& err, bool enabled, std::chrono::milliseconds delay)
    : err_(err), enabled_(enabled), show_from_(std::chrono::steady_clock::now() + delay) {
  if (enabled_) ticker_ = std::thread([this] { tick(); });
}

Progress::~Progress() { finish(); }

void Progress::drawn(std::size_t done, std::size_t total) {
  total_pages_.store(total, std::memory_order_relaxed);
  drawn_.store(done, std::memory_order_relaxed);
  const Phase before = phase_.exchange(Phase::kDrawing, std::memory_order_relaxed);
  // The first and the last page are shown at once, whatever the redraw
  // cadence; the ones between at the next redraw.
  if (!enabled_ || (before == Phase::kDrawing && done != total)) return;
  std::lock_guard lock(mutex_);
  if (!stopping_ && std::chrono::steady_clock::now() >= show_from_) show();
}

void Progress::writing(std::size_t bytes, const std::string& path) {
  if (!enabled_) return;
  std::lock_guard lock(mutex_);
  bytes_ = bytes;
  path_ = path;
  phase_.store(Phase::kWriting, std::memory_order_relaxed);
  // The save is one step: show it now rather than at the next redraw.
  if (!stopping_ && std::chrono::steady_clock::now() >= show_from_) show();
}

void Progress::finish() {
  if (!enabled_) return;
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return;
    stopping_ = true;
    if (shown_) err_ << "\r\x1b[K" << std::flush;
  }
  wake_.notify_all();
  ticker_.join();
}

std::string Progress::line() const {
  switch (phase_.load(std::memory_order_relaxed)) {
    case Phase::kLayout:
      return fmt::format("careerguide: laying out pages: {} done", grouped(laid_out_.load(std::memory_order_relaxed)));
    case Phase::kDrawing:
      return fmt::format("careerguide: drawing pages: {} of {}", grouped(drawn_.load(std::memory_order_relaxed)),
                         grouped(total_pages_.load(std::memory_order_relaxed)));
    case Phase::kWriting:
      return fmt::format("careerguide: writing {:.1f} MB to {}", static_cast<double>(bytes_) / 1e6, path_);
  }
  return {};
}

void Progress::show() {
  err_ << '\r' << line() << "\x1b[K" << std::flush;
  shown_ = true;
}

void Progress::tick() {
  std::unique_lock lock(mutex_);
  wake_.wait_until(lock, show_from_, [this] { return stopping_; });
  while (!stopping_) {
    show();
    wake_.wait_for(lock, kRedraw, [this] { return stopping_; });
  }
}

std::chrono::milliseconds Progress::delay_from_environment() {
  const char* value = std::getenv("CAREERGUIDE_PROGRESS_AFTER_MS");
  if (value == nullptr || *value == 0) return kDefaultDelay;
  char* end = nullptr;
  const long milliseconds = std::strtol(value, &end, 10);
  if (*end != 0 || milliseconds < 0) return kDefaultDelay;
  return std::chrono::milliseconds(milliseconds);
}

}  // namespace careerguide::progress
