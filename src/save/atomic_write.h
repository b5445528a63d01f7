#pragma once
// Writes a file so that readers only ever see the old file or the complete
// new one: a temporary file beside the target, every write checked, fsync,
// rename, then fsync of the folder.

#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>

#include "messages/message.h"

namespace careerguide::save {

/// Writing the output failed; nothing at the target path was changed.
class OutputError : public messages::MessageError {
 public:
  using messages::MessageError::MessageError;
};

/// Replaces `path` with `bytes`. Refuses a target that exists and is not a
/// regular file (a folder, a device). A symbolic link is kept: the file it
/// points to is replaced (a link to a missing file is refused). Creates the
/// parent folder when `create_parent` is set. The new file keeps the old
/// file's mode (and owner, as root) or gets 0666 less the umask, as far as
/// the file system allows (a refusal never fails the save). SIGINT, SIGTERM,
/// SIGHUP, SIGQUIT and SIGPIPE are held back from the temporary file's
/// creation to its rename or removal. On any failure the temporary file is
/// removed and OutputError is thrown.
void write_file_atomically(const std::string& path, std::span<const std::uint8_t> bytes,
                           bool create_parent);

}  // namespace careerguide::save
