#pragma once

#include <cstddef>
#include <string>

#include "load/source_text.h"
#include "model/diagnostic.h"

namespace careerguide::load {

/// A plain-language version of a yaml-cpp syntax message for the text at
/// `offset` (e.g. a tab in the indentation), with where to point.
model::Diagnostic describe_syntax_error(const SourceText& source, const std::string& yaml_message,
                                        std::size_t offset);

}  // namespace careerguide::load
