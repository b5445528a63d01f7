#pragma once
// The small comparison on a role page's salary card (design §8.4): where this
// role's figure sits among all figures in the guide, as bars or as a strip.
// x values are points from the comparison's left edge (divider + 20 pt); y
// values are points from the card's top.

#include <cstddef>
#include <span>
#include <vector>

#include "chart/figures.h"

namespace careerguide::chart {

/// How the comparison is drawn, by the number of figures in the guide.
enum class ComparisonStyle {
  kNone,   ///< 0–1 figures: no comparison and no divider
  kBars,   ///< 2–8 figures: one bar per figure, high to low
  kStrip,  ///< 9 or more: a line with a tick per figure and a dot for this role
};

/// First bar's top below the card's top, points.
inline constexpr double kComparisonTop = 36;
/// The strip's line below the card's top, points: the middle of the bars' band.
inline constexpr double kStripAxisY = 54;

/// One comparison bar.
struct ComparisonBar {
  double top = 0;        ///< from the card's top, points
  double height = 0;     ///< points: 5 for 2–5 figures, 3 for 6–8
  double length = 0;     ///< drawn length from `start`, points (at least kMinBarLength)
  bool is_self = false;  ///< this role's bar (accent; the others are track colour)
  double start = 0;      ///< left end, points: 0 for an average, the min for a range
};

/// The whole comparison for one role.
struct Comparison {
  ComparisonStyle style = ComparisonStyle::kNone;
  int rank = 0;                     ///< 1-based, 1 = highest midpoint; equal midpoints share a rank
  int count = 0;                    ///< number of figures in the guide
  std::vector<ComparisonBar> bars;  ///< kBars only, high to low
  double self_x = 0;                ///< kBars: end of this role's bar (本职业 goes 6 pt after);
                                    ///< kStrip: centre of this role's dot; points
  double axis_length = 0;           ///< length standing for the largest max (`longest`), points
};

/// The comparison for role `self` (an index into `figures`, which holds every
/// figure in the guide in data order). `longest` is the length in points of
/// the bar for the largest figure (0.58 × text width − 82). Bars are sorted
/// high to low by midpoint (ties keep data order) and measured from 0 on a
/// scale whose end is the largest max; 2–5 figures give 5 pt bars 8 pt apart
/// from the card top + 36, 6–8 give 3 pt bars 5 pt apart. A range's bar runs
/// from its min to its max. The rank counts the figures with a strictly higher
/// midpoint, plus one. Throws std::out_of_range if `self` is not an index of
/// `figures`.
Comparison comparison(std::span<const Figure> figures, std::size_t self, double longest);

/// Every figure's comparison in one guide. The order high to low, the ranks
/// and the strip's ticks are the same for every role, so they are worked
/// out once here: a guide of n roles then sorts its figures once, not once
/// per role page. of(self) equals comparison(figures, self, longest).
class ComparisonSet {
 public:
  /// `figures` must outlive the set.
  ComparisonSet(std::span<const Figure> figures, double longest);

  /// The comparison for figure `self`; throws std::out_of_range if `self`
  /// is not an index of the figures.
  Comparison of(std::size_t self) const;

  /// kStrip only (9 or more figures): each figure's midpoint, high to low,
  /// points from the comparison's left edge; the same on every role page.
  /// Empty for the other styles.
  const std::vector<double>& ticks_x() const { return ticks_x_; }

 private:
  std::span<const Figure> figures_;
  double longest_;
  ComparisonStyle style_;
  double scale_;                          ///< points per currency unit
  std::vector<std::size_t> high_to_low_;  ///< figure indices by midpoint, ties in data order
  std::vector<int> rank_;                 ///< rank of each figure, in data order
  std::vector<double> ticks_x_;
};

}  // namespace careerguide::chart
