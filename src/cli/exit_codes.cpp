#include "cli/exit_codes.h"

#include <new>
#include <ostream>
#include <string_view>

#include "messages/message.h"

namespace careerguide::cli {

int report_unexpected_failure(std::exception_ptr failure, messages::Language language,
                              std::ostream& err) {
  using messages::message;
  using messages::MessageId;
  const auto internal = [&](std::string_view detail) {
    err << "careerguide: internal error: "
        << messages::render(message(MessageId::kInternalError, {{"detail", detail}}), language)
        << '\n';
    return kExitInternal;
  };
  try {
    std::rethrow_exception(failure);
  } catch (const std::bad_alloc&) {
    err << "careerguide: error: " << messages::render(message(MessageId::kOutOfMemory), language)
        << '\n';
    return kExitEnvironment;
  } catch (const std::exception& error) {
    return internal(error.what());
  } catch (...) {
    return internal(messages::render(message(MessageId::kUnknownException), language));
  }
}

}  // namespace careerguide::cli
