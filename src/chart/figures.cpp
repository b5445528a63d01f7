#include "chart/figures.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace careerguide::chart {

std::vector<std::size_t> order_rows(std::span<const Figure> figures, Order order) {
  std::vector<std::size_t> rows(figures.size());
  std::iota(rows.begin(), rows.end(), std::size_t{0});
  if (order == Order::kHighToLow) {
    std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) {
      return figures[a].twice_midpoint() > figures[b].twice_midpoint();
    });
  }
  return rows;
}

namespace {

/// The mean of the midpoints of `figures` (not empty), hundredths, a half
/// rounded up. The sum S of every low + high is never formed: each term
/// t ≤ 2 × kLargestHundredths is split into t / n and t % n, and the running
/// quotient q ≤ max t and remainder r < n stay small, so nothing overflows
/// whatever n is. S / n = q + r / n with 0 ≤ r / n < 1, and the mean is
/// S / 2n; rounded half up that is floor((q + r / n + 1) / 2) = (q + 1) / 2
/// in integer division (the fraction r / n never reaches the next integer).
std::int64_t mean_midpoint(std::span<const Figure> figures) {
  const auto n = static_cast<std::int64_t>(figures.size());
  std::int64_t quotient = 0;
  std::int64_t remainder = 0;
  for (const Figure& figure : figures) {
    quotient += figure.twice_midpoint() / n;
    remainder += figure.twice_midpoint() % n;
    if (remainder >= n) {
      quotient += 1;
      remainder -= n;
    }
  }
  return (quotient + 1) / 2;
}

}  // namespace

KeyFigures key_figures(std::span<const Figure> figures) {
  if (figures.empty()) {
    throw std::invalid_argument("key_figures: no figures");
  }
  const std::vector<std::size_t> rows = order_rows(figures, Order::kHighToLow);
  return KeyFigures{
      .highest = rows.front(),
      .lowest = rows.back(),
      .average = mean_midpoint(figures),
  };
}

}  // namespace careerguide::chart
