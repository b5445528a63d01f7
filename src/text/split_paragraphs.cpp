#include "text/split_paragraphs.h"

#include <string>
#include <string_view>
#include <vector>

#include "text/char_class.h"
#include "text/utf8.h"

namespace careerguide::text {

namespace {

// Users indent Chinese paragraphs by hand with ideographic spaces; the
// layout indents them itself, so these go too.
constexpr std::string_view kIdeographicSpace = "\u3000";

bool is_blank_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view s) {
  while (true) {
    if (!s.empty() && is_blank_byte(s.front())) {
      s.remove_prefix(1);
    } else if (s.starts_with(kIdeographicSpace)) {
      s.remove_prefix(kIdeographicSpace.size());
    } else {
      return trim_end(s);
    }
  }
}

/// The last code point of non-empty valid-or-not UTF-8 `s`.
char32_t last_code_point(std::string_view s) {
  std::size_t start = s.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0u) == 0x80u &&
         s.size() - start < 4) {
    --start;
  }
  return decode_next(s, start);
}

char32_t first_code_point(std::string_view s) {
  std::size_t pos = 0;
  return decode_next(s, pos);
}

/// Appends one trimmed source line to a paragraph: directly after a CJK
/// character when it starts with one, after a single space otherwise.
void join_line(std::string& paragraph, std::string_view line) {
  if (!paragraph.empty() &&
      !(is_cjk(last_code_point(paragraph)) && is_cjk(first_code_point(line)))) {
    paragraph.push_back(' ');
  }
  paragraph.append(line);
}

}  // namespace

std::string_view trim_end(std::string_view s) {
  while (true) {
    if (!s.empty() && is_blank_byte(s.back())) {
      s.remove_suffix(1);
    } else if (s.ends_with(kIdeographicSpace)) {
      s.remove_suffix(kIdeographicSpace.size());
    } else {
      return s;
    }
  }
}

std::vector<std::string> split_paragraphs(std::string_view text) {
  std::vector<std::string> paragraphs;
  std::string current;
  while (true) {
    const std::size_t newline = text.find('\n');
    const std::string_view line = trim(text.substr(0, newline));
    if (line.empty()) {
      if (!current.empty()) paragraphs.push_back(std::move(current));
      current.clear();
    } else {
      join_line(current, line);
    }
    if (newline == std::string_view::npos) break;
    text.remove_prefix(newline + 1);
  }
  if (!current.empty()) paragraphs.push_back(std::move(current));
  return paragraphs;
}

}  // namespace careerguide::text
