#pragma once

namespace careerguide::cli {

/// Process exit codes (documented in README.md, "Command line").
enum ExitCode : int {
  kExitOk = 0,           ///< the PDF was written (or --check found no error)
  kExitInvalidData = 1,  ///< the data file has errors
  kExitUsage = 2,        ///< the command line is wrong
  kExitEnvironment = 3,  ///< a font, the data file or the output could not be used
};

}  // namespace careerguide::cli
