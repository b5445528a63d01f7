#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace careerguide::text {

/// Code points in the Basic Multilingual Plane, U+0000 to U+FFFF: what
/// libharu draws and what our font tables index (fonts::is_drawable_code_point).
inline constexpr std::size_t kBmpSize = 0x10000;

/// Decodes one code point starting at `utf8[pos]` and advances `pos`.
/// Invalid or truncated sequences, overlong forms and surrogates yield
/// U+FFFD and advance by one byte.
char32_t decode_next(std::string_view utf8, std::size_t& pos);

/// Calls `fn(char32_t)` for each code point of `utf8` (see decode_next).
template <typename Fn>
void for_each_code_point(std::string_view utf8, Fn&& fn) {
  std::size_t pos = 0;
  while (pos < utf8.size()) fn(decode_next(utf8, pos));
}

/// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

/// Byte offset of the first invalid sequence, or nullopt when `utf8` is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view utf8);

/// True for ideographs, kana, and CJK punctuation: characters between which
/// a line may break and that take no space before Latin text.
bool is_cjk(char32_t cp);

}  // namespace careerguide::text
