#include "pdf/creation_date.h"

#include <charconv>
#include <string_view>

#include <fmt/format.h>

namespace careerguide::pdf {

std::variant<std::optional<std::int64_t>, messages::Message> parse_source_date_epoch(
    const char* value) {
  if (value == nullptr || *value == '\0') return std::optional<std::int64_t>{};
  const std::string_view text(value);
  std::int64_t seconds = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  const bool whole = error == std::errc() && end == text.data() + text.size();
  if (whole && seconds >= 0 && seconds <= kMaxSourceDateEpoch) return std::optional{seconds};
  return messages::message(messages::MessageId::kBadSourceDateEpoch,
                           {{"limit", kMaxSourceDateEpoch}, {"value", text}});
}

}  // namespace careerguide::pdf
