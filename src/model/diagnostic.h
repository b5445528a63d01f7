#pragma once

#include <string>
#include <vector>

#include "model/source_pos.h"

namespace careerguide::model {

enum class Severity { kWarning, kError };

/// One problem found in the data, reported as `FILE:LINE:COLUMN: error: MESSAGE`.
struct Diagnostic {
  SourcePos pos;
  Severity severity = Severity::kError;
  std::string message;  ///< e.g. `roles[2].salary: expected a number (got "lots")`
};

/// Formats as editors expect: `FILE:LINE:COLUMN: error: MESSAGE`
/// (`FILE: error: MESSAGE` when the position is unknown).
std::string format_diagnostic(const Diagnostic& d);

/// True when any diagnostic is an error.
bool has_errors(const std::vector<Diagnostic>& diagnostics);

/// Sorts by file, line and column, keeping the order of equal positions.
void sort_by_position(std::vector<Diagnostic>& diagnostics);

}  // namespace careerguide::model
