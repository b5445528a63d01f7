#include "advice/salary_outliers.h"

#include <algorithm>

namespace careerguide::advice {
namespace {

// Figures are compared at four times their midpoint, 2 × (min + max): the
// midpoint of a range and the median of an even count stay whole numbers.
model::Hundredths quadruple_midpoint(const model::Salary& salary) { return 2 * (salary.min + salary.max); }

model::Hundredths quadruple_median(std::vector<model::Hundredths> figures) {
  std::sort(figures.begin(), figures.end());
  const std::size_t middle = figures.size() / 2;
  if (figures.size() % 2 == 1) return figures[middle];
  return (figures[middle - 1] + figures[middle]) / 2;  // both even: exact
}

// The hundredths a figure of `period` is a whole number of.
model::Hundredths granularity(model::Period period) { return period == model::Period::kHour ? 1 : 100; }

std::optional<model::Salary> tenfold(const model::Salary& salary, bool above, model::Hundredths median4,
                                     model::Period period) {
  const model::Hundredths figure4 = quadruple_midpoint(salary);
  model::Salary scaled = salary;
  if (above) {
    const model::Hundredths step = 10 * granularity(period);
    if (salary.min % step != 0 || salary.max % step != 0) return std::nullopt;
    scaled.min /= 10;
    scaled.max /= 10;
    // figure / 10 within kTenfoldReach of the median
    if (kTenfoldReach * figure4 < 10 * median4 || figure4 > 10 * kTenfoldReach * median4) return std::nullopt;
  } else {
    scaled.min *= 10;
    scaled.max *= 10;
    if (scaled.max > model::kMaxSalary) return std::nullopt;
    if (10 * kTenfoldReach * figure4 < median4 || 10 * figure4 > kTenfoldReach * median4) return std::nullopt;
  }
  return scaled;
}

}  // namespace

std::vector<SalaryOutlier> salary_outliers(const std::vector<model::Role>& roles, model::Period period) {
  std::vector<model::Hundredths> figures;
  for (const model::Role& role : roles)
    if (role.salary.has_figure()) figures.push_back(quadruple_midpoint(role.salary));
  if (figures.size() < kLeastFiguresForMedian) return {};
  const model::Hundredths median4 = quadruple_median(std::move(figures));
  if (median4 == 0) return {};
  std::vector<SalaryOutlier> outliers;
  for (std::size_t i = 0; i < roles.size(); ++i) {
    const model::Salary& salary = roles[i].salary;
    if (!salary.has_figure()) continue;
    const model::Hundredths figure4 = quadruple_midpoint(salary);
    const bool above = figure4 > kOutlierFactor * median4;
    const bool below = kOutlierFactor * figure4 < median4;
    if (!above && !below) continue;
    outliers.push_back({i, above, (median4 + 2) / 4, tenfold(salary, above, median4, period)});
  }
  return outliers;
}

}  // namespace careerguide::advice
