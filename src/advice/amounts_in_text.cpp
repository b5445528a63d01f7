#include "advice/amounts_in_text.h"

#include <cctype>
#include <optional>
#include <string>

namespace careerguide::advice {
namespace {

constexpr int kMostDigits = 15;  // an amount of 10^15 hundredths or more is above kMaxSalary

bool is_digit(std::string_view text, std::size_t i) {
  return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) != 0;
}
bool is_ascii_letter(std::string_view text, std::size_t i) {
  return i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])) != 0;
}

// The thousands separator at `text[i]` when three digits and no fourth follow
// it: its length in bytes, else 0.
std::size_t thousands_separator(std::string_view text, std::size_t i) {
  std::size_t length = 0;
  if (i < text.size() && text[i] == ',') length = 1;
  if (text.substr(i).starts_with("\uFF0C")) length = 3;
  if (length == 0) return 0;
  const std::size_t group = i + length;
  const bool three = is_digit(text, group) && is_digit(text, group + 1) && is_digit(text, group + 2);
  return three && !is_digit(text, group + 3) ? length : 0;
}

// The power of ten a multiplier at `text[i]` stands for, and its length.
struct Multiplier {
  int power = 0;
  std::size_t length = 0;
};

Multiplier multiplier_at(std::string_view text, std::size_t i) {
  for (const auto& [mark, power] : {std::pair{std::string_view("\u4E07"), 4},
                                    std::pair{std::string_view("\u5343"), 3},
                                    std::pair{std::string_view("\u4EBF"), 8}}) {
    std::size_t at = i;
    if (at < text.size() && text[at] == ' ') ++at;
    if (text.substr(at).starts_with(mark)) return {power, at - i + mark.size()};
  }
  if (i >= text.size() || is_ascii_letter(text, i + 1)) return {};
  switch (text[i]) {
    case 'k': case 'K': return {3, 1};
    case 'w': case 'W': return {4, 1};
    case 'm': case 'M': return {6, 1};
    default: return {};
  }
}

// `digits` × 10^`power` (power may be negative), when a whole number.
std::optional<model::Hundredths> scaled(const std::string& digits, int power) {
  // Digits beyond the decimals kept, counted once scaled: too many cannot be a salary.
  if (digits.size() > 18 || static_cast<int>(digits.size()) + power > kMostDigits + 2)
    return std::nullopt;
  model::Hundredths value = std::stoll(digits);
  for (; power > 0; --power) value *= 10;
  for (; power < 0; ++power) {
    if (value % 10 != 0) return std::nullopt;
    value /= 10;
  }
  return value;
}

std::size_t code_points(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

}  // namespace

std::vector<AmountInText> amounts_in_text(std::string_view text) {
  std::vector<AmountInText> amounts;
  std::size_t i = 0;
  while (i < text.size()) {
    // A number starts at a digit not inside another number or word.
    if (!is_digit(text, i) || (i > 0 && (is_digit(text, i - 1) || text[i - 1] == '.'))) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    std::string digits;
    while (is_digit(text, i)) digits += text[i++];
    while (const std::size_t separator = thousands_separator(text, i)) {
      i += separator;
      digits.append(text.substr(i, 3));
      i += 3;
    }
    int decimals = 0;
    if (i + 1 < text.size() && text[i] == '.' && is_digit(text, i + 1)) {
      ++i;
      while (is_digit(text, i)) {
        digits += text[i++];
        ++decimals;
      }
    }
    const Multiplier multiplier = multiplier_at(text, i);
    i += multiplier.length;
    if (const auto value = scaled(digits, multiplier.power + 2 - decimals))
      amounts.push_back({*value, code_points(text.substr(0, start))});
  }
  return amounts;
}

}  // namespace careerguide::advice
