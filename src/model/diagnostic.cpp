#include "model/diagnostic.h"

#include <algorithm>
#include <cstdint>
#include <tuple>
#include <utility>

namespace careerguide::model {
namespace {

/// The code point of the UTF-8 sequence at `text[i]` and its length in
/// bytes; length 0 for a byte that does not start a valid sequence.
std::pair<char32_t, std::size_t> decode_utf8(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c0 = byte(i);
  if (c0 < 0x80) return {c0, 1};
  std::size_t length = 0;
  char32_t value = 0;
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    length = 2, value = c0 & 0x1Fu;
  } else if (c0 >= 0xE0 && c0 <= 0xEF) {
    length = 3, value = c0 & 0x0Fu;
  } else if (c0 >= 0xF0 && c0 <= 0xF4) {
    length = 4, value = c0 & 0x07u;
  } else {
    return {0, 0};
  }
  if (i + length > text.size()) return {0, 0};
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return {0, 0};
    value = (value << 6) | (byte(i + k) & 0x3Fu);
  }
  constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (value < kSmallest[length] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    return {0, 0};
  }
  return {value, length};
}

/// Characters that change how a terminal or an editor shows the text
/// around them, or that cannot be seen at all.
bool must_escape(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

/// `\u{HEX}` or `\x{HEX}`: upper-case hex digits, at least two.
void append_escape(std::string& out, char kind, std::uint32_t value) {
  constexpr std::string_view kDigits = "0123456789ABCDEF";
  std::string hex;
  for (; value > 0 || hex.size() < 2; value >>= 4) hex.insert(hex.begin(), kDigits[value & 0xF]);
  out += '\\';
  out += kind;
  out += '{' + hex + '}';
}

}  // namespace

std::string escape_for_message(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto [c, length] = decode_utf8(text, i);
    if (length == 0) {
      append_escape(out, 'x', static_cast<unsigned char>(text[i]));
      ++i;
      continue;
    }
    if (must_escape(c)) {
      append_escape(out, 'u', static_cast<std::uint32_t>(c));
    } else {
      out.append(text, i, length);
    }
    i += length;
  }
  return out;
}

std::string quote_fragment(std::string_view text, std::size_t limit) {
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (characters++ == limit) return escape_for_message(text.substr(0, i)) + "…";
  }
  return escape_for_message(text);
}


std::string format_diagnostic(const Diagnostic& d, messages::Language language) {
  std::string out = escape_for_message(d.pos.file);
  if (d.pos.line > 0) {
    out += ':' + std::to_string(d.pos.line);
    if (d.pos.column > 0) out += ':' + std::to_string(d.pos.column);
  }
  out += d.severity == Severity::kError ? ": error: " : ": warning: ";
  if (!d.path.empty()) out += escape_for_message(d.path) + ": ";
  out += escape_for_message(messages::render(d.message, language));
  return out;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

void sort_by_position(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.pos.file, a.pos.line, a.pos.column) <
                            std::tie(b.pos.file, b.pos.line, b.pos.column);
                   });
}

}  // namespace careerguide::model
