#pragma once
// Writes a file so that readers only ever see the old file or the complete
// new one: a temporary file beside the target, every write checked, fsync,
// rename, then fsync of the folder.

#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>

namespace careerguide::cli {

/// Writing the output failed; nothing at the target path was changed.
class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Replaces `path` with `bytes`. Refuses a target that exists and is not a
/// regular file (a folder, a device). Creates the parent folder when
/// `create_parent` is set. The new file gets 0666 less the umask. On any
/// failure the temporary file is removed and OutputError is thrown.
void write_file_atomically(const std::string& path, std::span<const std::uint8_t> bytes,
                           bool create_parent);

}  // namespace careerguide::cli
