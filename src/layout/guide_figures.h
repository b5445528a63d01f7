#pragma once
// The guide's salary figures as the chart module sees them, and the words
// around them (units, labels) in the guide's language.

#include <optional>
#include <string>
#include <vector>

#include "chart/figures.h"
#include "money/money.h"
#include "model/guide.h"

namespace careerguide::layout {

/// The roles that have a figure, in data order.
struct FigureTable {
  std::vector<chart::Figure> figures;
  std::vector<std::size_t> role_of;                       ///< role index of each figure
  std::vector<std::optional<std::size_t>> figure_of_role; ///< figure index of each role
};

FigureTable figure_table(const model::Guide& guide);

/// True when at least one role has a figure: without one the guide has no
/// salary overview, and nothing speaks of salaries.
bool any_figure(const model::Guide& guide);

/// Whole units for a yearly or monthly guide, two decimals for an hourly one.
money::Precision precision(const model::Guide& guide);

/// "$127,000" or "$120,000–$150,000" in the guide's currency ("$15.50" hourly).
std::string money(const chart::Figure& figure, const model::Guide& guide);

/// The card label for the currency period: 平均年薪 / 平均月薪 / 平均时薪.
std::string salary_label(const model::Guide& guide);

/// The salary label inside a sentence: in English its capital first letter
/// lowered ("average monthly pay"); Chinese as it is.
std::string salary_phrase(const model::Guide& guide);

/// The unit after a figure: "/ 年", "/ year".
std::string unit_label(const model::Guide& guide);

/// The currency's name: currency.name, or the label's default for the code.
std::string currency_name(const model::Guide& guide);

}  // namespace careerguide::layout
