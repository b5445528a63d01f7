#pragma once
// The data file must be a regular file: reading a FIFO with no writer would
// block forever. Checked before the file is read.

#include <optional>
#include <string>

#include "messages/message.h"

namespace careerguide::load {

/// Why `path` cannot be read as the data file because it is not a regular
/// file (a FIFO, a socket, a device), or nullopt. The file is opened
/// without blocking, so a FIFO with no writer is refused at once. A missing
/// file, a folder or an unreadable file give nullopt: the loader reports them.
std::optional<messages::Message> non_regular_data_problem(const std::string& path);

}  // namespace careerguide::load
