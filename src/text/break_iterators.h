#pragma once
// ICU break iterators behind a small interface: UAX #14 line breaks, grapheme
// clusters and (dictionary-based) word boundaries, all as byte offsets into
// UTF-8. The iterators are created once per thread and reused.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace careerguide::text {

/// Fills `allowed` with utf8.size() + 1 flags: `allowed[i]` is 1 when UAX #14
/// (ICU's Chinese line rules) lets a line start at byte offset i. Offset 0 and
/// the end are always 1.
void find_line_breaks(std::string_view utf8, std::vector<std::uint8_t>& allowed);

/// Byte offsets of the grapheme cluster boundaries of `utf8`, ascending,
/// 0 and utf8.size() included.
std::vector<std::size_t> grapheme_boundaries(std::string_view utf8);

/// Byte offsets of the word boundaries of `utf8` (ICU's word rules, with its
/// dictionary for Chinese: 人工智能|领域), ascending, 0 and size() included.
std::vector<std::size_t> word_boundaries(std::string_view utf8);

}  // namespace careerguide::text
