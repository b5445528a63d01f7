#include "load/library_version.h"

namespace careerguide::load {

std::string yaml_cpp_version() { return CAREERGUIDE_YAML_CPP_VERSION; }

}  // namespace careerguide::load
