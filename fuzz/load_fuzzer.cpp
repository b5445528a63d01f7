// libFuzzer target: any bytes through the data loader. The loader must
// answer every input with a guide or diagnostics, within its limits, without
// a crash, a hang or a sanitizer report.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz_input.h"
#include "load/load_guide.h"
#include "model/diagnostic.h"

namespace {

/// A loaded guide and an error-free diagnostic list must agree, and every
/// diagnostic with a line must also have a column (FILE:LINE:COLUMN).
void check_result(const careerguide::load::LoadResult& result) {
  const bool errors = careerguide::model::has_errors(result.diagnostics);
  if (result.guide.has_value() == errors) std::abort();
  if (result.guide && result.guide->roles.empty()) std::abort();
  if (result.diagnostics.size() > careerguide::load::kMaxDiagnostics + 1) std::abort();
  for (const careerguide::model::Diagnostic& d : result.diagnostics) {
    if (d.pos.line < 0 || d.pos.column < 0 || (d.pos.line > 0) != (d.pos.column > 0)) {
      std::abort();
    }
    if (d.message.empty()) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  check_result(careerguide::fuzz::load_fuzz_input(data, size));
  return 0;
}
