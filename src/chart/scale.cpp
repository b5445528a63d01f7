#include "chart/scale.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <stdexcept>

namespace careerguide::chart {
namespace {

/// Step mantissas allowed on an axis (design §8.3).
constexpr std::array<int, 4> kMantissas{1, 2, 4, 5};
/// Slack for floating-point noise when dividing values by steps.
constexpr double kEpsilon = 1e-9;
/// The range of `largest` the step search handles exactly (tested); the
/// loader's figures (0.01 to 1e12 units) lie well inside it. Beyond it
/// 10^exponent underflows or overflows and a step of 0 or inf would divide.
constexpr double kSmallestLargest = 1e-6;
constexpr double kLargestLargest = 1e15;

/// A step m × 10^k kept as integers so that ticks come out exact.
struct Step {
  int mantissa = 1;
  int exponent = 0;

  /// `count` × step as the nearest double to the exact decimal value.
  double times(long long count) const {
    const double scaled = static_cast<double>(count * mantissa);
    return exponent >= 0 ? scaled * std::pow(10.0, exponent) : scaled / std::pow(10.0, -exponent);
  }
};

/// Number of whole steps needed to reach `largest`.
long long intervals_for(double largest, const Step& step) {
  return static_cast<long long>(std::ceil(largest / step.times(1) - kEpsilon));
}

/// The best step with between `fewest` and `most` intervals, if any.
std::optional<Step> best_step(double largest, long long fewest, long long most) {
  const int magnitude = static_cast<int>(std::floor(std::log10(largest)));
  std::optional<Step> best;
  double best_max = 0;
  for (int exponent = magnitude - 2; exponent <= magnitude + 1; ++exponent) {
    for (int mantissa : kMantissas) {
      const Step step{mantissa, exponent};
      const long long count = intervals_for(largest, step);
      if (count < fewest || count > most) {
        continue;
      }
      const double max = step.times(count);
      // Steps rise through the loop, so on an equal max the larger step wins.
      if (!best || max <= best_max * (1 + kEpsilon)) {
        best = step;
        best_max = max;
      }
    }
  }
  return best;
}

/// The axis of `intervals` steps of `step` from 0.
Scale make_scale(const Step& step, long long intervals) {
  Scale scale;
  for (long long i = 0; i <= intervals; ++i) {
    scale.ticks.push_back(step.times(i));
  }
  scale.step = step.times(1);
  scale.max = scale.ticks.back();
  return scale;
}

/// True when the labels of ticks `left` < `right` keep `min_gap` points apart.
bool labels_clear(const Scale& scale, double plot_width, std::span<const double> widths,
                  double min_gap, std::size_t left, std::size_t right) {
  const double left_end = scale.position(scale.ticks[left], plot_width) + widths[left] / 2;
  const double right_start = scale.position(scale.ticks[right], plot_width) - widths[right] / 2;
  return right_start - left_end >= min_gap - kEpsilon;
}

/// Every `stride`-th tick from 0, then max; a tick that crowds max gives way.
std::vector<std::size_t> thinned(const Scale& scale, double plot_width,
                                 std::span<const double> widths, double min_gap,
                                 std::size_t stride) {
  const std::size_t last = scale.ticks.size() - 1;
  std::vector<std::size_t> kept;
  for (std::size_t i = 0; i < last; i += stride) {
    kept.push_back(i);
  }
  while (kept.size() > 1 && !labels_clear(scale, plot_width, widths, min_gap, kept.back(), last)) {
    kept.pop_back();
  }
  kept.push_back(last);
  return kept;
}

/// True when each pair of neighbouring labels in `kept` keeps `min_gap` apart.
bool all_clear(const Scale& scale, double plot_width, std::span<const double> widths,
               double min_gap, const std::vector<std::size_t>& kept) {
  for (std::size_t i = 1; i < kept.size(); ++i) {
    if (!labels_clear(scale, plot_width, widths, min_gap, kept[i - 1], kept[i])) {
      return false;
    }
  }
  return true;
}

}  // namespace

double Scale::position(double value, double plot_width) const {
  return plot_width * value / max;
}

Scale nice_scale(double largest) {
  if (!std::isfinite(largest) || largest <= 0) {
    largest = 1;
  }
  largest = std::clamp(largest, kSmallestLargest, kLargestLargest);
  std::optional<Step> step = best_step(largest, 4, 6);
  if (!step) {
    step = best_step(largest, 3, 7);
  }
  if (!step) {
    // Unreachable for positive finite input: the steps are never more than a
    // factor 2 apart, so some step always gives 4-6 intervals.
    step = Step{1, static_cast<int>(std::ceil(std::log10(largest)))};
  }
  return make_scale(*step, intervals_for(largest, *step));
}

Scale nice_scale_for(std::span<const Figure> figures) {
  double largest = 0;
  for (const Figure& figure : figures) {
    largest = std::max(largest, figure.high_units());
  }
  return nice_scale(largest);
}

std::vector<std::size_t> visible_ticks(const Scale& scale, double plot_width,
                                       std::span<const double> label_widths, double min_gap) {
  if (label_widths.size() != scale.ticks.size()) {
    throw std::invalid_argument("visible_ticks: one label width per tick expected");
  }
  if (scale.ticks.empty()) {
    return {};
  }
  const std::size_t last = scale.ticks.size() - 1;
  for (std::size_t stride = 1; stride < last; stride *= 2) {
    std::vector<std::size_t> kept = thinned(scale, plot_width, label_widths, min_gap, stride);
    if (all_clear(scale, plot_width, label_widths, min_gap, kept)) {
      return kept;
    }
  }
  if (last > 0 && labels_clear(scale, plot_width, label_widths, min_gap, 0, last)) {
    return {0, last};
  }
  return {last};
}

}  // namespace careerguide::chart
