#pragma once
// UTF-8 decoding, encoding and validation (RFC 3629): the one definition of
// valid UTF-8 for the loader's encoding check and for text/.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace careerguide::utf8 {

/// What an invalid sequence decodes to, and what an unencodable code point
/// is encoded as.
inline constexpr char32_t kReplacement = 0xFFFD;

/// Length in bytes of the valid sequence starting at `utf8[pos]`, or 0 when
/// the bytes there are not valid UTF-8: a stray continuation byte, a
/// truncated sequence, an overlong form, a surrogate or a code point above
/// U+10FFFF. `pos` must be inside `utf8`.
std::size_t valid_sequence_length(std::string_view utf8, std::size_t pos);

/// Decodes one code point starting at `utf8[pos]` and advances `pos`.
/// Invalid sequences (see valid_sequence_length) yield U+FFFD and advance
/// by one byte.
char32_t decode_next(std::string_view utf8, std::size_t& pos);

/// Calls `fn(char32_t)` for each code point of `utf8` (see decode_next).
template <typename Fn>
void for_each_code_point(std::string_view utf8, Fn&& fn) {
  std::size_t pos = 0;
  while (pos < utf8.size()) fn(decode_next(utf8, pos));
}

/// Appends the UTF-8 encoding of `cp` to `out`; a surrogate or a value above
/// U+10FFFF is written as U+FFFD.
void append_utf8(std::string& out, char32_t cp);

/// Byte offset of the first invalid sequence, or nullopt when `utf8` is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view utf8);

}  // namespace careerguide::utf8
