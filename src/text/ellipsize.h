#pragma once

#include <string>
#include <string_view>

#include "text/font_face.h"
#include "text/measurer.h"

namespace careerguide::text {

/// The longest prefix of `utf8` that fits `width` (points) with "…"
/// appended, or the whole string when it fits. Cuts only between grapheme
/// clusters and drops spaces before the "…"; empty when not even "…" fits.
std::string ellipsize(std::string_view utf8, FontFace face, double size, double width,
                      const Measurer& measurer);

}  // namespace careerguide::text
