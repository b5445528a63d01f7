// split_paragraphs and ellipsize (declared in paragraph.h): the plain-text
// helpers around paragraph setting.
#include "text/paragraph.h"

#include <string>
#include <string_view>
#include <vector>

#include "text/break_iterators.h"
#include "text/utf8.h"

namespace careerguide::text {

namespace {

constexpr std::string_view kEllipsis = "\u2026";

// Users indent Chinese paragraphs by hand with ideographic spaces; the
// layout indents them itself, so these go too.
constexpr std::string_view kIdeographicSpace = "\u3000";

bool is_blank_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

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

std::string ellipsize(std::string_view utf8, FontFace face, double size, double width,
                      const Measurer& measurer) {
  if (measurer.width(utf8, face, size) <= width) return std::string(utf8);
  const double room = width - measurer.width(kEllipsis, face, size);
  if (room < 0) return {};
  std::size_t cut = 0;
  double used = 0;
  const std::vector<std::size_t> boundaries = grapheme_boundaries(utf8);
  for (std::size_t i = 1; i < boundaries.size(); ++i) {
    const std::string_view cluster = utf8.substr(boundaries[i - 1], boundaries[i] - boundaries[i - 1]);
    used += measurer.width(cluster, face, size);
    if (used > room) break;
    cut = boundaries[i];
  }
  // "Prompt …" would look like a gap, not a cut: drop spaces before the mark.
  std::string result(trim_end(utf8.substr(0, cut)));
  result.append(kEllipsis);
  return result;
}

}  // namespace careerguide::text
