#include "watch/open_viewer.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

extern char** environ;

namespace careerguide::watch {
namespace {

using messages::message;
using messages::MessageId;

pid_t launcher = -1;  ///< the xdg-open started last, until reaped

}  // namespace

std::optional<messages::Message> open_in_viewer(const std::string& pdf) {
  posix_spawnattr_t attributes;
  posix_spawn_file_actions_t actions;
  posix_spawnattr_init(&attributes);
  posix_spawn_file_actions_init(&actions);
  // A session of its own, so the terminal's Ctrl-C stops careerguide and not
  // the viewer; the signals careerguide blocks while watching unblocked; no
  // terminal output from the viewer in the middle of the render lines.
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attributes, &none);
  posix_spawnattr_setflags(&attributes, static_cast<short>(POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK));
  for (const int fd : {STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO})
    posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY, 0);
  std::string program = "xdg-open";
  std::string argument = pdf;
  char* argv[] = {program.data(), argument.data(), nullptr};
  pid_t child = -1;
  const int error = ::posix_spawnp(&child, program.c_str(), &actions, &attributes, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (error == ENOENT) return message(MessageId::kOpenNoLauncher, {{"file", pdf}});
  if (error != 0) return message(MessageId::kOpenFailed, {{"file", pdf}, {"reason", std::strerror(error)}});
  launcher = child;
  return std::nullopt;
}

std::optional<messages::Message> reap_viewer() {
  if (launcher < 0) return std::nullopt;
  int status = 0;
  const pid_t done = ::waitpid(launcher, &status, WNOHANG);
  if (done != launcher) return std::nullopt;
  launcher = -1;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return std::nullopt;
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return message(MessageId::kOpenLauncherFailed, {{"status", code}});
}

}  // namespace careerguide::watch
