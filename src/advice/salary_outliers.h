#pragma once
// Salaries far from the guide's others: a zero typed too many or too few.

#include <cstddef>
#include <optional>
#include <vector>

#include "model/guide.h"

namespace careerguide::advice {

/// Fewer figures than this give no median worth comparing with.
inline constexpr std::size_t kLeastFiguresForMedian = 3;

/// A figure this many times the median, or a median this many times the
/// figure, is far from the others; exactly this factor is not.
inline constexpr model::Hundredths kOutlierFactor = 5;

/// A factor of 10 explains an outlier when it brings the figure within this
/// factor of the median.
inline constexpr model::Hundredths kTenfoldReach = 3;

/// A role whose figure (a range's midpoint) is far from the median.
struct SalaryOutlier {
  std::size_t role = 0;         ///< index into the roles
  bool above = false;           ///< more than kOutlierFactor × the median; else less than 1/kOutlierFactor
  model::Hundredths median = 0; ///< the median of all figures (midpoints of ranges), rounded half up
  /// The figure divided (above) or multiplied (below) by 10, when that
  /// brings it within kTenfoldReach of the median and stays a figure the
  /// data can hold (whole units for a year or month, hundredths for an hour).
  std::optional<model::Salary> tenfold;
};

/// The roles whose figure, or range midpoint, is more than kOutlierFactor
/// times the median of every role's figure or less than a kOutlierFactor-th
/// of it; none with fewer than kLeastFiguresForMedian figures or a median
/// of 0. All of a guide's figures have its one pay period.
std::vector<SalaryOutlier> salary_outliers(const std::vector<model::Role>& roles, model::Period period);

}  // namespace careerguide::advice
