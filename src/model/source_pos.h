#pragma once

#include <string>

namespace careerguide::model {

/// Where a value came from in the data file, for diagnostics.
struct SourcePos {
  std::string file;  ///< path as the user gave it (or as resolved)
  int line = 0;      ///< 1-based; 0 when unknown
  int column = 0;    ///< 1-based; 0 when unknown
  friend bool operator==(const SourcePos&, const SourcePos&) = default;
};

}  // namespace careerguide::model
