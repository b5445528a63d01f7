#pragma once
// The PDF's creation date from SOURCE_DATE_EPOCH, for reproducible bytes:
// the variable is read by the caller, its value checked here.

#include <cstdint>
#include <optional>
#include <string>

#include "messages/message.h"
#include <variant>

namespace careerguide::pdf {

/// The largest SOURCE_DATE_EPOCH accepted: 9999-12-31T23:59:59Z, the last
/// second a PDF date (four-digit year) can hold.
inline constexpr std::int64_t kMaxSourceDateEpoch = 253402300799;

/// SOURCE_DATE_EPOCH's value: nullopt when unset or empty (the clock is
/// read), the seconds when it is a whole number from 0 to
/// kMaxSourceDateEpoch, else the message saying why it is refused.
std::variant<std::optional<std::int64_t>, messages::Message> parse_source_date_epoch(
    const char* value);

}  // namespace careerguide::pdf
