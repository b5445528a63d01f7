// Test helper for save_signals.sh, loaded with LD_PRELOAD: the first fsync()
// of the process raises the signal named by CAREERGUIDE_RAISE_IN_FSYNC (a
// number) before doing the real fsync. careerguide's first fsync is the one
// of its temporary output file, so the signal arrives in the middle of the
// save, every time, instead of by luck of timing.
#include <dlfcn.h>

#include <csignal>
#include <cstdlib>

extern "C" int fsync(int fd) {
  static bool raised = false;
  using Fsync = int (*)(int);
  static const auto real = reinterpret_cast<Fsync>(dlsym(RTLD_NEXT, "fsync"));
  if (!raised) {
    raised = true;
    if (const char* signal = std::getenv("CAREERGUIDE_RAISE_IN_FSYNC")) std::raise(std::atoi(signal));
  }
  return real(fd);
}
