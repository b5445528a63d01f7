#include "messages/message.h"

#include <fmt/args.h>
#include <fmt/format.h>

#include "messages/table.h"

namespace careerguide::messages {

Message message(MessageId id, std::vector<Argument> arguments) {
  return Message{id, std::move(arguments)};
}

std::string render(const Message& m, Language language) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const Argument& argument : m.arguments) {
    const char* name = argument.name.c_str();
    std::visit(
        [&](const auto& value) {
          using Value = std::decay_t<decltype(value)>;
          if constexpr (std::is_same_v<Value, Message>) {
            store.push_back(fmt::arg(name, render(value, language)));
          } else {
            store.push_back(fmt::arg(name, value));
          }
        },
        argument.value);
  }
  return fmt::vformat(text_of(m.id, language), store);
}

}  // namespace careerguide::messages
