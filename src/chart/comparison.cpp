#include "chart/comparison.h"

#include <algorithm>
#include <stdexcept>

#include "chart/bars.h"

namespace careerguide::chart {
namespace {

/// Bars are drawn for up to this many figures; more give a strip.
constexpr std::size_t kMostBars = 8;
/// Up to this many figures the bars are thick (5 pt every 8 pt).
constexpr std::size_t kMostThickBars = 5;

/// The style for a guide with `count` figures.
ComparisonStyle style_for(std::size_t count) {
  if (count <= 1) {
    return ComparisonStyle::kNone;
  }
  return count <= kMostBars ? ComparisonStyle::kBars : ComparisonStyle::kStrip;
}

/// 1 + the number of figures with a strictly higher midpoint than `self`'s.
int rank_of(std::span<const Figure> figures, std::size_t self) {
  const std::int64_t own = figures[self].twice_midpoint();
  const auto higher = std::count_if(figures.begin(), figures.end(), [own](const Figure& other) {
    return other.twice_midpoint() > own;
  });
  return static_cast<int>(higher) + 1;
}

/// Points per currency unit, so that the largest max is `longest` long.
double points_per_unit(std::span<const Figure> figures, double longest) {
  double largest = 0;
  for (const Figure& figure : figures) {
    largest = std::max(largest, figure.high_units());
  }
  return largest > 0 ? longest / largest : 0;
}

/// The bars, high to low, each from its start (0 or a range's min).
std::vector<ComparisonBar> make_bars(std::span<const Figure> figures, std::size_t self,
                                     double longest) {
  const bool thick = figures.size() <= kMostThickBars;
  const double height = thick ? 5 : 3;
  const double pitch = thick ? 8 : 5;
  const double scale = points_per_unit(figures, longest);
  std::vector<ComparisonBar> bars;
  double top = kComparisonTop;
  for (std::size_t index : order_rows(figures, Order::kHighToLow)) {
    const Figure& figure = figures[index];
    const double start = figure.is_range() ? std::max(0.0, figure.low_units() * scale) : 0;
    const double end = std::max(0.0, figure.high_units() * scale);
    bars.push_back(ComparisonBar{.top = top,
                                 .height = height,
                                 .length = std::max(end - start, kMinBarLength),
                                 .is_self = index == self,
                                 .start = start});
    top += pitch;
  }
  return bars;
}

/// Fills the bars of a kBars comparison and the end of this role's bar.
void add_bars(Comparison& result, std::span<const Figure> figures, std::size_t self,
              double longest) {
  result.bars = make_bars(figures, self, longest);
  for (const ComparisonBar& bar : result.bars) {
    if (bar.is_self) {
      result.self_x = bar.start + bar.length;
    }
  }
}

/// Fills the ticks of a kStrip comparison and the centre of this role's dot.
void add_strip(Comparison& result, std::span<const Figure> figures, std::size_t self,
               double longest) {
  const double scale = points_per_unit(figures, longest);
  for (std::size_t index : order_rows(figures, Order::kHighToLow)) {
    result.ticks_x.push_back(std::max(0.0, figures[index].midpoint_units() * scale));
  }
  result.self_x = std::max(0.0, figures[self].midpoint_units() * scale);
}

}  // namespace

Comparison comparison(std::span<const Figure> figures, std::size_t self, double longest) {
  if (self >= figures.size()) {
    throw std::out_of_range("comparison: self is not an index of figures");
  }
  Comparison result;
  result.style = style_for(figures.size());
  result.rank = rank_of(figures, self);
  result.count = static_cast<int>(figures.size());
  if (result.style == ComparisonStyle::kNone) {
    return result;
  }
  result.axis_length = longest;
  if (result.style == ComparisonStyle::kBars) {
    add_bars(result, figures, self, longest);
  } else {
    add_strip(result, figures, self, longest);
  }
  return result;
}

}  // namespace careerguide::chart
