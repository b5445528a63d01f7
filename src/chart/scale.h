#pragma once
// The value axis of the salary chart: a "nice" scale from zero (design §8.3
// "Axis and ticks") and the thinning of tick labels that would collide.

#include <cstddef>
#include <span>
#include <vector>

#include "chart/figures.h"

namespace careerguide::chart {

/// A linear axis from 0 to `max` with a tick every `step`.
struct Scale {
  double max = 0;              ///< axis end, the last tick (currency units, > 0)
  double step = 0;             ///< distance between ticks (currency units, > 0)
  std::vector<double> ticks;   ///< 0, step, 2 × step, …, max (currency units)

  /// x offset in points from the plot's left edge of `value` on a plot
  /// `plot_width` points wide: plot_width × value ÷ max. Not clamped, so a
  /// value beyond the axis lands beyond the plot.
  double position(double value, double plot_width) const;
};

/// The axis for values up to `largest`: the step from {1, 2, 4, 5} × 10^k that
/// gives 4–6 intervals with the smallest max ≥ largest (3–7 if no step
/// qualifies). Equal maxima prefer the larger step (0–200 by 50, not by 40).
/// 155,500 → step 40,000, max 160,000. Ticks are exact decimal multiples
/// (0.15, not 0.15000000000000002). `largest` ≤ 0 or not finite → 0–1 by 0.2.
/// Total: values below 1e-6 or above 1e15 (never a loaded figure, which is
/// 0.01 to 1e12 units) are taken as 1e-6 or 1e15. Tested from 1e-6 to 1e15.
Scale nice_scale(double largest);

/// The chart's axis for `figures`: nice_scale of the largest max in currency
/// units, so that a range's upper end fits and not only its midpoint. No
/// figures → 0–1 by 0.2.
Scale nice_scale_for(std::span<const Figure> figures);

/// Indices of the ticks whose labels are drawn. A label is centred on its
/// tick and `label_widths[i]` (points) wide; two drawn labels must be at least
/// `min_gap` points apart. While any pair is too close, every other tick
/// between 0 and max is dropped (stride 2, 4, …), always keeping 0 and max;
/// a tick crowding max is dropped rather than max. If even 0 and max collide,
/// only max is labelled. `label_widths` must have one entry per tick
/// (throws std::invalid_argument otherwise).
std::vector<std::size_t> visible_ticks(const Scale& scale, double plot_width,
                                       std::span<const double> label_widths, double min_gap);

}  // namespace careerguide::chart
