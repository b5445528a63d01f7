#include "fonts/library_versions.h"

#include <fmt/format.h>
#include <fontconfig/fontconfig.h>
#include <hb.h>

namespace careerguide::fonts {

std::string harfbuzz_version() { return hb_version_string(); }

std::string fontconfig_version() {
  const int version = FcGetVersion();  // MAJOR * 10000 + MINOR * 100 + REVISION
  return fmt::format("{}.{}.{}", version / 10000, version / 100 % 100, version % 100);
}

}  // namespace careerguide::fonts
