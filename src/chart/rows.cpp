#include "chart/rows.h"

#include <algorithm>
#include <cmath>

namespace careerguide::chart {
namespace {

/// Slack for floating-point noise in "fits exactly" comparisons, points.
constexpr double kEpsilon = 1e-9;

}  // namespace

std::size_t rows_fitting(double available, double pitch) {
  if (available <= 0) {
    return 0;
  }
  return static_cast<std::size_t>(std::floor(available / pitch + kEpsilon));
}

const std::vector<RowDensity>& row_densities() {
  static const std::vector<RowDensity> densities{
      {.pitch = 48, .bar_height = 22, .label_size = 10.5, .value_size = 10, .english_label = true, .label_lines = 2},
      {.pitch = 30, .bar_height = 14, .label_size = 9.5, .value_size = 10, .english_label = false, .label_lines = 2},
      // Two lines of 8.5 pt, 9.5 pt apart, fit the 20 pt row: a title is cut
      // only where the rows are densest.
      {.pitch = 20, .bar_height = 10, .label_size = 8.5, .value_size = 8.5, .english_label = false, .label_lines = 2,
       .label_pitch = 9.5},
      // 8 pt is the smallest text the design sets (tick labels, captions);
      // the 7 pt between rows keeps each label with its own bar.
      {.pitch = 15, .bar_height = 8, .label_size = 8, .value_size = 8, .english_label = false, .label_lines = 1,
       .label_pitch = 9},
  };
  return densities;
}

double bar_offset(const RowDensity& density) {
  return (density.pitch - density.bar_height) / 2;
}

}  // namespace careerguide::chart
