#pragma once
// A message of the program as data: which text of the table (docs/messages.md)
// and its named arguments. It is rendered only at the edge (cli), in the
// user's language, so every stage below reports problems without knowing
// that language.

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "messages/message_id.h"
#include "messages/language.h"

namespace careerguide::messages {

struct Argument;

/// One message: a row of the table and the values of its `{name}` placeholders.
struct Message {
  MessageId id{};
  std::vector<Argument> arguments;
};

/// A placeholder's value: data shown as it is (text, a whole number, a
/// number), or a message of its own, rendered in the same language (a
/// fragment such as "a number" inside "expected {what} (got {value})").
struct Argument {
  using Value = std::variant<std::string, std::int64_t, double, Message>;

  template <class T>
  Argument(std::string argument_name, T&& argument_value) : name(std::move(argument_name)) {
    using Plain = std::remove_cvref_t<T>;
    if constexpr (std::is_same_v<Plain, bool>) {
      static_assert(!std::is_same_v<Plain, bool>, "a message argument is text or a number");
    } else if constexpr (std::is_integral_v<Plain>) {
      value = static_cast<std::int64_t>(argument_value);
    } else if constexpr (std::is_floating_point_v<Plain>) {
      value = static_cast<double>(argument_value);
    } else if constexpr (std::is_same_v<Plain, Message>) {
      value = std::forward<T>(argument_value);
    } else {
      value = std::string(std::string_view(argument_value));
    }
  }

  std::string name;
  Value value;
};

/// The message of `id` with `arguments`: `message(MessageId::kExpected,
/// {{"what", message(MessageId::kANumber)}, {"value", "\"lots\""}})`.
Message message(MessageId id, std::vector<Argument> arguments = {});

/// Text that reads the same in every language (data alone).
inline Message verbatim(std::string_view text) {
  return message(MessageId::kVerbatim, {{"text", text}});
}

/// The text of `m` in `language`, its placeholders filled (fmt's format
/// syntax: `{name}`, `{name:.1f}`; `{{` for a brace).
std::string render(const Message& m, Language language);

/// The English text of `m`: for logs and exception texts (`what()`), and
/// for tests that read one language.
inline std::string english(const Message& m) { return render(m, Language::kEnglish); }

/// An exception whose text is a message: `what()` is its English text, and
/// cli prints `message()` in the user's language. Failures of the stages
/// (load::InputError, fonts::FontError, ...) derive from it.
class MessageError : public std::runtime_error {
 public:
  explicit MessageError(Message m) : std::runtime_error(english(m)), message_(std::move(m)) {}
  const Message& message() const { return message_; }

 private:
  Message message_;
};

}  // namespace careerguide::messages
