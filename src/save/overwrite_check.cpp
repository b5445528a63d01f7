#include "save/overwrite_check.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>

#include <fmt/format.h>

namespace careerguide::save {
namespace {

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

/// True when the regular file `path`, of `size` bytes, holds something other
/// than a PDF: it does not start with "%PDF-". A file that cannot be read is
/// left to the write, which says why it fails.
bool holds_other_than_pdf(const std::string& path, off_t size) {
  if (size == 0) return false;
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return false;
  char head[5] = {};
  const ssize_t read = ::read(fd, head, sizeof head);
  ::close(fd);
  return read >= 0 && (read < 5 || std::memcmp(head, "%PDF-", 5) != 0);
}

}  // namespace

std::optional<messages::Message> overwrite_problem(const std::string& output,
                                             const std::vector<InputFile>& inputs) {
  struct stat target {};
  if (::stat(output.c_str(), &target) != 0) return std::nullopt;  // nothing there to destroy
  std::string data;
  for (const InputFile& input : inputs) {
    if (input.font_key.empty()) data = input.path;
  }
  for (const InputFile& input : inputs) {
    struct stat info {};
    if (::stat(input.path.c_str(), &info) != 0) continue;
    if (info.st_dev != target.st_dev || info.st_ino != target.st_ino) continue;
    const std::string suggestion = suggested_output(output, data);
    if (input.font_key.empty())
      return messages::message(messages::MessageId::kOutputIsData,
                               {{"output", output}, {"path", input.path}, {"suggestion", suggestion}});
    return messages::message(messages::MessageId::kOutputIsFont,
                             {{"output", output}, {"key", input.font_key}, {"path", input.path},
                              {"suggestion", suggestion}});
  }
  return std::nullopt;
}

std::optional<messages::Message> not_pdf_problem(const std::string& output, const std::string& data) {
  struct stat target {};
  if (::stat(output.c_str(), &target) != 0 || !S_ISREG(target.st_mode)) return std::nullopt;
  if (!holds_other_than_pdf(output, target.st_size)) return std::nullopt;
  return messages::message(messages::MessageId::kOutputNotPdf,
                           {{"output", output}, {"suggestion", suggested_output(output, data)}});
}

}  // namespace careerguide::save
