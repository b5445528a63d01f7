#pragma once

namespace careerguide::cli {

/// Process exit codes (documented in README.md, "Exit codes"); each means
/// one thing, and later features follow the same table.
enum ExitCode : int {
  kExitOk = 0,           ///< the PDF was written (or --check found no error)
  kExitInvalidData = 1,  ///< the data file has errors
  kExitUsage = 2,        ///< the command line is wrong, or the output would overwrite an input
  kExitEnvironment = 3,  ///< a file, a font, standard output or SOURCE_DATE_EPOCH failed
  kExitInternal = 4,     ///< a bug: pdf::InvalidDocument or any unexpected exception
};

}  // namespace careerguide::cli
