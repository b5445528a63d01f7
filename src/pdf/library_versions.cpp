#include "pdf/library_versions.h"

#include <hpdf_version.h>
#include <libdeflate.h>

namespace careerguide::pdf {

std::string haru_version() { return HPDF_VERSION_TEXT; }
std::string libdeflate_version() { return LIBDEFLATE_VERSION_STRING; }

}  // namespace careerguide::pdf
