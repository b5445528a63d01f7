#include "watch/file_watcher.h"

#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

namespace careerguide::watch {
namespace {

namespace fs = std::filesystem;
using messages::message;
using messages::MessageId;

// Every way a file in a watched folder can change: written in place (MODIFY,
// CLOSE_WRITE), replaced by a rename (MOVED_TO) or a new file (CREATE),
// removed or renamed away (DELETE, MOVED_FROM), or touched (ATTRIB: `touch`,
// and a changed mode). ONLYDIR: a folder that became a file is an error.
constexpr std::uint32_t kFolderEvents = IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE |
                                        IN_MOVED_FROM | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;

// How long a file written to and not closed may stay silent before the
// wait ends anyway (a program that truncates a file without opening it, or
// keeps it open): longer than a slow writer's pause between its writes.
constexpr std::chrono::milliseconds kUnclosedQuiet{1000};

sigset_t stop_signals() {
  sigset_t set;
  sigemptyset(&set);
  for (const int signal : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&set, signal);
  return set;
}

[[noreturn]] void fail_to_start(int error) {
  throw WatchError(message(MessageId::kWatchCannotStart, {{"reason", std::strerror(error)}}));
}

/// The folder and name a path's changes show up under: its parent, made
/// absolute so that two spellings of one folder share a watch. When the
/// parent does not exist (fonts/ before it is made), the nearest folder that
/// does, and the name of the missing folder in it: its creation is a change.
std::pair<fs::path, std::string> folder_and_name(const fs::path& file) {
  std::error_code error;
  fs::path absolute = fs::absolute(file, error);
  if (error) absolute = file;
  absolute = absolute.lexically_normal();
  if (absolute.has_filename() == false) absolute = absolute.parent_path();
  fs::path folder = absolute.parent_path();
  fs::path name = absolute.filename();
  while (folder.has_relative_path() && !fs::is_directory(folder, error)) {
    name = folder.filename();
    folder = folder.parent_path();
  }
  return {folder, name.string()};
}

}  // namespace

FileWatcher::FileWatcher() {
  inotify_fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (inotify_fd_ < 0) fail_to_start(errno);
  const sigset_t stops = stop_signals();
  previous_mask_.resize(sizeof(sigset_t));
  ::sigprocmask(SIG_BLOCK, &stops, reinterpret_cast<sigset_t*>(previous_mask_.data()));
  signal_fd_ = ::signalfd(-1, &stops, SFD_NONBLOCK | SFD_CLOEXEC);
  if (signal_fd_ < 0) {
    const int error = errno;
    ::close(inotify_fd_);
    ::sigprocmask(SIG_SETMASK, reinterpret_cast<const sigset_t*>(previous_mask_.data()), nullptr);
    fail_to_start(error);
  }
}

FileWatcher::~FileWatcher() {
  ::close(inotify_fd_);
  ::close(signal_fd_);
  ::sigprocmask(SIG_SETMASK, reinterpret_cast<const sigset_t*>(previous_mask_.data()), nullptr);
}

void FileWatcher::add_folder(const fs::path& folder) {
  if (std::any_of(folders_.begin(), folders_.end(), [&](const auto& entry) { return entry.second == folder; }))
    return;
  const int wd = ::inotify_add_watch(inotify_fd_, folder.c_str(), kFolderEvents);
  if (wd < 0) {
    const int error = errno;
    if (error == ENOSPC)
      throw WatchError(message(MessageId::kWatchLimitReached, {{"folder", folder.string()}}));
    throw WatchError(
        message(MessageId::kWatchFolderFailed, {{"folder", folder.string()}, {"reason", std::strerror(error)}}));
  }
  folders_[wd] = folder;
}

void FileWatcher::watch(const std::vector<fs::path>& files) {
  std::set<std::pair<fs::path, std::string>> wanted;
  for (const fs::path& file : files) {
    wanted.insert(folder_and_name(file));
    std::error_code error;
    if (fs::is_symlink(file, error)) {
      const fs::path target = fs::weakly_canonical(file, error);
      if (!error) wanted.insert(folder_and_name(target));
    }
  }
  // Folders no longer needed are dropped; those still needed keep their
  // watch, so a change made during the render just ended is still queued
  // and ends the next wait at once.
  for (auto entry = folders_.begin(); entry != folders_.end();) {
    const bool needed = std::any_of(wanted.begin(), wanted.end(),
                                    [&](const auto& file) { return file.first == entry->second; });
    if (needed) {
      ++entry;
      continue;
    }
    ::inotify_rm_watch(inotify_fd_, entry->first);
    entry = folders_.erase(entry);
  }
  for (const auto& [folder, name] : wanted) add_folder(folder);
  files_ = std::move(wanted);
}

bool FileWatcher::read_events() {
  bool relevant = false;
  alignas(inotify_event) char buffer[16 * 1024];
  for (;;) {
    const ssize_t n = ::read(inotify_fd_, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // EAGAIN: nothing more queued
    for (ssize_t offset = 0; offset < n;) {
      const auto* event = reinterpret_cast<const inotify_event*>(buffer + offset);
      offset += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
      if (event->mask & IN_Q_OVERFLOW) {  // events were lost: assume every file changed
        for (const auto& [folder, name] : files_) changed_.insert(folder / name);
        relevant = !files_.empty();
        continue;
      }
      const auto folder = folders_.find(event->wd);
      if (folder == folders_.end()) continue;
      if (event->mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED)) {
        // The folder itself went away: each of its files counts as changed
        // (the render will say which is missing), and the next watch()
        // watches the folder again, or fails if it is gone for good.
        for (const auto& [watched_folder, name] : files_) {
          if (watched_folder != folder->second) continue;
          changed_.insert(watched_folder / name);
          relevant = true;
        }
        if (!(event->mask & IN_IGNORED)) ::inotify_rm_watch(inotify_fd_, folder->first);
        folders_.erase(folder);
        continue;
      }
      if (event->len == 0) continue;
      const std::string name(event->name);
      if (files_.count({folder->second, name}) == 0) continue;
      const fs::path file = folder->second / name;
      changed_.insert(file);
      // Written to and not yet closed: an editor (or `>` in a shell) that
      // truncated the file may not have written all of it yet.
      if (event->mask & IN_MODIFY) being_written_.insert(file);
      if (event->mask & (IN_CLOSE_WRITE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO)) being_written_.erase(file);
      relevant = true;
    }
  }
  return relevant;
}

bool FileWatcher::stop_requested() {
  bool stop = false;
  signalfd_siginfo info{};
  for (;;) {
    const ssize_t n = ::read(signal_fd_, &info, sizeof info);
    if (n < 0 && errno == EINTR) continue;
    if (n != static_cast<ssize_t>(sizeof info)) break;
    stop = true;
  }
  return stop;
}

Wake FileWatcher::wait(std::chrono::milliseconds quiet, std::optional<std::chrono::milliseconds> limit) {
  using Clock = std::chrono::steady_clock;
  const auto give_up = limit ? std::optional(Clock::now() + *limit) : std::nullopt;
  changed_.clear();
  being_written_.clear();
  bool changed = false;
  for (;;) {
    // Before a change: wait until the limit, if any. After one: until
    // `quiet` has passed without another.
    int timeout = -1;
    if (changed) timeout = static_cast<int>((being_written_.empty() ? quiet : kUnclosedQuiet).count());
    if (give_up) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*give_up - Clock::now()).count();
      timeout = timeout < 0 ? static_cast<int>(std::max<long long>(left, 0))
                            : std::min(timeout, static_cast<int>(std::max<long long>(left, 0)));
    }
    pollfd fds[2] = {{signal_fd_, POLLIN, 0}, {inotify_fd_, POLLIN, 0}};
    const int ready = ::poll(fds, 2, timeout);
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) throw WatchError(message(MessageId::kWatchCannotStart, {{"reason", std::strerror(errno)}}));
    if (fds[0].revents != 0 && stop_requested()) return Wake::kStop;
    if (ready == 0) {
      if (changed) return Wake::kChanged;
      if (give_up && Clock::now() >= *give_up) return Wake::kTimeout;
      continue;
    }
    if (fds[1].revents != 0 && read_events()) changed = true;
  }
}

}  // namespace careerguide::watch
