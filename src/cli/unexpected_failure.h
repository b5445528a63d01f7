#pragma once
// What the program says and returns when an exception reaches main.

#include <exception>
#include <iosfwd>

namespace careerguide::cli {

/// Reports `failure` on `err` and returns its exit code: running out of
/// memory is a failure of the environment (3); pdf::InvalidDocument and
/// any other exception nobody expected is an internal error (4), reported as
/// "careerguide: internal error: …; please report it".
int report_unexpected_failure(std::exception_ptr failure, std::ostream& err);

}  // namespace careerguide::cli
