#pragma once

namespace careerguide::cli {

/// The program's version, from CMake's project() call.
inline constexpr const char* kVersion = CAREERGUIDE_VERSION;

}  // namespace careerguide::cli
