#pragma once
// Line-level mistakes found before YAML sees the text: the slips of a Chinese
// keyboard (full-width colon, hyphen and space where YAML structure needs the
// ASCII ones, no space after a colon), tabs in the indentation, line ends of a
// carriage return alone and byte-order marks in mid-file. yaml-cpp reports
// each of these as an unrelated error on a later line; here each is found at
// its own place, and each comes with a repair so that the rest of the file can
// still be checked.

#include <cstddef>
#include <string>
#include <string_view>
#include <optional>
#include <vector>

#include "messages/message.h"

namespace careerguide::load {

/// One mistake on a line and how to repair it in memory.
struct LineFinding {
  std::size_t offset = 0;   ///< byte offset of the mistake in the text
  std::size_t length = 0;   ///< bytes the repair replaces, starting at `offset`
  std::string replacement;  ///< what the repaired text has instead
  std::optional<messages::Message> message;  ///< what to tell the user; none for a repeat already counted
  bool sure = true;         ///< false when the repair is a guess (how wide was a tab?)
};

/// Every mistake in `text` (a data file without its leading byte-order mark),
/// in the order of the text. Text inside block scalars (`|`, `>`), comments
/// and values that are prose (`summary: 要求：熟悉…`) are left alone: only
/// places where YAML structure needs `: `, `- ` or indentation are checked.
std::vector<LineFinding> check_lines(std::string_view text);

/// `text` with every finding's repair applied (findings in text order).
std::string repair_lines(std::string_view text, const std::vector<LineFinding>& findings);

/// How one repair moved the rest of its line: `removed` characters at
/// `column` became `added` characters (columns 1-based, in characters).
struct ColumnShift {
  int line = 0;
  int column = 0;
  int removed = 0;
  int added = 0;
};

/// The column in the original text of `column` on `line` of the repaired
/// text; `shifts` in text order. A column inside a repair maps to its start.
int original_column(int line, int column, const std::vector<ColumnShift>& shifts);

}  // namespace careerguide::load
