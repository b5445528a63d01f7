#include "money/money.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace careerguide::money {
namespace {

/// Most decimals a tick label gets (steps below 1e-9 are not expected).
constexpr int kMostTickDecimals = 9;

/// `digits` (a whole number) with a comma before each group of three.
std::string with_commas(const std::string& digits) {
  std::string result;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) {
      result += ',';
    }
    result += digits[i];
  }
  return result;
}

/// `value` rounded half away from zero to `decimals`, with comma thousands
/// separators and without trailing zeros after the point.
std::string grouped(double value, int decimals) {
  const double factor = std::pow(10.0, decimals);
  const double rounded = std::round(std::fabs(value) * factor) / factor;
  std::string digits = fmt::format("{:.{}f}", rounded, decimals);
  std::string fraction;
  if (const auto point = digits.find('.'); point != std::string::npos) {
    fraction = digits.substr(point);
    digits.erase(point);
    while (fraction.back() == '0') {
      fraction.pop_back();
    }
    if (fraction == ".") {
      fraction.clear();
    }
  }
  const bool negative = value < 0 && (rounded > 0);
  return (negative ? "-" : "") + with_commas(digits) + fraction;
}

}  // namespace

std::string format_amount(std::int64_t hundredths, Precision precision) {
  hundredths = std::max<std::int64_t>(hundredths, 0);
  if (precision == Precision::kWholeUnits) {
    return with_commas(std::to_string(hundredths / 100 + (hundredths % 100 >= 50 ? 1 : 0)));
  }
  return fmt::format("{}.{:02}", with_commas(std::to_string(hundredths / 100)), hundredths % 100);
}

std::string format_tick(double value, double step) {
  if (!std::isfinite(value)) {
    return fmt::format("{}", value);
  }
  int decimals = 0;
  if (std::isfinite(step) && step > 0 && step < 1) {
    decimals = static_cast<int>(std::ceil(-std::log10(step) - 1e-9));
    // One spare decimal covers steps such as 0.25; trailing zeros are trimmed.
    decimals = std::min(decimals + 1, kMostTickDecimals);
  }
  return grouped(value, decimals);
}

std::string format_money(const Figure& figure, std::string_view symbol, Precision precision) {
  const std::string low = fmt::format("{}{}", symbol, format_amount(figure.low, precision));
  if (!figure.is_range()) {
    return low;
  }
  return fmt::format("{}\u2013{}{}", low, symbol, format_amount(figure.high, precision));
}

}  // namespace careerguide::money
