#pragma once
// The exit codes, and what the program says and returns when an exception
// reaches main.

#include <exception>
#include <iosfwd>

#include "messages/language.h"

namespace careerguide::cli {

/// Process exit codes (documented in README.md, "Command line"); each means
/// one thing, and later features follow the same table.
enum ExitCode : int {
  kExitOk = 0,           ///< the PDF was written (or --check found no error)
  kExitInvalidData = 1,  ///< the data file has errors
  kExitUsage = 2,        ///< the command line is wrong, or the output would overwrite an input
  kExitEnvironment = 3,  ///< a file, a font, standard output or SOURCE_DATE_EPOCH failed
  kExitInternal = 4,     ///< a bug: pdf::InvalidDocument or any unexpected exception
};

/// Reports `failure` on `err` and returns its exit code: running out of
/// memory is a failure of the environment (3); pdf::InvalidDocument and
/// any other exception nobody expected is an internal error (4), reported as
/// "careerguide: internal error: …; please report it".
int report_unexpected_failure(std::exception_ptr failure, messages::Language language,
                              std::ostream& err);

}  // namespace careerguide::cli
