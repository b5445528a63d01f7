// Plain-language messages for yaml-cpp's syntax errors: the people who edit
// the data are not programmers, so say what to change, not what the parser saw.

#include "load/describe_syntax_error.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace careerguide::load {
namespace {

/// yaml-cpp's message (or its start) and what we say instead.
constexpr std::array<std::pair<std::string_view, messages::MessageId>, 15> kPlainMessages{{
    {"illegal tab", messages::MessageId::kTabIndentation},
    {"end of sequence flow not found", messages::MessageId::kUnclosedBrackets},
    {"end of map flow not found", messages::MessageId::kUnclosedBraces},
    {"illegal flow end", messages::MessageId::kUnopenedBracket},
    {"end of map not found", messages::MessageId::kKeysMisaligned},
    {"end of sequence not found", messages::MessageId::kItemsMisaligned},
    {"illegal map value", messages::MessageId::kUnexpectedColon},
    {"illegal block entry", messages::MessageId::kUnexpectedListItem},
    {"illegal map key", messages::MessageId::kUnexpectedKey},
    {"unknown token", messages::MessageId::kCannotStartValue},
    {"unknown escape character", messages::MessageId::kUnknownEscape},
    {"illegal EOF in scalar", messages::MessageId::kEndInsideQuote},
    {"illegal document indicator", messages::MessageId::kDocumentMarkerInText},
    {"the referenced anchor is not defined", messages::MessageId::kAnchorNotAbove},
    {"illegal character in scalar", messages::MessageId::kCharacterNotAllowed},
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
    return {source.position(*tab), model::Severity::kError, messages::message(kPlainMessages[0].second)};
  }
  const std::string_view message(yaml_message);
  if (message.starts_with("end of sequence flow")) {
    offset = unclosed_bracket(source.text(), offset, '[', ']');
  } else if (message.starts_with("end of map flow")) {
    offset = unclosed_bracket(source.text(), offset, '{', '}');
  }
  for (const auto& [theirs, ours] : kPlainMessages) {
    if (message.starts_with(theirs)) {
      return {source.position(offset), model::Severity::kError, messages::message(ours)};
    }
  }
  return {source.position(offset), model::Severity::kError,
          messages::message(messages::MessageId::kYamlSyntaxError, {{"detail", yaml_message}})};
}

}  // namespace careerguide::load
