#include "load/data_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string_view>


namespace careerguide::load {
namespace {

messages::MessageId kind_of(mode_t mode) {
  if (S_ISFIFO(mode)) return messages::MessageId::kAFifo;
  if (S_ISSOCK(mode)) return messages::MessageId::kASocket;
  if (S_ISCHR(mode) || S_ISBLK(mode)) return messages::MessageId::kADevice;
  return messages::MessageId::kNotARegularFile;
}

}  // namespace

std::optional<messages::Message> non_regular_data_problem(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return std::nullopt;
  struct stat info {};
  const bool known = ::fstat(fd, &info) == 0;
  ::close(fd);
  if (!known || S_ISREG(info.st_mode) || S_ISDIR(info.st_mode)) return std::nullopt;
  return messages::message(messages::MessageId::kDataNotRegular,
                           {{"file", path}, {"kind", messages::message(kind_of(info.st_mode))}});
}

}  // namespace careerguide::load
