#pragma once
// How densely the chart's rows are set when there are many roles (design §10
// "Chart with many roles"); chart/pagination.h spreads them over pages.

#include <cstddef>
#include <vector>

namespace careerguide::chart {

/// The vertical rhythm of the chart's rows.
struct RowDensity {
  double pitch = 48;          ///< slot height per row, points
  double bar_height = 22;     ///< bar thickness, centred in the slot, points
  double label_size = 10.5;   ///< role title size, points
  double value_size = 10;     ///< value label size, points (fits inside the bar when drawn there)
  bool english_label = true;  ///< whether the English title is set under the Chinese one
  std::size_t label_lines = 2;  ///< lines a long role title may wrap onto before it is cut with …
  double label_pitch = 12.5;    ///< baseline to baseline of a wrapped title, points
};

/// The densities, roomiest first (pitch/bar/role label/value label): 48/22/10.5/10
/// pt with English titles, then 30/14/9.5/10 pt, 20/10/8.5/8.5 pt and
/// 15/8/8/8 pt with the Chinese title only. A long title wraps onto two lines
/// at the first three densities (at 20 pt rows with a 9.5 pt line pitch, so
/// that both lines stay inside the row); only the 15 pt rows cut it to one
/// line with …. The 15 pt rows
/// exist to save a chart page (60 roles on two pages, on Letter too), so
/// pagination.h's density_for takes them only when they do.
const std::vector<RowDensity>& row_densities();

/// Whole rows (or slots) of `pitch` points that fit in `available` points;
/// 0 when nothing is available. Tolerates floating-point noise at "exactly fits".
std::size_t rows_fitting(double available, double pitch);

/// Top of the bar measured from its slot's top, points: (pitch − bar_height) / 2
/// (13 pt at the first density).
double bar_offset(const RowDensity& density);

}  // namespace careerguide::chart
