#pragma once

#include "typeface/font_face.h"

namespace careerguide::text {

/// Text measures and sets runs in the faces typeface/ names.
using typeface::FontFace;

}  // namespace careerguide::text
