// Plain-language messages for yaml-cpp's syntax errors: the people who edit
// the data are not programmers, so say what to change, not what the parser saw.

#include "load/describe_syntax_error.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <utility>

#include <fmt/format.h>

namespace careerguide::load {
namespace {

/// yaml-cpp's message (or its start) and what we say instead.
constexpr std::array<std::pair<std::string_view, std::string_view>, 15> kPlainMessages{{
    {"illegal tab", "tabs are not allowed for indentation; use spaces"},
    {"end of sequence flow not found",
     "this list in [brackets] is not closed; add the missing \"]\""},
    {"end of map flow not found",
     "this mapping in {braces} is not closed; add the missing \"}\""},
    {"illegal flow end", "a closing \"]\" or \"}\" here has no opening bracket"},
    {"end of map not found",
     "the indentation here does not match the lines above; keys at the same level need the "
     "same number of spaces"},
    {"end of sequence not found",
     "the indentation here does not match the lines above; items of one list and their keys "
     "need the same number of spaces"},
    {"illegal map value",
     "unexpected \":\" here; put text that contains \": \" in quotes, or check the indentation"},
    {"illegal block entry", "a list item \"- \" is not allowed here; check the indentation"},
    {"illegal map key", "a key is not allowed here; check the indentation"},
    {"unknown token",
     "this character cannot start a value; put the text in quotes (\"...\")"},
    {"unknown escape character",
     "unknown escape after \\ in double-quoted text; write \\\\ for a backslash, or use single "
     "quotes"},
    {"illegal EOF in scalar", "the file ends inside a quoted text; add the closing quote"},
    {"illegal document indicator", "\"---\" or \"...\" inside a text; put the text in quotes"},
    {"the referenced anchor is not defined",
     "this alias refers to an anchor that is not defined above it"},
    {"illegal character in scalar",
     "this character is not allowed in plain text; put the text in quotes"},
}};

/// Offset of the first tab in the indentation of the line holding `offset`.
std::optional<std::size_t> tab_in_indentation(const SourceText& source, std::size_t offset) {
  const std::string_view line = source.line_at(offset);
  const std::size_t start = source.line_start(source.position(offset).line);
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\t') return start + i;
    if (line[i] != ' ' && line[i] != '-') break;
  }
  return std::nullopt;
}

/// Offset of the bracket `open` that is still unclosed at `offset`: the
/// place to point at, since yaml-cpp notices only where the list should end.
std::size_t unclosed_bracket(const std::string& text, std::size_t offset, char open, char close) {
  int depth = 0;
  for (std::size_t i = std::min(offset, text.size()); i-- > 0;) {
    if (text[i] == close) ++depth;
    if (text[i] == open && depth-- == 0) return i;
  }
  return offset;
}

}  // namespace

model::Diagnostic describe_syntax_error(const SourceText& source, const std::string& yaml_message,
                                        std::size_t offset) {
  if (const auto tab = tab_in_indentation(source, offset)) {
    return {source.position(*tab), model::Severity::kError, messages::verbatim(kPlainMessages[0].second)};
  }
  const std::string_view message(yaml_message);
  if (message.starts_with("end of sequence flow")) {
    offset = unclosed_bracket(source.text(), offset, '[', ']');
  } else if (message.starts_with("end of map flow")) {
    offset = unclosed_bracket(source.text(), offset, '{', '}');
  }
  for (const auto& [theirs, ours] : kPlainMessages) {
    if (message.starts_with(theirs)) {
      return {source.position(offset), model::Severity::kError, messages::verbatim(ours)};
    }
  }
  return {source.position(offset), model::Severity::kError,
          messages::verbatim(fmt::format("YAML syntax error: {}", yaml_message))};
}

}  // namespace careerguide::load
