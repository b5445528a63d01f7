#pragma once
// Salary figures as plain numbers, the order the chart draws them in and the
// three key figures of the overview panel. A range counts at its midpoint
// wherever one number is needed (design §8.3 "Ranges").

#include <cstddef>
#include <span>
#include <vector>

namespace careerguide::chart {

/// One role's figure in the guide's currency per period: low == high for an
/// average, low < high for a range {min, max}. Validation guarantees
/// 0 ≤ low ≤ high; the chart functions clamp negative positions to 0.
struct Figure {
  double low = 0;   ///< the average, or the range's minimum (currency units)
  double high = 0;  ///< the average, or the range's maximum (currency units)

  /// True when the figure is a range (low < high), false for an average.
  bool is_range() const { return low < high; }
  /// The one number that stands for the figure: (low + high) / 2 (currency units).
  double midpoint() const { return (low + high) / 2; }
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
  double average = 0;       ///< mean of the midpoints (currency units)
};

/// Key figures of `figures` (must not be empty; throws std::invalid_argument).
/// Ties resolve as the chart shows them: among equal highest midpoints the
/// first in data order is `highest`, among equal lowest the last is `lowest`,
/// so with all figures equal and two or more roles the two names differ.
KeyFigures key_figures(std::span<const Figure> figures);

}  // namespace careerguide::chart
