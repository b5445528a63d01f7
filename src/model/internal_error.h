#pragma once
// A broken promise inside the program (not bad input, not a failing
// environment): main reports it as `careerguide: internal error: …; please
// report it` and exits with code 4. Throw it where continuing would write a
// corrupt file, e.g. a non-finite coordinate reaching the PDF writer.

#include <stdexcept>

namespace careerguide {

/// An invariant of the program itself was violated; exit code 4.
class InternalError : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

}  // namespace careerguide
