#include "model/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace careerguide::model {

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.pos.file;
  if (d.pos.line > 0) {
    out += ':' + std::to_string(d.pos.line);
    if (d.pos.column > 0) out += ':' + std::to_string(d.pos.column);
  }
  out += d.severity == Severity::kError ? ": error: " : ": warning: ";
  out += d.message;
  return out;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

void sort_by_position(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.pos.file, a.pos.line, a.pos.column) <
                            std::tie(b.pos.file, b.pos.line, b.pos.column);
                   });
}

}  // namespace careerguide::model
