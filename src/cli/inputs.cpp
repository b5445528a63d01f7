#include "cli/inputs.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <charconv>
#include <filesystem>
#include <string_view>

#include <fmt/format.h>

namespace careerguide::cli {
namespace {

std::string_view kind_of(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  return "not a regular file";
}

/// The output name to suggest instead of `output`: the data file's name
/// with .pdf, beside `output`.
std::string suggested_output(const std::string& output, const std::string& data) {
  std::filesystem::path name = std::filesystem::path(data).filename();
  name.replace_extension(".pdf");
  const std::filesystem::path folder = std::filesystem::path(output).parent_path();
  std::string suggestion = (folder / name).string();
  if (suggestion == output) suggestion = (folder / ("guide-" + name.string())).string();
  return suggestion;
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

std::optional<std::string> overwrite_problem(const std::string& output,
                                             const std::vector<InputFile>& inputs) {
  struct stat target {};
  if (::stat(output.c_str(), &target) != 0) return std::nullopt;  // nothing there to destroy
  std::string data;
  for (const InputFile& input : inputs) {
    if (input.what == "the data file") data = input.path;
  }
  for (const InputFile& input : inputs) {
    struct stat info {};
    if (::stat(input.path.c_str(), &info) != 0) continue;
    if (info.st_dev != target.st_dev || info.st_ino != target.st_ino) continue;
    return fmt::format("-o {} is {} {}; writing the PDF there would destroy it (did you mean -o {}?)",
                       output, input.what, input.path, suggested_output(output, data));
  }
  return std::nullopt;
}

std::variant<std::optional<std::int64_t>, std::string> parse_source_date_epoch(const char* value) {
  if (value == nullptr || *value == '\0') return std::optional<std::int64_t>{};
  const std::string_view text(value);
  std::int64_t seconds = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  const bool whole = error == std::errc() && end == text.data() + text.size();
  if (whole && seconds >= 0 && seconds <= kMaxSourceDateEpoch) return std::optional{seconds};
  return fmt::format(
      "SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 from 0 to {} (9999-12-31) "
      "(got \"{}\"); unset it to use the current time",
      kMaxSourceDateEpoch, text);
}

}  // namespace careerguide::cli
