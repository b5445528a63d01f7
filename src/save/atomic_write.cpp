#include "save/atomic_write.h"

#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <optional>
#include <system_error>

namespace careerguide::save {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& path, messages::Message what, int error) {
  throw OutputError(messages::message(
      messages::MessageId::kCannotWrite,
      {{"file", path}, {"what", std::move(what)}, {"reason", std::strerror(error)}}));
}

// Holds SIGINT, SIGTERM, SIGHUP, SIGQUIT and SIGPIPE back from creating the
// temporary file until it is renamed or removed: a Ctrl-C during the save
// takes effect only then, so it never leaves a temporary file behind.
// Declared before the TemporaryFile, so it is released after the clean-up.
class SignalHold {
 public:
  SignalHold() {
    sigset_t held;
    sigemptyset(&held);
    for (const int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE}) sigaddset(&held, signal);
    ::sigprocmask(SIG_BLOCK, &held, &previous_);
  }
  ~SignalHold() { ::sigprocmask(SIG_SETMASK, &previous_, nullptr); }
  SignalHold(const SignalHold&) = delete;
  SignalHold& operator=(const SignalHold&) = delete;

 private:
  sigset_t previous_{};
};

// Removes the temporary file unless the write was committed.
class TemporaryFile {
 public:
  explicit TemporaryFile(std::string pattern) : path_(std::move(pattern)) {
    fd_ = ::mkostemp(path_.data(), O_CLOEXEC);
    created_ = fd_ >= 0;
  }
  ~TemporaryFile() {
    if (fd_ >= 0) ::close(fd_);
    if (created_ && !committed_) ::unlink(path_.c_str());
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  int fd() const { return fd_; }
  const std::string& path() const { return path_; }
  bool open() const { return fd_ >= 0; }
  int close() {
    const int result = ::close(fd_);
    fd_ = -1;
    return result;
  }
  void commit() { committed_ = true; }

 private:
  std::string path_;
  int fd_ = -1;
  bool created_ = false;
  bool committed_ = false;
};

/// The path written: `path` itself, or for a symbolic link the file it
/// points to (so the link stays and points to the new PDF).
std::string resolve_target(const std::string& path) {
  std::error_code error;
  if (!fs::is_symlink(fs::symlink_status(path, error))) return path;
  const fs::path target = fs::canonical(path, error);
  if (error)
    throw OutputError(messages::message(messages::MessageId::kOutputDanglingLink,
                                        {{"file", path}, {"target", fs::read_symlink(path, error).string()}}));
  return target.string();
}

/// The existing target's status, or nullopt when there is none yet.
std::optional<struct stat> check_target(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return std::nullopt;
  if (!S_ISREG(info.st_mode))
    throw OutputError(messages::message(S_ISDIR(info.st_mode) ? messages::MessageId::kOutputIsFolder
                                                              : messages::MessageId::kOutputNotRegular,
                                        {{"file", path}}));
  return info;
}

mode_t default_file_mode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return static_cast<mode_t>(0666 & ~mask);
}

/// Gives the new file the old file's mode (and, as root, its owner), or
/// 0666 less the umask when there was none. File systems without Unix
/// permissions (vfat, exFAT, SMB) refuse these calls: that never fails the
/// save, the file simply gets what the mount gives it.
void set_permissions(int fd, const std::optional<struct stat>& old) {
  if (!old) {
    (void)::fchmod(fd, default_file_mode());
    return;
  }
  if (::geteuid() == 0) (void)::fchown(fd, old->st_uid, old->st_gid);
  (void)::fchmod(fd, old->st_mode & 07777);
}

/// `.NAME.XXXXXX` beside the target, or the shorter `.careerguide.XXXXXX`
/// when a long NAME would make the temporary name exceed NAME_MAX.
std::string temporary_pattern(const fs::path& folder, const std::string& name) {
  const std::string own = "." + name + ".XXXXXX";
  const std::string leaf = own.size() <= NAME_MAX ? own : std::string(".careerguide.XXXXXX");
  return ((folder.empty() ? fs::path(".") : folder) / leaf).string();
}

void write_all(int fd, std::span<const std::uint8_t> bytes, const std::string& path) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail(path, messages::message(messages::MessageId::kWritingFailed), n < 0 ? errno : ENOSPC);
    done += static_cast<std::size_t>(n);
  }
}

void sync_folder(const fs::path& folder) {
  const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;  // the rename is done; a folder we cannot open cannot be synced
  ::fsync(fd);
  ::close(fd);
}

void create_folder(const std::string& path, const fs::path& folder) {
  std::error_code error;
  fs::create_directories(folder, error);
  if (error) fail(path, messages::message(messages::MessageId::kCannotCreateFolder, {{"folder", folder.string()}}),
                  error.value());
}

}  // namespace

void write_file_atomically(const std::string& requested, std::span<const std::uint8_t> bytes,
                           bool create_parent) {
  const std::string path = resolve_target(requested);
  const fs::path target(path);
  const fs::path folder = target.parent_path();
  if (create_parent && !folder.empty()) create_folder(requested, folder);
  const std::optional<struct stat> old = check_target(path);
  const SignalHold hold;
  TemporaryFile temp(temporary_pattern(folder, target.filename().string()));
  if (!temp.open())
    fail(requested,
         messages::message(messages::MessageId::kCannotCreateTemporary,
                           {{"folder", folder.empty() ? std::string(".") : folder.string()}}),
         errno);
  set_permissions(temp.fd(), old);
  write_all(temp.fd(), bytes, requested);
  if (::fsync(temp.fd()) != 0) fail(requested, messages::message(messages::MessageId::kFlushFailed), errno);
  if (temp.close() != 0) fail(requested, messages::message(messages::MessageId::kCloseFailed), errno);
  check_target(path);
  if (::rename(temp.path().c_str(), path.c_str()) != 0) fail(requested, messages::message(messages::MessageId::kCannotReplace), errno);
  temp.commit();
  sync_folder(folder);
}

}  // namespace careerguide::save
