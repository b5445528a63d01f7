#pragma once
// The output must not be one of the run's inputs: writing the PDF over the
// data file or a font would destroy it. Checked before anything is written.

#include <optional>
#include <string>

#include "messages/message.h"
#include <vector>

namespace careerguide::save {

/// A file the run reads, for messages: `font_key` says which font
/// ("theme.fonts.bold"); empty for the data file.
struct InputFile {
  std::string font_key;
  std::string path;
};

/// When `output` already exists and is the same file (device and inode, so
/// through `dir/../x`, hard and symbolic links) as one of `inputs`, the
/// usage error to print, with a suggested output name; otherwise nullopt.
std::optional<messages::Message> overwrite_problem(const std::string& output,
                                             const std::vector<InputFile>& inputs);

/// When `output` is an existing file with content that is not a PDF
/// (another guide's YAML, a document: `-o other.yaml` would destroy it), the
/// usage error to print, suggesting the data file's name with .pdf;
/// otherwise nullopt. An empty file, and a file that cannot be read (the
/// write says why it fails), are not refused. Ask overwrite_problem first:
/// its message names the input.
std::optional<messages::Message> not_pdf_problem(const std::string& output, const std::string& data);

}  // namespace careerguide::save
