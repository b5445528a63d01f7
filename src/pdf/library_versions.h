#pragma once
// The versions of the libraries the PDF writer wraps, for --doctor.

#include <string>

namespace careerguide::pdf {

/// libharu's HPDF_VERSION_TEXT, e.g. "2.3.0".
std::string haru_version();
/// libdeflate's LIBDEFLATE_VERSION_STRING, e.g. "1.14".
std::string libdeflate_version();

}  // namespace careerguide::pdf
