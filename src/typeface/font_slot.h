#pragma once

#include <cstddef>
#include <cstdint>

namespace careerguide::typeface {

/// Which font draws a character of a face: the face's own font, or the
/// guide's fallback font for a character the face's font lacks. Layout
/// decides it while measuring; the PDF writer only maps it to a font.
enum class FontSlot : std::uint8_t { kFace, kFallback };

/// A stretch of UTF-8 text drawn from one font slot.
struct SlotSpan {
  std::size_t bytes = 0;  ///< length of the stretch in UTF-8 bytes
  FontSlot slot = FontSlot::kFace;
  friend bool operator==(const SlotSpan&, const SlotSpan&) = default;
};

}  // namespace careerguide::typeface
