#include "chart/bars.h"

#include <algorithm>

namespace careerguide::chart {

BarSpan bar_span(const Figure& figure, const Scale& scale, double plot_width) {
  const double low = std::max(0.0, scale.position(figure.low_units(), plot_width));
  const double high = std::max(0.0, scale.position(figure.high_units(), plot_width));
  if (!figure.is_range()) {
    return BarSpan{.track_end = 0, .start = 0, .end = std::max(high, kMinBarLength)};
  }
  BarSpan bar{.track_end = low, .start = low, .end = high};
  if (bar.end - bar.start < kMinBarLength) {
    const double centre = (bar.start + bar.end) / 2;
    bar.start = std::max(0.0, centre - kMinBarLength / 2);
    bar.end = bar.start + kMinBarLength;
    bar.track_end = bar.start;
  }
  return bar;
}

LabelPlacement place_value_label(const BarSpan& bar, double label_width, double limit) {
  const double after = bar.end + kValueLabelGap;
  if (after + label_width <= limit) {
    return LabelPlacement{.x = after, .inside = false};
  }
  const double inside = bar.end - kValueLabelGap - label_width;
  if (inside >= bar.start + kValueLabelGap) {
    return LabelPlacement{.x = inside, .inside = true};
  }
  const double before = bar.start - kValueLabelGap - label_width;
  if (before >= 0) {
    return LabelPlacement{.x = before, .inside = false};
  }
  return LabelPlacement{.x = limit - label_width, .inside = false};
}

}  // namespace careerguide::chart
