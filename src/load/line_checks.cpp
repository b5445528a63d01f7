#include "load/line_checks.h"

#include <algorithm>

namespace careerguide::load {
namespace {

using messages::message;
using messages::MessageId;

constexpr std::string_view kFullWidthColon = "\xEF\xBC\x9A";    // U+FF1A "："
constexpr std::string_view kFullWidthComma = "\xEF\xBC\x8C";    // U+FF0C "，"
constexpr std::string_view kFullWidthHyphen = "\xEF\xBC\x8D";   // U+FF0D "－"
constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";  // U+3000 "　"
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";          // U+00A0
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";     // U+FEFF

/// Spaces that stand for a tab in the repaired text: a guess.
constexpr std::string_view kTabRepair = "    ";

bool is_key_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

/// Schemes whose colon is followed by no space in a plain value (`- mailto:a@b`).
bool is_scheme(std::string_view word) {
  return word == "http" || word == "https" || word == "mailto" || word == "ftp";
}

/// Scans one data file, collecting findings.
class LineChecker {
 public:
  explicit LineChecker(std::string_view text) : text_(text) {}

  std::vector<LineFinding> run() {
    find_byte_order_marks();
    find_lone_carriage_returns();
    for (std::size_t begin = 0; begin < text_.size();) {
      std::size_t end = begin;
      while (end < text_.size() && text_[end] != '\n' && text_[end] != '\r') ++end;
      check_line(begin, end);
      begin = end + (text_.compare(end, 2, "\r\n") == 0 ? 2 : 1);
    }
    std::stable_sort(
        findings_.begin(), findings_.end(),
        [](const LineFinding& a, const LineFinding& b) { return a.offset < b.offset; });
    return std::move(findings_);
  }

 private:
  bool at(std::size_t i, std::string_view s) const { return text_.compare(i, s.size(), s) == 0; }
  void add(std::size_t offset, std::size_t length, std::string replacement,
           std::optional<messages::Message> problem) {
    findings_.push_back({offset, length, std::move(replacement), std::move(problem)});
  }
  /// The repair of a full-width mark: its ASCII twin, and a space unless one follows.
  std::string ascii_with_space(char ascii, std::size_t after, std::size_t end) const {
    const bool space_follows = after >= end || text_[after] == ' ' || at(after, kIdeographicSpace);
    return space_follows ? std::string(1, ascii) : std::string{ascii, ' '};
  }

  /// How many times `mark` repeats from `i` on, before `end`.
  std::size_t run_of(std::size_t i, std::size_t end, std::string_view mark) const {
    std::size_t count = 0;
    while (i + mark.size() <= end && at(i, mark)) i += mark.size(), ++count;
    return count;
  }

  void find_byte_order_marks();
  void find_lone_carriage_returns();
  void check_line(std::size_t begin, std::size_t end);
  std::size_t check_indentation(std::size_t begin, std::size_t end);
  std::size_t check_list_markers(std::size_t i, std::size_t end);
  std::size_t check_key(std::size_t i, std::size_t end);
  void check_flow(std::size_t i, std::size_t end);
  bool starts_block_scalar(std::size_t i, std::size_t end) const;

  std::string_view text_;
  std::vector<LineFinding> findings_;
  bool in_block_scalar_ = false;
  std::size_t block_indent_ = 0;  ///< spaces before the line that opened the block scalar
};

void LineChecker::find_byte_order_marks() {
  for (std::size_t i = text_.find(kByteOrderMark); i != std::string_view::npos;
       i = text_.find(kByteOrderMark, i + kByteOrderMark.size())) {
    add(i, kByteOrderMark.size(), "", message(MessageId::kByteOrderMarkInside));
  }
}

void LineChecker::find_lone_carriage_returns() {
  std::vector<std::size_t> lone;
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\r' && (i + 1 == text_.size() || text_[i + 1] != '\n')) lone.push_back(i);
  }
  for (std::size_t k = 0; k < lone.size(); ++k) {
    // One message for the whole file: an editor saves all its lines alike.
    add(lone[k], 1, "\n",
        k > 0 ? std::nullopt
              : std::optional(message(lone.size() == 1 ? MessageId::kLoneCarriageReturnOne
                                                       : MessageId::kLoneCarriageReturns,
                                      {{"count", lone.size()}})));
  }
}

void LineChecker::check_line(std::size_t begin, std::size_t end) {
  std::size_t spaces = begin;
  while (spaces < end && text_[spaces] == ' ') ++spaces;
  if (in_block_scalar_) {
    // Inside `|` or `>` everything more indented is text, full-width spaces included.
    if (spaces == end || spaces - begin > block_indent_) return;
    in_block_scalar_ = false;
  }
  std::size_t i = check_indentation(begin, end);
  if (i == end || text_[i] == '#') return;
  i = check_list_markers(i, end);
  i = check_key(i, end);
  while (i < end && text_[i] == ' ') ++i;
  if (i < end && (text_[i] == '{' || text_[i] == '[')) check_flow(i, end);
  if (starts_block_scalar(i, end)) {
    in_block_scalar_ = true;
    block_indent_ = spaces - begin;
  }
}

std::size_t LineChecker::check_indentation(std::size_t begin, std::size_t end) {
  std::size_t i = begin;
  while (i < end) {
    if (text_[i] == ' ') {
      ++i;
    } else if (text_[i] == '\t') {
      add(i, 1, std::string(kTabRepair), message(MessageId::kTabIndentation));
      findings_.back().sure = false;  // a tab's width is the editor's setting
      ++i;
    } else if (at(i, kIdeographicSpace)) {
      // A full-width space looks as wide as two spaces; a run of them is one slip.
      const std::size_t run = run_of(i, end, kIdeographicSpace);
      add(i, run * kIdeographicSpace.size(), std::string(2 * run, ' '),
          message(MessageId::kFullWidthSpaceIndentation));
      i += run * kIdeographicSpace.size();
    } else if (at(i, kNoBreakSpace)) {
      const std::size_t run = run_of(i, end, kNoBreakSpace);
      add(i, run * kNoBreakSpace.size(), std::string(run, ' '),
          message(MessageId::kNoBreakSpaceIndentation));
      i += run * kNoBreakSpace.size();
    } else if (at(i, kByteOrderMark)) {
      i += kByteOrderMark.size();  // reported by find_byte_order_marks
    } else {
      break;
    }
  }
  return i;
}

std::size_t LineChecker::check_list_markers(std::size_t i, std::size_t end) {
  while (i < end) {
    if (text_[i] == '-' && (i + 1 == end || text_[i + 1] == ' ')) {
      ++i;
    } else if (at(i, kFullWidthHyphen)) {
      const std::size_t after = i + kFullWidthHyphen.size();
      add(i, kFullWidthHyphen.size(), ascii_with_space('-', after, end),
          message(MessageId::kFullWidthHyphen));
      i = after;
    } else {
      break;
    }
    while (i < end && text_[i] == ' ') ++i;
  }
  return i;
}

/// Checks the colon after a key at `i`; returns where the value starts (`i`
/// when the line has no key).
std::size_t LineChecker::check_key(std::size_t i, std::size_t end) {
  if (i == end || !(text_[i] == '_' || (text_[i] >= 'a' && text_[i] <= 'z'))) return i;
  std::size_t j = i;
  while (j < end && is_key_character(text_[j])) ++j;
  const std::string_view key = text_.substr(i, j - i);
  if (at(j, kFullWidthColon)) {
    const std::size_t after = j + kFullWidthColon.size();
    add(j, kFullWidthColon.size(), ascii_with_space(':', after, end),
        message(MessageId::kFullWidthColonAfterKey, {{"key", key}}));
    return after;
  }
  if (j >= end || text_[j] != ':') return i;
  if (j + 1 < end && text_[j + 1] != ' ' && text_[j + 1] != '\t' && !is_scheme(key)) {
    add(j, 1, ": ",
        message(MessageId::kNoSpaceAfterColon, {{"key", key}}));
  }
  return j + 1;
}

/// Full-width colons and commas between the keys of a {flow mapping} that
/// starts at `i` (on this line only); quoted text is left alone.
void LineChecker::check_flow(std::size_t i, std::size_t end) {
  std::vector<char> open;
  char quote = 0;
  for (std::size_t k = i; k < end; ++k) {
    const char c = text_[k];
    if (quote != 0) {
      if (c == '\\' && quote == '"')
        ++k;
      else if (c == quote)
        quote = 0;
      continue;
    }
    if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '{' || c == '[') {
      open.push_back(c);
    } else if (c == '}' || c == ']') {
      open.pop_back();
      if (open.empty()) return;
    } else if (c == '#' && text_[k - 1] == ' ') {
      return;
    } else if (open.back() == '{' && at(k, kFullWidthColon) && is_key_character(text_[k - 1])) {
      std::size_t key = k;
      while (key > i && is_key_character(text_[key - 1])) --key;
      const std::string_view name = text_.substr(key, k - key);
      add(k, kFullWidthColon.size(), ascii_with_space(':', k + kFullWidthColon.size(), end),
          message(MessageId::kFullWidthColonInBraces, {{"key", name}}));
      k += kFullWidthColon.size() - 1;
    } else if (open.back() == '{' && at(k, kFullWidthComma)) {
      std::size_t next = k + kFullWidthComma.size();
      while (next < end && text_[next] == ' ') ++next;
      std::size_t word = next;
      while (word < end && is_key_character(text_[word])) ++word;
      if (word > next && (at(word, ":") || at(word, kFullWidthColon))) {
        add(k, kFullWidthComma.size(), ascii_with_space(',', k + kFullWidthComma.size(), end),
            message(MessageId::kFullWidthCommaInBraces));
      }
      k += kFullWidthComma.size() - 1;
    }
  }
}

/// True for a value `|` or `>` (with optional indicators and comment).
bool LineChecker::starts_block_scalar(std::size_t i, std::size_t end) const {
  if (i >= end || (text_[i] != '|' && text_[i] != '>')) return false;
  ++i;
  while (i < end && (text_[i] == '+' || text_[i] == '-' || (text_[i] >= '1' && text_[i] <= '9')))
    ++i;
  while (i < end && text_[i] == ' ') ++i;
  return i == end || text_[i] == '#';
}

}  // namespace

std::vector<LineFinding> check_lines(std::string_view text) { return LineChecker(text).run(); }

std::string repair_lines(std::string_view text, const std::vector<LineFinding>& findings) {
  std::string out;
  out.reserve(text.size() + findings.size() * 4);
  std::size_t copied = 0;
  for (const LineFinding& f : findings) {
    out.append(text, copied, f.offset - copied);
    out += f.replacement;
    copied = f.offset + f.length;
  }
  out.append(text, copied);
  return out;
}

int original_column(int line, int column, const std::vector<ColumnShift>& shifts) {
  int shift = 0;  // characters the repairs before `column` added on its line
  for (const ColumnShift& s : shifts) {
    if (s.line != line) continue;
    const int start = s.column + shift;
    if (column < start) break;
    if (column < start + s.added) return s.column;
    shift += s.added - s.removed;
  }
  return column - shift;
}

}  // namespace careerguide::load
