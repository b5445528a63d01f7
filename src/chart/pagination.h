#pragma once
// How the chart's rows, the list of roles without a figure and the data note
// share out over the chart pages (design §8.3 and §10 "Chart with many
// roles"). Pure arithmetic on y values: points from the page's top, y down.

#include <cstddef>
#include <span>
#include <vector>

#include "chart/rows.h"

namespace careerguide::chart {

/// Chart bottom (last slot's bottom) to the tick labels' baseline, points.
inline constexpr double kTickBaseline = 15;
/// Chart bottom to the rule of the no-figure block, points.
inline constexpr double kNoFigureRuleGap = 44;
/// The block's rule to its first role title's baseline, points.
inline constexpr double kNoFigureFirstTitle = 24;
/// A note's last baseline to the next role title's baseline, points.
inline constexpr double kNoFigureNextTitle = 28;

/// The vertical room the chart pages offer, y values in points from the top.
struct ChartRoom {
  double first_top = 0;         ///< first row's top on the first page (below the panel)
  double next_top = 0;          ///< first row's top on a continuation page
  double first_block_rule = 0;  ///< the block's rule on the first page when it has no rows
  double next_block_rule = 0;   ///< the block's rule on a continuation page without rows
  double content_bottom = 0;    ///< lowest baseline on a page without the data note
  double note_limit = 0;        ///< lowest baseline on the page with the data note
  double heading_depth = 38;    ///< the block's left column: rule to its last baseline
};

/// What one chart page holds.
struct ChartPagePlan {
  std::size_t first_row = 0;    ///< index into the drawing order of the rows
  std::size_t rows = 0;         ///< rows on this page (0: no plot on this page)
  std::size_t first_entry = 0;  ///< index of the first no-figure entry here
  std::size_t entries = 0;      ///< no-figure entries on this page (0: no block)
  double block_rule = 0;        ///< y of the block's rule when entries > 0, points
  bool data_note = false;       ///< true on the last page only
};

/// Rule to last baseline of a no-figure block holding entries whose spans
/// (first title baseline to last note baseline, points) are `spans`: 24 +
/// the spans + 28 between entries, at least `heading_depth`. 0 for no entries.
double block_height(std::span<const double> spans, double heading_depth);

/// The density for `rows` rows: the roomiest of those that set the chart
/// (rows, no-figure block and data note, as plan_chart_pages lays them out)
/// on the fewest pages. So rows that fit on the first page take the first
/// density at which they do, and a denser one is used only to save a page.
RowDensity density_for(std::size_t rows, std::span<const double> spans, const ChartRoom& room);

/// The chart pages, in order. Rows fill each page down to the tick labels
/// above the content bottom and continue on the next page (a row is never
/// split). The no-figure block follows the last row, 44 pt below the chart
/// bottom; entries that do not fit continue on following pages, at
/// `next_block_rule`. The data note goes on the last page, which keeps at
/// least one row or one entry with it, and everything on that page ends above
/// `note_limit`. Every page takes at least one row or entry, so a page too
/// short for either still makes progress.
std::vector<ChartPagePlan> plan_chart_pages(std::size_t rows, const RowDensity& density,
                                            std::span<const double> spans, const ChartRoom& room);

}  // namespace careerguide::chart
