#include "load/data_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string_view>

#include <fmt/format.h>

namespace careerguide::load {
namespace {

std::string_view kind_of(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  return "not a regular file";
}

}  // namespace

std::optional<std::string> non_regular_data_problem(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return std::nullopt;
  struct stat info {};
  const bool known = ::fstat(fd, &info) == 0;
  ::close(fd);
  if (!known || S_ISREG(info.st_mode) || S_ISDIR(info.st_mode)) return std::nullopt;
  return fmt::format("cannot read {}: it is {}, not a data file; give a regular file", path,
                     kind_of(info.st_mode));
}

}  // namespace careerguide::load
