#include "layout/guide_figures.h"

#include <algorithm>

#include "money/money.h"
#include "layout/locale.h"

namespace careerguide::layout {

// The chart functions are exact for every salary the loader accepts.
static_assert(model::kMaxSalary <= chart::kLargestHundredths);

money::Precision precision(const model::Guide& guide) {
  return guide.currency.period == model::Period::kHour ? money::Precision::kCents
                                                       : money::Precision::kWholeUnits;
}

bool any_figure(const model::Guide& guide) {
  return std::any_of(guide.roles.begin(), guide.roles.end(),
                     [](const model::Role& role) { return role.salary.has_figure(); });
}

FigureTable figure_table(const model::Guide& guide) {
  FigureTable table;
  table.figure_of_role.resize(guide.roles.size());
  for (std::size_t i = 0; i < guide.roles.size(); ++i) {
    const model::Salary& salary = guide.roles[i].salary;
    if (!salary.has_figure()) continue;
    table.figure_of_role[i] = table.figures.size();
    table.figures.push_back(chart::Figure{salary.min, salary.max});
    table.role_of.push_back(i);
  }
  return table;
}

std::string money(const chart::Figure& figure, const model::Guide& guide) {
  return money::format_money(figure, guide.currency.symbol, precision(guide));
}

std::string salary_label(const model::Guide& guide) {
  switch (guide.currency.period) {
    case model::Period::kMonth: return guide.labels.salary_month;
    case model::Period::kHour: return guide.labels.salary_hour;
    case model::Period::kYear: break;
  }
  return guide.labels.salary_year;
}

std::string salary_phrase(const model::Guide& guide) {
  // "Average" becomes "average", but an acronym such as "USD" stays.
  return locale_of(guide.language).mid_sentence(salary_label(guide));
}

std::string unit_label(const model::Guide& guide) {
  switch (guide.currency.period) {
    case model::Period::kMonth: return guide.labels.unit_month;
    case model::Period::kHour: return guide.labels.unit_hour;
    case model::Period::kYear: break;
  }
  return guide.labels.unit_year;
}

std::string currency_name(const model::Guide& guide) {
  if (!guide.currency.name.empty()) return guide.currency.name;
  return model::fill(guide.labels.currency_name, {{"code", guide.currency.code}});
}

}  // namespace careerguide::layout
