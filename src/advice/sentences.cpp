#include "advice/sentences.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "text/utf8.h"

namespace careerguide::advice {
namespace {

// Words whose full stop never ends a sentence, lowercase, without the stop.
constexpr std::array<std::string_view, 14> kAbbreviations{
    "e.g", "i.e", "vs", "mr", "mrs", "ms", "dr", "prof", "st", "no", "approx", "cf", "ca", "inc"};

bool is_ascii_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The word that ends just before `text[end]`, lowercase.
std::string word_before(std::string_view text, std::size_t end) {
  std::size_t start = end;
  while (start > 0 && (is_ascii_letter(text[start - 1]) || text[start - 1] == '.')) --start;
  std::string word(text.substr(start, end - start));
  std::transform(word.begin(), word.end(), word.begin(),
                 [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  return word;
}

// Closing marks that may stand between a sentence's last mark and the space.
std::size_t skip_closers(std::string_view text, std::size_t i) {
  for (;;) {
    if (i < text.size() && (text[i] == '"' || text[i] == '\'' || text[i] == ')')) {
      ++i;
    } else if (text.substr(i).starts_with("\u201D") || text.substr(i).starts_with("\u2019")) {
      i += 3;
    } else {
      return i;
    }
  }
}

// Whether the full stop at `text[dot]` ends a sentence.
bool full_stop_ends_sentence(std::string_view text, std::size_t dot) {
  const std::size_t after = skip_closers(text, dot + 1);
  if (after < text.size() && !is_space(text[after])) return false;
  const std::string word = word_before(text, dot);
  if (word == "etc") {
    std::size_t next = after;
    while (next < text.size() && is_space(text[next])) ++next;
    return next == text.size() || std::isupper(static_cast<unsigned char>(text[next])) != 0;
  }
  if (word.size() == 1 || word.find('.') != std::string::npos) return false;
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), word) == kAbbreviations.end();
}

// The length in bytes of a sentence-ending mark at `text[i]`, 0 if none.
std::size_t sentence_end_at(std::string_view text, std::size_t i) {
  for (const std::string_view mark : {"\u3002", "\uFF01", "\uFF1F"})
    if (text.substr(i).starts_with(mark)) return mark.size();
  if (text[i] == '!' || text[i] == '?') {
    const std::size_t after = skip_closers(text, i + 1);
    return after == text.size() || is_space(text[after]) ? 1 : 0;
  }
  if (text[i] == '.' && full_stop_ends_sentence(text, i)) return 1;
  return 0;
}

// A letter, a digit or an ideograph: what makes a sentence of a stretch of
// text. Punctuation and spaces, ASCII or full-width, do not.
bool is_content(char32_t cp) {
  if (cp < 0x80) return std::isalnum(static_cast<int>(cp)) != 0;
  const bool punctuation = cp <= 0xBF || (cp >= 0x2000 && cp <= 0x206F) ||
                           (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
                           (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
                           (cp >= 0xFF5B && cp <= 0xFF65);
  return !punctuation;
}

}  // namespace

std::size_t count_sentences(std::string_view text) {
  std::size_t count = 0;
  bool has_content = false;  // the sentence being read has a letter, digit or ideograph
  for (std::size_t i = 0; i < text.size();) {
    if (const std::size_t mark = sentence_end_at(text, i)) {
      if (has_content) ++count;
      has_content = false;
      i += mark;
      continue;
    }
    if (is_content(text::decode_next(text, i))) has_content = true;
  }
  return count + (has_content ? 1 : 0);
}

}  // namespace careerguide::advice
