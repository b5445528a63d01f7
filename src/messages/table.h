#pragma once
// The one table of the program's messages: every text in English and in
// Chinese. docs/messages.md holds the glossary the Chinese texts follow.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "messages/language.h"
#include "messages/message_id.h"

namespace careerguide::messages {

/// One row: a message's texts, in fmt's format syntax with named
/// placeholders (`{path}`, `{count}`), the same placeholders in both.
struct MessageText {
  MessageId id;
  std::string_view english;
  std::string_view chinese;
};

/// Every row, in the order of MessageId.
std::span<const MessageText> message_table();

/// The names of the placeholders of `text`, sorted, each once: `{path}` and
/// `{count:.1f}` give "count", "path"; `{{` is a brace, not a placeholder.
std::vector<std::string> placeholders(std::string_view text);

/// The text of `id` in `language`.
std::string_view text_of(MessageId id, Language language);

}  // namespace careerguide::messages
