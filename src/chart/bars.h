#pragma once
// Where one chart row's bar and value label go, horizontally (design §8.3
// "Bars", "Value label" and "Ranges"). x values are points from the plot's
// left edge (x0).

#include "chart/figures.h"
#include "chart/scale.h"

namespace careerguide::chart {

/// Shortest bar drawn, points, so that a tiny or zero figure still shows.
inline constexpr double kMinBarLength = 2;
/// Gap between a bar's end and its value label, outside or inside, points.
inline constexpr double kValueLabelGap = 6;

/// Horizontal extent of one bar, points from the plot's left edge.
struct BarSpan {
  double track_end = 0;  ///< a range's thin track runs from 0 to here; 0 for an average
  double start = 0;      ///< left end of the filled bar: 0 for an average, min for a range
  double end = 0;        ///< right end of the filled bar
};

/// The bar for `figure` on `scale` over a plot `plot_width` points wide. An
/// average runs from 0; a range from its min to its max, with the track from
/// 0 to the min. A bar shorter than kMinBarLength is lengthened to it: an
/// average at its end, a range around its centre (never before 0).
BarSpan bar_span(const Figure& figure, const Scale& scale, double plot_width);

/// Where a value label goes, points from the plot's left edge.
struct LabelPlacement {
  double x = 0;         ///< the label's left edge
  bool inside = false;  ///< true: inside the bar, drawn in white; false: on paper, in ink
};

/// Places a label `label_width` points wide for `bar`. Preferred: left edge
/// kValueLabelGap after the bar's end. If its right end would pass `limit` (the
/// right margin, from the plot's left edge): right-aligned kValueLabelGap
/// inside the bar's end, white. If the bar is too short for that (it needs the
/// gap on both sides, as a narrow range does), the label goes in ink before the
/// bar, right-aligned kValueLabelGap before its start, provided that keeps
/// x ≥ 0. As a last resort it is right-aligned at `limit`, in ink.
LabelPlacement place_value_label(const BarSpan& bar, double label_width, double limit);

}  // namespace careerguide::chart
