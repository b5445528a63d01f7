// careerguide: a YAML file of career roles in, a print-ready PDF guide out.

#include <csignal>
#include <exception>
#include <iostream>
#include <new>

#include "cli/exit_codes.h"
#include "cli/options.h"
#include "cli/run.h"

int main(int argc, char** argv) {
  using namespace careerguide::cli;
  // A file-size limit must be a write error we report, not a silent kill.
  std::signal(SIGXFSZ, SIG_IGN);
  const auto parsed = parse_options(argc, argv);
  if (const auto* early = std::get_if<EarlyExit>(&parsed)) {
    (early->code == kExitOk ? std::cout : std::cerr) << early->message;
    return early->code;
  }
  try {
    return run(std::get<Options>(parsed), std::cout, std::cerr);
  } catch (const std::bad_alloc&) {
    std::cerr << "careerguide: error: out of memory\n";
  } catch (const std::exception& error) {
    std::cerr << "careerguide: internal error: " << error.what()
              << "\nPlease report this with the data file that caused it.\n";
  }
  return kExitEnvironment;
}
