#pragma once
// Numbers as the guide prints them (design §9): "$155,500", "$120,000–$150,000"
// and tick labels without the currency symbol.

#include <string>
#include <string_view>

#include "chart/figures.h"

namespace careerguide::chart {

/// `symbol` + the figure: "$155,500" for an average, "$120,000–$150,000" (en
/// dash, symbol on both ends) for a range. Numbers as format_number.
std::string format_money(const Figure& figure, std::string_view symbol);

/// A number with comma thousands separators: whole from 100 up ("155,500",
/// 155,500.5 → "155,501", halves rounded away from zero); below 100 (in
/// magnitude) up to 2 decimals without trailing zeros ("1.5", "0.25", "42").
/// Negative numbers get "-"; non-finite ones print as "nan", "inf", "-inf".
std::string format_number(double value);

/// A tick label on an axis with ticks every `step`: as format_number, but with
/// as many decimals as the step needs (0.002 → "0.002"), without trailing zeros.
std::string format_tick(double value, double step);

}  // namespace careerguide::chart
