#include "chart/money.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace careerguide::chart {
namespace {

/// Values below this (in magnitude) keep up to 2 decimals.
constexpr double kDecimalsBelow = 100;
/// Most decimals a tick label gets (steps below 1e-9 are not expected).
constexpr int kMostTickDecimals = 9;

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
  std::string result;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) {
      result += ',';
    }
    result += digits[i];
  }
  const bool negative = value < 0 && (rounded > 0);
  return (negative ? "-" : "") + result + fraction;
}

}  // namespace

std::string format_number(double value) {
  if (!std::isfinite(value)) {
    return fmt::format("{}", value);
  }
  return grouped(value, std::fabs(value) < kDecimalsBelow ? 2 : 0);
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

std::string format_money(const Figure& figure, std::string_view symbol) {
  const std::string low = fmt::format("{}{}", symbol, format_number(figure.low));
  if (!figure.is_range()) {
    return low;
  }
  return fmt::format("{}\u2013{}{}", low, symbol, format_number(figure.high));
}

}  // namespace careerguide::chart
