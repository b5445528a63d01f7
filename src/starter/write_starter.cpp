#include "starter/write_starter.h"

#include <filesystem>
#include <span>
#include <system_error>

#include "messages/message.h"
#include "save/atomic_write.h"
#include "starter/starter_texts.h"

namespace careerguide::starter {
namespace {

namespace fs = std::filesystem;
using messages::message;
using messages::MessageId;

constexpr std::string_view kDataModeline = "$schema=../schema.json";
constexpr std::string_view kFolderModeline = "$schema=schema.json";

void refuse_existing(const fs::path& path) {
  std::error_code error;
  // symlink_status: a dangling link is still a name we would overwrite.
  if (fs::symlink_status(path, error).type() != fs::file_type::not_found && !error)
    throw ExistingFile(message(MessageId::kInitFileExists, {{"path", path.string()}}));
}

void create_folder(const fs::path& folder) {
  std::error_code error;
  fs::create_directories(folder, error);
  if (error)
    throw messages::MessageError(
        message(MessageId::kInitFolderFailed, {{"folder", folder.string()}, {"reason", error.message()}}));
  if (!fs::is_directory(folder, error))
    throw messages::MessageError(message(MessageId::kInitNotAFolder, {{"folder", folder.string()}}));
}

void write_text(const fs::path& path, std::string_view text) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  save::write_file_atomically(path.string(), std::span(bytes, text.size()), false);
}

}  // namespace

std::string starter_guide(messages::Language guide_language) {
  std::string guide(guide_language == messages::Language::kEnglish ? english_guide() : chinese_guide());
  // Only the modeline on the first line: the same text elsewhere is prose.
  const std::size_t line_end = guide.find('\n');
  const std::size_t at = guide.find(kDataModeline);
  if (at != std::string::npos && at < line_end) guide.replace(at, kDataModeline.size(), kFolderModeline);
  return guide;
}

StarterFiles write_starter(const std::string& folder, messages::Language guide_language) {
  const fs::path root(folder.empty() ? "." : folder);
  const fs::path guide = root / "guide.yaml";
  const fs::path schema_path = root / "schema.json";
  // Both names are checked before either is written, so a refusal leaves the
  // folder as it was.
  refuse_existing(guide);
  refuse_existing(schema_path);
  create_folder(root);
  write_text(schema_path, schema());
  try {
    write_text(guide, starter_guide(guide_language));
  } catch (...) {
    std::error_code ignored;
    fs::remove(schema_path, ignored);
    throw;
  }
  return {guide.string(), schema_path.string()};
}

}  // namespace careerguide::starter
