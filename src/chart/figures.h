#pragma once
// Salary figures as plain numbers, the order the chart draws them in and the
// three key figures of the overview panel. A range counts at its midpoint
// wherever one number is needed (design §8.3 "Ranges").

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace careerguide::chart {

/// The largest figure the chart functions are made for, in hundredths: 1e12
/// currency units, the loader's bound (model::kMaxSalary).
inline constexpr std::int64_t kLargestHundredths = 100'000'000'000'000;

/// One role's figure in the guide's currency per period, as exact counts of
/// hundredths of a unit (4550 = 45.50): low == high for an average, low < high
/// for a range {min, max}. Validation guarantees 0 ≤ low ≤ high ≤
/// kLargestHundredths, so low + high (≤ 2 × 10^14) never overflows.
struct Figure {
  std::int64_t low = 0;   ///< the average, or the range's minimum (hundredths)
  std::int64_t high = 0;  ///< the average, or the range's maximum (hundredths)

  /// True when the figure is a range (low < high), false for an average.
  bool is_range() const { return low < high; }
  /// low + high: twice the midpoint, exact; figures compare by it.
  std::int64_t twice_midpoint() const { return low + high; }
  /// The midpoint in hundredths, a half rounded up: (low + high + 1) / 2.
  std::int64_t midpoint() const { return (low + high + 1) / 2; }
  /// The midpoint in currency units, for positions on a scale.
  double midpoint_units() const { return static_cast<double>(low + high) / 200; }
  /// low and high in currency units, for positions on a scale.
  double low_units() const { return static_cast<double>(low) / 100; }
  double high_units() const { return static_cast<double>(high) / 100; }
};

/// How chart rows are ordered (`chart: {sort: salary | data}` in the input).
enum class Order {
  kHighToLow,  ///< by midpoint, highest first; equal midpoints keep data order
  kAsGiven,    ///< data order
};

/// Indices into `figures` in drawing order (0-based). The sort is stable, so
/// roles with equal midpoints keep their data order.
std::vector<std::size_t> order_rows(std::span<const Figure> figures, Order order);

/// The key figures panel: the roles with the highest and lowest midpoint and
/// the mean of all midpoints.
struct KeyFigures {
  std::size_t highest = 0;  ///< index into figures: first row of the high-to-low order
  std::size_t lowest = 0;   ///< index into figures: last row of the high-to-low order
  std::int64_t average = 0; ///< mean of the midpoints, hundredths, a half rounded up
};

/// Key figures of `figures` (must not be empty; throws std::invalid_argument).
/// Ties resolve as the chart shows them: among equal highest midpoints the
/// first in data order is `highest`, among equal lowest the last is `lowest`,
/// so with all figures equal and two or more roles the two names differ. The
/// mean is exact integer arithmetic that cannot overflow for any number of
/// figures within kLargestHundredths.
KeyFigures key_figures(std::span<const Figure> figures);

}  // namespace careerguide::chart
