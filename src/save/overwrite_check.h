#pragma once
// The output must not be one of the run's inputs: writing the PDF over the
// data file or a font would destroy it. Checked before anything is written.

#include <optional>
#include <string>
#include <vector>

namespace careerguide::save {

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

}  // namespace careerguide::save
