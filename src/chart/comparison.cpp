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

/// Points per currency unit, so that the largest max is `longest` long.
double points_per_unit(std::span<const Figure> figures, double longest) {
  double largest = 0;
  for (const Figure& figure : figures) {
    largest = std::max(largest, figure.high_units());
  }
  return largest > 0 ? longest / largest : 0;
}

/// The bars, high to low (`high_to_low`), each from its start (0 or a
/// range's min).
std::vector<ComparisonBar> make_bars(std::span<const Figure> figures, std::span<const std::size_t> high_to_low,
                                     std::size_t self, double longest) {
  const bool thick = figures.size() <= kMostThickBars;
  const double height = thick ? 5 : 3;
  const double pitch = thick ? 8 : 5;
  const double scale = points_per_unit(figures, longest);
  std::vector<ComparisonBar> bars;
  double top = kComparisonTop;
  for (std::size_t index : high_to_low) {
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

}  // namespace

ComparisonSet::ComparisonSet(std::span<const Figure> figures, double longest)
    : figures_(figures),
      longest_(longest),
      style_(style_for(figures.size())),
      scale_(points_per_unit(figures, longest)),
      high_to_low_(order_rows(figures, Order::kHighToLow)),
      rank_(figures.size()) {
  // A figure's rank is 1 + the number of figures with a strictly higher
  // midpoint: in the order high to low, the position of the first figure
  // with the same midpoint, plus one.
  for (std::size_t k = 0; k < high_to_low_.size(); ++k) {
    const std::size_t index = high_to_low_[k];
    const bool ties_previous =
        k > 0 && figures[high_to_low_[k - 1]].twice_midpoint() == figures[index].twice_midpoint();
    rank_[index] = ties_previous ? rank_[high_to_low_[k - 1]] : static_cast<int>(k) + 1;
  }
  if (style_ == ComparisonStyle::kStrip) {
    for (std::size_t index : high_to_low_) ticks_x_.push_back(std::max(0.0, figures[index].midpoint_units() * scale_));
  }
}

Comparison ComparisonSet::of(std::size_t self) const {
  if (self >= figures_.size()) {
    throw std::out_of_range("comparison: self is not an index of figures");
  }
  Comparison result;
  result.style = style_;
  result.rank = rank_[self];
  result.count = static_cast<int>(figures_.size());
  if (result.style == ComparisonStyle::kNone) {
    return result;
  }
  result.axis_length = longest_;
  if (result.style == ComparisonStyle::kBars) {
    result.bars = make_bars(figures_, high_to_low_, self, longest_);
    for (const ComparisonBar& bar : result.bars) {
      if (bar.is_self) {
        result.self_x = bar.start + bar.length;
      }
    }
  } else {
    result.self_x = std::max(0.0, figures_[self].midpoint_units() * scale_);
  }
  return result;
}

Comparison comparison(std::span<const Figure> figures, std::size_t self, double longest) {
  return ComparisonSet(figures, longest).of(self);
}

}  // namespace careerguide::chart
