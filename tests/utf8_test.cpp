// The one UTF-8 implementation: what the loader accepts as a data file and
// how text/ decodes what it measures and sets.

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "utf8/utf8.h"

namespace careerguide::utf8 {

TEST_CASE("valid_sequence_length: one to four bytes, at the edges of each length") {
  const std::vector<std::pair<std::string, std::size_t>> valid = {
      {"a", 1},
      {std::string(1, '\0'), 1},
      {"\x7F", 1},
      {"\xC2\x80", 2},          // U+0080, the smallest two-byte form
      {"\xDF\xBF", 2},          // U+07FF
      {"\xE0\xA0\x80", 3},      // U+0800, the smallest three-byte form
      {"\xED\x9F\xBF", 3},      // U+D7FF, just below the surrogates
      {"\xEE\x80\x80", 3},      // U+E000, just above them
      {"\xEF\xBF\xBF", 3},      // U+FFFF
      {"\xF0\x90\x80\x80", 4},  // U+10000, the smallest four-byte form
      {"\xF4\x8F\xBF\xBF", 4},  // U+10FFFF, the largest code point
  };
  for (const auto& [bytes, length] : valid) {
    CAPTURE(bytes);
    CHECK(valid_sequence_length(bytes, 0) == length);
    CHECK(find_invalid_utf8(bytes) == std::nullopt);
  }
  // Only the sequence at the position counts, not what follows it.
  CHECK(valid_sequence_length("a\xE4\xB8\xAD\xFF", 1) == 3);
}

TEST_CASE("valid_sequence_length: overlongs, surrogates, too-large and truncated sequences are 0") {
  const std::vector<std::string> invalid = {
      "\x80",                  // lone continuation byte
      "\xBF",
      "\xC0\x80",              // overlong NUL
      "\xC1\xBF",              // overlong U+007F
      "\xE0\x80\xAF",          // overlong '/'
      "\xE0\x9F\xBF",          // overlong U+07FF
      "\xF0\x80\x80\x80",      // overlong NUL in four bytes
      "\xF0\x8F\xBF\xBF",      // overlong U+FFFF
      "\xED\xA0\x80",          // surrogate U+D800
      "\xED\xBF\xBF",          // surrogate U+DFFF
      "\xF4\x90\x80\x80",      // U+110000, above U+10FFFF
      "\xF5\x80\x80\x80",      // lead byte of nothing Unicode has
      "\xF8\x88\x80\x80\x80",  // five-byte form
      "\xFE",
      "\xFF",
      "\xC3",                  // truncated two-byte sequence
      "\xE4\xB8",              // truncated three-byte sequence
      "\xF0\x9F\x98",          // truncated four-byte sequence
      "\xE4\x41\xAD",          // a continuation byte missing in the middle
      "\xC3\xC3\xA9",          // a lead byte where a continuation belongs
  };
  for (const std::string& bytes : invalid) {
    CAPTURE(bytes);
    CHECK(valid_sequence_length(bytes, 0) == 0);
    CHECK(find_invalid_utf8(bytes) == std::optional<std::size_t>(0));
  }
}

TEST_CASE("decode_next: reads one- to four-byte sequences") {
  const std::string text = "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80";  // a é 中 😀
  std::size_t pos = 0;
  CHECK(decode_next(text, pos) == U'a');
  CHECK(pos == 1);
  CHECK(decode_next(text, pos) == U'\u00E9');
  CHECK(pos == 3);
  CHECK(decode_next(text, pos) == U'\u4E2D');
  CHECK(pos == 6);
  CHECK(decode_next(text, pos) == U'\U0001F600');
  CHECK(pos == 10);
}

TEST_CASE("decode_next: bad bytes yield U+FFFD and advance by one byte") {
  const std::vector<std::string> bad = {
      "\x80",              // lone continuation byte
      "\xC3",              // truncated two-byte sequence
      "\xE4\xB8",          // truncated three-byte sequence
      "\xC0\x80",          // overlong NUL
      "\xE0\x80\xAF",      // overlong '/'
      "\xED\xA0\x80",      // surrogate U+D800
      "\xF4\x90\x80\x80",  // above U+10FFFF
      "\xFF",
  };
  for (const std::string& bytes : bad) {
    CAPTURE(bytes.size());
    std::size_t pos = 0;
    CHECK(decode_next(bytes, pos) == U'\uFFFD');
    CHECK(pos == 1);
  }
  std::u32string decoded;
  for_each_code_point(std::string("a\xE4\xB8" "b"), [&](char32_t cp) { decoded += cp; });
  CHECK(decoded == U"a\uFFFD\uFFFDb");
}

TEST_CASE("find_invalid_utf8: gives the byte offset of the first bad sequence") {
  CHECK(find_invalid_utf8("提示工程师 Prompt") == std::nullopt);
  CHECK(find_invalid_utf8("") == std::nullopt);
  CHECK(find_invalid_utf8("ab\xE4\xB8") == std::optional<std::size_t>(2));
  CHECK(find_invalid_utf8("\xE4\xB8\xAD\xC0\x80") == std::optional<std::size_t>(3));
  CHECK(find_invalid_utf8("\xEF\xBF\xBD") == std::nullopt);  // a real U+FFFD is valid
}

TEST_CASE("append_utf8: writes what decode_next reads back") {
  std::string out;
  for (const char32_t cp : {U'a', U'\u00E9', U'\u4E2D', U'\U0001F600'}) append_utf8(out, cp);
  CHECK(out == "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80");
  std::string surrogate;
  append_utf8(surrogate, static_cast<char32_t>(0xD800));
  CHECK(surrogate == "\xEF\xBF\xBD");
}

}  // namespace careerguide::utf8
