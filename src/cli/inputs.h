#pragma once
// Checks on what the run reads, made before anything is written: the data
// file must be a regular file (a FIFO would block the read forever), the
// output must not be one of the inputs, and SOURCE_DATE_EPOCH must be a date
// the PDF can hold.

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace careerguide::cli {

/// Why `path` cannot be read as the data file because it is not a regular
/// file (a FIFO, a socket, a device), or nullopt. The file is opened
/// without blocking, so a FIFO with no writer is refused at once. A missing
/// file, a folder or an unreadable file give nullopt: the loader reports them.
std::optional<std::string> non_regular_data_problem(const std::string& path);

/// A file the run reads, for messages: `what` says which ("the data file",
/// "the font theme.fonts.bold").
struct InputFile {
  std::string what;
  std::string path;
};

/// When `output` already exists and is the same file (device and inode, so
/// through `dir/../x`, hard and symbolic links) as one of `inputs`, the
/// usage error to print, with a suggested output name; otherwise nullopt.
std::optional<std::string> overwrite_problem(const std::string& output,
                                             const std::vector<InputFile>& inputs);

/// The largest SOURCE_DATE_EPOCH accepted: 9999-12-31T23:59:59Z, the last
/// second a PDF date (four-digit year) can hold.
inline constexpr std::int64_t kMaxSourceDateEpoch = 253402300799;

/// SOURCE_DATE_EPOCH's value: nullopt when unset or empty (the clock is
/// read), the seconds when it is a whole number from 0 to
/// kMaxSourceDateEpoch, else the message saying why it is refused.
std::variant<std::optional<std::int64_t>, std::string> parse_source_date_epoch(const char* value);

}  // namespace careerguide::cli
