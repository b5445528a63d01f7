#include "load/amount.h"

#include <array>
#include <cctype>

#include <fmt/format.h>

namespace careerguide::load {
namespace {

/// Exponents beyond this are saturated while parsing: the value is then far
/// outside the salary bounds either way, and n + exponent cannot overflow.
constexpr long kExponentCap = 1'000'000;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

/// The run of digits at the front of `s`, removed from it.
std::string_view take_digits(std::string_view& s) {
  std::size_t n = 0;
  while (n < s.size() && is_digit(s[n])) ++n;
  const std::string_view digits = s.substr(0, n);
  s.remove_prefix(n);
  return digits;
}

/// The exponent written after `e`, saturated at ±kExponentCap.
std::optional<long> take_exponent(std::string_view& s) {
  bool negative = false;
  if (!s.empty() && (s.front() == '+' || s.front() == '-')) {
    negative = s.front() == '-';
    s.remove_prefix(1);
  }
  const std::string_view digits = take_digits(s);
  if (digits.empty()) return std::nullopt;
  long value = 0;
  for (const char c : digits) value = std::min(kExponentCap, value * 10 + (c - '0'));
  return negative ? -value : value;
}

// Currency marks people put around a figure, and the multipliers they write
// after it (45k, 4.5万, 4.5w).
constexpr std::array<std::string_view, 11> kCurrencyPrefixes{
    "US$", "HK$", "CN¥", "RMB", "CNY", "USD", "$", "¥", "￥", "€", "£"};
constexpr std::array<std::string_view, 5> kCurrencySuffixes{"元", "块", "RMB", "CNY", "USD"};
struct Multiplier {
  std::string_view suffix;
  long exponent;
};
constexpr std::array<Multiplier, 6> kMultipliers{
    {{"k", 3}, {"K", 3}, {"千", 3}, {"万", 4}, {"w", 4}, {"W", 4}}};
constexpr std::array<std::string_view, 4> kGrouping{",", "，", "_", " "};
constexpr std::array<std::string_view, 8> kRangeSeparators{"–", "—", "~", "～", "至", "到", " to ", "-"};

bool strip_prefix(std::string_view& s, std::string_view prefix) {
  if (!s.starts_with(prefix)) return false;
  s = trim(s.substr(prefix.size()));
  return true;
}

bool strip_suffix(std::string_view& s, std::string_view suffix) {
  if (!s.ends_with(suffix) || s.size() == suffix.size()) return false;
  s = trim(s.substr(0, s.size() - suffix.size()));
  return true;
}

/// A figure as people write it, read exactly.
struct WrittenAmount {
  Decimal value;
  bool multiplied = false;  ///< it ended in k, 千, 万…
};

/// `written` without currency marks, grouping and multiplier, read exactly;
/// nullopt unless it is an amount within the salary bounds.
std::optional<WrittenAmount> read_written(std::string_view written) {
  std::string_view s = trim(written);
  for (const std::string_view prefix : kCurrencyPrefixes) {
    if (strip_prefix(s, prefix)) break;
  }
  for (const std::string_view suffix : kCurrencySuffixes) {
    if (strip_suffix(s, suffix)) break;
  }
  long shift = 0;
  for (const Multiplier& multiplier : kMultipliers) {
    if (strip_suffix(s, multiplier.suffix)) {
      shift = multiplier.exponent;
      break;
    }
  }
  std::string plain(s);
  for (const std::string_view mark : kGrouping) {
    for (std::size_t at = plain.find(mark); at != std::string::npos; at = plain.find(mark)) {
      plain.erase(at, mark.size());
    }
  }
  auto value = parse_decimal(plain);
  if (!value || value->negative) return std::nullopt;
  if (!value->zero()) value->exponent += shift;
  if (!round_amount(*value, 2)) return std::nullopt;
  return WrittenAmount{*value, shift != 0};
}

}  // namespace

std::optional<Decimal> parse_decimal(std::string_view text) {
  std::string_view s = trim(text);
  Decimal result;
  if (!s.empty() && (s.front() == '+' || s.front() == '-')) {
    result.negative = s.front() == '-';
    s.remove_prefix(1);
  }
  const std::string_view whole = take_digits(s);
  std::string_view fraction;
  if (!s.empty() && s.front() == '.') {
    s.remove_prefix(1);
    fraction = take_digits(s);
  }
  if (whole.empty() && fraction.empty()) return std::nullopt;
  long exponent = 0;
  if (!s.empty() && (s.front() == 'e' || s.front() == 'E')) {
    s.remove_prefix(1);
    const auto written = take_exponent(s);
    if (!written) return std::nullopt;
    exponent = *written;
  }
  if (!s.empty()) return std::nullopt;
  std::string digits = std::string(whole) + std::string(fraction);
  exponent -= static_cast<long>(fraction.size());
  const std::size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos) return Decimal{{}, 0, result.negative};
  digits.erase(0, first);
  while (digits.back() == '0') {
    digits.pop_back();
    ++exponent;
  }
  result.digits = std::move(digits);
  result.exponent = exponent;
  return result;
}

std::optional<Rounded> round_amount(const Decimal& value, int decimals) {
  if (value.zero()) return Rounded{};
  if (value.negative) return std::nullopt;
  const long length = static_cast<long>(value.digits.size());
  // v ≥ 10^(length + exponent − 1), so more than 13 whole digits is above 1e12.
  if (length + value.exponent > 13) return std::nullopt;
  // v × 100 = whole + rest, where whole has at most 15 digits (fits int64)
  // and rest, the digits beyond the hundredths, is empty when v × 100 is whole.
  const long shift = value.exponent + 2;
  std::string whole_digits = value.digits;
  std::string rest;
  if (shift >= 0) {
    whole_digits.append(static_cast<std::size_t>(shift), '0');
  } else if (length + shift > 0) {
    rest = whole_digits.substr(static_cast<std::size_t>(length + shift));
    whole_digits.resize(static_cast<std::size_t>(length + shift));
  } else {
    rest = std::string(static_cast<std::size_t>(-(length + shift)), '0') + whole_digits;
    whole_digits = "0";
  }
  const model::Hundredths whole = std::stoll(whole_digits);
  if (whole > model::kMaxSalary || (whole == model::kMaxSalary && !rest.empty())) return std::nullopt;
  if (whole == 0) return std::nullopt;  // 0 < v < 0.01 (zero returned above)
  if (decimals >= 2) {
    return Rounded{whole + (!rest.empty() && rest.front() >= '5' ? 1 : 0), !rest.empty()};
  }
  const model::Hundredths units = whole / 100 + (whole % 100 >= 50 ? 1 : 0);
  return Rounded{units * 100, whole % 100 != 0 || !rest.empty()};
}

std::string plain_decimal(const Decimal& value) {
  if (value.zero()) return "0";
  std::string digits = value.digits;
  if (value.exponent >= 0) {
    digits.append(static_cast<std::size_t>(value.exponent), '0');
  } else {
    const auto decimals = static_cast<std::size_t>(-value.exponent);
    if (digits.size() <= decimals) digits.insert(0, decimals - digits.size() + 1, '0');
    digits.insert(digits.size() - decimals, ".");
  }
  return (value.negative ? "-" : "") + digits;
}

std::string amount_hint(std::string_view written) {
  const auto amount = read_written(written);
  if (!amount) return {};
  const std::string plain = plain_decimal(amount->value);
  return plain == trim(written) ? std::string() : plain;
}

std::string range_hint(std::string_view written) {
  const std::string_view s = trim(written);
  for (const std::string_view separator : kRangeSeparators) {
    const std::size_t at = s.find(separator);
    if (at == std::string_view::npos || at == 0) continue;
    const std::string_view left_text = s.substr(0, at);
    const std::string_view right_text = s.substr(at + separator.size());
    auto left = read_written(left_text);
    const auto right = read_written(right_text);
    if (!left || !right) return {};
    // "25-40k": a multiplier written once counts for both ends.
    if (!left->multiplied && right->multiplied) {
      const auto carried = read_written(fmt::format("{}{}", left_text, right_text.substr(
          right_text.find_last_of("0123456789.") + 1)));
      if (carried) left = carried;
    }
    std::string low = plain_decimal(left->value);
    std::string high = plain_decimal(right->value);
    if (round_amount(left->value, 2)->value > round_amount(right->value, 2)->value) std::swap(low, high);
    return fmt::format("{{min: {}, max: {}}}", low, high);
  }
  return {};
}

}  // namespace careerguide::load
