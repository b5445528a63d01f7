#pragma once

namespace careerguide::typeface {

/// The faces of the guide's one family.
enum class FontFace { kRegular, kBold };

}  // namespace careerguide::typeface
