#pragma once
// Salary amounts read exactly from their decimal text: bounds checked on the
// value as written, rounded once to hundredths, and the hints for money as
// people write it ("¥45,000", "4.5万", "25000-40000").

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/guide.h"

namespace careerguide::load {

/// A decimal number as written: `digits` (no leading zeros, "" for zero)
/// × 10^exponent, exact.
struct Decimal {
  std::string digits;
  long exponent = 0;
  bool negative = false;

  bool zero() const { return digits.empty(); }
};

/// `text` as a YAML decimal number ([-+]digits[.digits][e[-+]digits], or
/// .digits), exactly; nullopt for anything else (inf, nan, hex, "1,000").
std::optional<Decimal> parse_decimal(std::string_view text);

/// What became of an amount in range.
struct Rounded {
  model::Hundredths value = 0;  ///< rounded to `decimals`, a half up
  bool changed = false;         ///< the written value had more decimals
};

/// `value` (≥ 0) rounded half up to whole units (`decimals` 0) or hundredths
/// (`decimals` 2); nullopt unless it is 0 or from 0.01 to 1e12 units as written.
std::optional<Rounded> round_amount(const Decimal& value, int decimals);

/// `value` written as a plain decimal number: "45000", "15.5".
std::string plain_decimal(const Decimal& value);

/// The plain number that money written as people write it means: "45000"
/// for `¥45,000`, `45000元`, `45k`, `4.5万`, `$45,000`; "" when `written` is
/// not such a figure or is already a plain number.
std::string amount_hint(std::string_view written);

/// `{min: 25000, max: 40000}` for a range written as one value, such as
/// `25000-40000`, `¥25,000–¥40,000`, `25k~40k`, `25000至40000`; "" otherwise.
std::string range_hint(std::string_view written);

}  // namespace careerguide::load
