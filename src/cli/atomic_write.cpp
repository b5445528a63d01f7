#include "cli/atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace careerguide::cli {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& path, const std::string& what, int error) {
  throw OutputError("cannot write " + path + ": " + what + " (" + std::strerror(error) + ")");
}

// Removes the temporary file unless the write was committed.
class TemporaryFile {
 public:
  explicit TemporaryFile(std::string pattern) : path_(std::move(pattern)) {
    fd_ = ::mkstemp(path_.data());
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

void check_target(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode))
    throw OutputError("cannot write " + path + ": it exists and is not a regular file" +
                      (S_ISDIR(info.st_mode) ? " (it is a folder)" : ""));
}

mode_t default_file_mode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return static_cast<mode_t>(0666 & ~mask);
}

void write_all(int fd, std::span<const std::uint8_t> bytes, const std::string& path) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail(path, "writing failed", n < 0 ? errno : ENOSPC);
    done += static_cast<std::size_t>(n);
  }
}

void sync_folder(const fs::path& folder) {
  const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return;  // the rename is done; a folder we cannot open cannot be synced
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

void write_file_atomically(const std::string& path, std::span<const std::uint8_t> bytes,
                           bool create_parent) {
  const fs::path target(path);
  const fs::path folder = target.parent_path();
  if (create_parent && !folder.empty()) {
    std::error_code error;
    fs::create_directories(folder, error);
    if (error) fail(path, "cannot create folder " + folder.string(), error.value());
  }
  check_target(path);
  const std::string name = target.filename().string();
  TemporaryFile temp(((folder.empty() ? fs::path(".") : folder) / ("." + name + ".XXXXXX")).string());
  if (!temp.open()) fail(path, "cannot create a temporary file in " + (folder.empty() ? std::string(".") : folder.string()), errno);
  if (::fchmod(temp.fd(), default_file_mode()) != 0) fail(path, "cannot set permissions", errno);
  write_all(temp.fd(), bytes, path);
  if (::fsync(temp.fd()) != 0) fail(path, "flushing to disk failed", errno);
  if (temp.close() != 0) fail(path, "closing failed", errno);
  check_target(path);
  if (::rename(temp.path().c_str(), path.c_str()) != 0) fail(path, "cannot replace the file", errno);
  temp.commit();
  sync_folder(folder);
}

}  // namespace careerguide::cli
