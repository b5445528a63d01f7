#pragma once
// Numbers as people type amounts of money in a remark: 850000, 850,000,
// 85万, 85 万, 85w, $850k, 1.2M, 155.5 千. For the warning on a salary note
// that repeats the figure.

#include <cstddef>
#include <string_view>
#include <vector>

#include "model/guide.h"

namespace careerguide::advice {

/// One amount found in a text.
struct AmountInText {
  model::Hundredths value = 0;  ///< exact, in hundredths of a unit
  std::size_t character = 0;    ///< index (in code points) of its first digit
};

/// Every amount in UTF-8 `text`: digits with optional comma thousands groups
/// (`,` or `，`, exactly three digits each) and decimals, then optionally a
/// multiplier: 万 or 千 or 亿 (a space may come before it), or k/K, w/W
/// (万), m/M (million) written right after the digits and not followed by
/// another letter. Amounts that are not a whole number of hundredths, or
/// of 15 digits or more in units, are left out: no salary can equal them.
std::vector<AmountInText> amounts_in_text(std::string_view text);

}  // namespace careerguide::advice
