#pragma once

namespace careerguide::text {

/// The faces of the guide's one family.
enum class FontFace { kRegular, kBold };

}  // namespace careerguide::text
