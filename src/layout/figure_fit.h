#pragma once
// A money figure set into a box of fixed width (key-figure panel, role card,
// chart value labels, cover skyline): never cut with "…". It shrinks down to
// a minimum size, then a range breaks after its dash, and a line still too
// wide there shrinks further, so every digit always prints.

#include <string>
#include <string_view>
#include <vector>

#include "layout/typesetter.h"

namespace careerguide::layout {

/// The sizes a figure box allows, points.
struct FigureSizes {
  double largest = 20;         ///< the size on one line when it fits
  double smallest = 12;        ///< one line shrinks down to this before breaking
  double largest_broken = 14;  ///< each line of a broken range is at most this
  bool may_break = true;       ///< false: one line only (chart rows), shrinking as needed
};

/// The figure as drawn: one line, or a range broken after its dash.
struct FittedFigure {
  std::vector<std::string> lines;  ///< 1 or 2 lines; their concatenation is the figure
  double size = 0;                 ///< points, the same for every line
  bool broken() const { return lines.size() > 1; }
};

/// `figure` in `style`'s face fitted to `width` points: the largest size up
/// to sizes.largest (in steps of 0.1 pt) at which it fits on one line, if
/// that is at least sizes.smallest; else, for a range that may break, both
/// halves (the dash ends the first) at the largest size up to
/// sizes.largest_broken that fits; else the size at which the one line fits,
/// however small. Never shorter than the figure.
FittedFigure fit_figure(const Typesetter& typesetter, std::string_view figure, TextStyle style,
                        double width, const FigureSizes& sizes);

}  // namespace careerguide::layout
