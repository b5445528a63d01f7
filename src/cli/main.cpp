// careerguide: a YAML file of career roles in, a print-ready PDF guide out.

#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <exception>
#include <iostream>
#include <string_view>

#include "cli/exit_codes.h"
#include "cli/options.h"
#include "cli/run.h"
#include "messages/language.h"

namespace {

using namespace careerguide::cli;

/// Writes `text` to standard output and flushes it; 0 on success, else the
/// errno of the failure. --help on a closed or full standard output must not
/// claim success, so the write is checked directly.
int write_stdout(std::string_view text) {
  while (!text.empty()) {
    const ssize_t n = ::write(STDOUT_FILENO, text.data(), text.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno;
    text.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}

int stdout_failed(int error) {
  std::cerr << "careerguide: error: cannot write to standard output (" << std::strerror(error)
            << ")\n";
  return kExitEnvironment;
}

int early_exit(const EarlyExit& early) {
  if (early.code != kExitOk) {
    std::cerr << early.message;
    return early.code;
  }
  if (const int error = write_stdout(early.message)) return stdout_failed(error);
  return kExitOk;
}

int run_guarded(const Options& options) {
  try {
    const int code = run(options, std::cout, std::cerr);
    errno = 0;
    std::cout.flush();
    if (!std::cout) return stdout_failed(errno != 0 ? errno : EIO);
    return code;
  } catch (...) {
    return report_unexpected_failure(std::current_exception(), std::cerr);
  }
}

}  // namespace

int main(int argc, char** argv) {
  // A file-size limit must be a write error we report, not a silent kill.
  std::signal(SIGXFSZ, SIG_IGN);
  const auto parsed = parse_options(argc, argv, careerguide::messages::language_from_environment());
  if (const auto* early = std::get_if<EarlyExit>(&parsed)) return early_exit(*early);
  return run_guarded(std::get<Options>(parsed));
}
