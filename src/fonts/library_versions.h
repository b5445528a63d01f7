#pragma once
// The versions of the font libraries, for --doctor.

#include <string>

namespace careerguide::fonts {

/// HarfBuzz's hb_version_string() of the library loaded at run time.
std::string harfbuzz_version();
/// fontconfig's FcGetVersion() as "MAJOR.MINOR.REVISION".
std::string fontconfig_version();

}  // namespace careerguide::fonts
