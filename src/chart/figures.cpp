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
      return figures[a].midpoint() > figures[b].midpoint();
    });
  }
  return rows;
}

KeyFigures key_figures(std::span<const Figure> figures) {
  if (figures.empty()) {
    throw std::invalid_argument("key_figures: no figures");
  }
  const std::vector<std::size_t> rows = order_rows(figures, Order::kHighToLow);
  double sum = 0;
  for (const Figure& figure : figures) {
    sum += figure.midpoint();
  }
  return KeyFigures{
      .highest = rows.front(),
      .lowest = rows.back(),
      .average = sum / static_cast<double>(figures.size()),
  };
}

}  // namespace careerguide::chart
