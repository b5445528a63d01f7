#pragma once
// The files `--init` writes, as built into the program from data/starter/
// and data/schema.json.

#include <string_view>

namespace careerguide::starter {

std::string_view chinese_guide();  ///< data/starter/guide.zh.yaml
std::string_view english_guide();  ///< data/starter/guide.en.yaml
std::string_view schema();         ///< data/schema.json

}  // namespace careerguide::starter
