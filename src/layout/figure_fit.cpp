#include "layout/figure_fit.h"

#include <algorithm>
#include <cmath>

namespace careerguide::layout {
namespace {

constexpr std::string_view kEnDash = "\u2013";  // between the ends of a range
constexpr double kSizeStep = 0.1;               // points
constexpr double kTinyestSize = 0.1;            // points: the floor of the search

/// The largest size ≤ `from`, on the kSizeStep grid, at which every line
/// fits `width` (kTinyestSize if none does). Widths grow with the size, so
/// the search starts at the proportional estimate and steps down.
double largest_fitting(const Typesetter& typesetter, const std::vector<std::string>& lines,
                       TextStyle style, double width, double from) {
  double size = from;
  style.size = from;
  for (const std::string& line : lines) {
    const double natural = typesetter.width(line, style);
    if (natural > width && natural > 0) size = std::min(size, from * width / natural);
  }
  size = std::max(kTinyestSize, std::floor(size / kSizeStep) * kSizeStep);
  const auto fits = [&](double candidate) {
    style.size = candidate;
    return std::all_of(lines.begin(), lines.end(), [&](const std::string& line) {
      return typesetter.width(line, style) <= width;
    });
  };
  while (size > kTinyestSize && !fits(size)) size = std::max(kTinyestSize, size - kSizeStep);
  return size;
}

}  // namespace

FittedFigure fit_figure(const Typesetter& typesetter, std::string_view figure, TextStyle style,
                        double width, const FigureSizes& sizes) {
  const std::vector<std::string> one{std::string(figure)};
  const double single = largest_fitting(typesetter, one, style, width, sizes.largest);
  const std::size_t dash = figure.find(kEnDash);
  if (single >= sizes.smallest || !sizes.may_break || dash == std::string_view::npos) {
    return {one, single};
  }
  const std::size_t cut = dash + kEnDash.size();
  std::vector<std::string> halves{std::string(figure.substr(0, cut)), std::string(figure.substr(cut))};
  const double broken = largest_fitting(typesetter, halves, style, width, sizes.largest_broken);
  return {std::move(halves), broken};
}

}  // namespace careerguide::layout
