#pragma once
// text/ decodes with the one UTF-8 implementation, utf8/ (which the loader
// uses too); its functions are named here for text's callers.

#include <cstddef>

#include "utf8/utf8.h"

namespace careerguide::text {

/// Code points in the Basic Multilingual Plane, U+0000 to U+FFFF: what
/// libharu draws and what our font tables index (fonts::is_drawable_code_point).
inline constexpr std::size_t kBmpSize = 0x10000;

using utf8::append_utf8;
using utf8::decode_next;
using utf8::find_invalid_utf8;
using utf8::for_each_code_point;

}  // namespace careerguide::text
