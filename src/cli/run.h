#pragma once
// The pipeline: options → load → validate → fonts → layout → PDF → atomic write.

#include <iosfwd>

#include "cli/options.h"

namespace careerguide::cli {

/// Runs the program for parsed options; returns the exit code. Expected
/// failures are reported on `err`; unexpected exceptions propagate to main.
int run(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace careerguide::cli
