#include "utf8/utf8.h"

namespace careerguide::utf8 {
namespace {

/// Length in bytes announced by the lead byte `lead`, or 0 when it cannot
/// start a sequence (a continuation byte, or 0xF8 and above).
std::size_t announced_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;  // 0x80–0xC1 (continuation or overlong 2-byte lead) and 0xF5–0xFF
}

/// The smallest code point each sequence length may encode; anything below
/// is an overlong form.
char32_t minimum_for_length(std::size_t length) {
  switch (length) {
    case 2: return 0x80;
    case 3: return 0x800;
    default: return 0x10000;
  }
}

/// Decodes the sequence at `pos`; returns nullopt when it is invalid.
/// On success `length` is its size in bytes.
std::optional<char32_t> decode_valid(std::string_view utf8, std::size_t pos,
                                     std::size_t& length) {
  const auto lead = static_cast<unsigned char>(utf8[pos]);
  length = announced_length(lead);
  if (length == 0 || pos + length > utf8.size()) return std::nullopt;
  if (length == 1) return static_cast<char32_t>(lead);
  char32_t cp = lead & (0x7Fu >> length);
  for (std::size_t i = 1; i < length; ++i) {
    const auto byte = static_cast<unsigned char>(utf8[pos + i]);
    if ((byte & 0xC0u) != 0x80u) return std::nullopt;
    cp = (cp << 6) | (byte & 0x3Fu);
  }
  if (cp < minimum_for_length(length) || cp > 0x10FFFF) return std::nullopt;
  if (cp >= 0xD800 && cp <= 0xDFFF) return std::nullopt;  // surrogates
  return cp;
}

}  // namespace

std::size_t valid_sequence_length(std::string_view utf8, std::size_t pos) {
  std::size_t length = 0;
  return decode_valid(utf8, pos, length) ? length : 0;
}

char32_t decode_next(std::string_view utf8, std::size_t& pos) {
  std::size_t length = 0;
  const std::optional<char32_t> cp = decode_valid(utf8, pos, length);
  if (!cp) {
    ++pos;
    return kReplacement;
  }
  pos += length;
  return *cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacement;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::optional<std::size_t> find_invalid_utf8(std::string_view utf8) {
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    std::size_t length = 0;
    if (!decode_valid(utf8, pos, length)) return pos;
    pos += length;
  }
  return std::nullopt;
}

}  // namespace careerguide::utf8
