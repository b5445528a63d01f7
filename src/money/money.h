#pragma once
// Numbers as the guide prints them (design §9): "$155,500", "$120,000–$150,000"
// and tick labels without the currency symbol.

#include <cstdint>
#include <string>
#include <string_view>

#include "chart/figures.h"

namespace careerguide::money {

using chart::Figure;

/// How many decimals a money figure shows (design §9; README "Salaries").
enum class Precision {
  kWholeUnits,  ///< yearly and monthly pay: "$45,001" (hundredths rounded, a half up)
  kCents,       ///< hourly pay: always two decimals, "$15.50"
};

/// `symbol` + the figure: "$155,500" for an average, "$120,000–$150,000" (en
/// dash, symbol on both ends) for a range. Numbers as format_amount.
std::string format_money(const Figure& figure, std::string_view symbol, Precision precision);

/// `hundredths` (≥ 0) in currency units with comma thousands separators:
/// "155,500" (kWholeUnits, 45000.50 → "45,001") or "15.50" (kCents). Exact:
/// integer arithmetic only.
std::string format_amount(std::int64_t hundredths, Precision precision);

/// A tick label on an axis with ticks every `step`: as format_number, but with
/// as many decimals as the step needs (0.002 → "0.002"), without trailing zeros.
std::string format_tick(double value, double step);

}  // namespace careerguide::money
