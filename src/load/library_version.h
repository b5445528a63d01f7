#pragma once
// The version of yaml-cpp, for --doctor.

#include <string>

namespace careerguide::load {

/// yaml-cpp's version as pkg-config reported it at build time (its headers
/// define none).
std::string yaml_cpp_version();

}  // namespace careerguide::load
