#pragma once
// --watch: waiting until one of the guide's files changes, or until the user
// stops (Ctrl-C). Linux inotify on the folders that hold the files, so that
// an editor that saves by writing a new file and renaming it over the old one
// is seen as well as one that truncates the file and writes it again; the stop
// signals arrive through a signalfd, so that a render is never interrupted.

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "messages/message.h"

namespace careerguide::watch {

/// The files cannot be watched (no inotify, a folder gone, the system's
/// limit of watches reached); cli maps it to exit code 3.
class WatchError : public messages::MessageError {
 public:
  using messages::MessageError::MessageError;
};

/// What ended a wait.
enum class Wake {
  kChanged,  ///< a watched file was written, replaced, created or removed
  kStop,     ///< SIGINT (Ctrl-C), SIGTERM or SIGHUP arrived
  kTimeout,  ///< the wait's limit passed first (tests use it)
};

class FileWatcher {
 public:
  /// Starts an inotify instance and takes SIGINT, SIGTERM and SIGHUP from
  /// the process (blocked, read through a signalfd) until destroyed, so a
  /// Ctrl-C during a render lets the render and its atomic save finish.
  /// Threads started later inherit the blocked mask. Throws WatchError.
  FileWatcher();
  ~FileWatcher();
  FileWatcher(const FileWatcher&) = delete;
  FileWatcher& operator=(const FileWatcher&) = delete;

  /// Watches exactly `files` from now on (the earlier set is dropped). A
  /// file need not exist: its folder is watched for it to appear. A symbolic
  /// link is watched as itself and as the file it leads to. Throws
  /// WatchError when a folder cannot be watched.
  void watch(const std::vector<std::filesystem::path>& files);

  /// Waits for a change of a watched file, then until no further change
  /// comes for `quiet` (an editor's save is several events, a copy of a large
  /// font many), so that one save makes one render; while a changed file is
  /// still open for writing (modified, not yet closed), until it is closed
  /// or a second passes without an event. Or waits for a stop signal,
  /// which wins over changes. Gives up after `limit` when one is given.
  Wake wait(std::chrono::milliseconds quiet,
            std::optional<std::chrono::milliseconds> limit = std::nullopt);

  /// The watched files whose change ended the last wait, in name order.
  const std::set<std::filesystem::path>& changed() const { return changed_; }

 private:
  /// Reads every queued event; true when one concerns a watched file.
  bool read_events();
  /// Reads the signalfd; true when a stop signal arrived.
  bool stop_requested();
  void add_folder(const std::filesystem::path& folder);

  int inotify_fd_ = -1;
  int signal_fd_ = -1;
  std::vector<unsigned char> previous_mask_;  ///< a sigset_t, restored on destruction
  std::map<int, std::filesystem::path> folders_;  ///< watch descriptor → folder
  std::set<std::pair<std::filesystem::path, std::string>> files_;  ///< (folder, name)
  std::set<std::filesystem::path> changed_;
  std::set<std::filesystem::path> being_written_;  ///< modified and not yet closed
};

}  // namespace careerguide::watch
