#include "chart/skyline.h"

#include <algorithm>

#include "chart/bars.h"

namespace careerguide::chart {
namespace {

/// The roles split into those with a figure and those without.
struct Present {
  std::vector<Figure> figures;     ///< the figures that exist, in data order
  std::vector<std::size_t> roles;  ///< their role indices
  std::vector<std::size_t> absent;  ///< roles without a figure, in data order
};

/// Splits `figures` (one optional per role, data order).
Present split(std::span<const std::optional<Figure>> figures) {
  Present present;
  for (std::size_t role = 0; role < figures.size(); ++role) {
    if (figures[role]) {
      present.figures.push_back(*figures[role]);
      present.roles.push_back(role);
    } else {
      present.absent.push_back(role);
    }
  }
  return present;
}

/// Columns for the roles with a figure, lowest left (the chart order reversed),
/// without x and width yet.
std::vector<SkylineColumn> figure_columns(const Present& present, double max_height) {
  std::vector<std::size_t> order = order_rows(present.figures, Order::kHighToLow);
  const double top = present.figures[order.front()].midpoint_units();
  std::vector<SkylineColumn> columns;
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    const double share = top > 0 ? present.figures[*it].midpoint_units() / top : 0;
    columns.push_back(SkylineColumn{.role = present.roles[*it],
                                    .height = std::max(max_height * share, kMinBarLength),
                                    .highest = *it == order.front(),
                                    .has_figure = true});
  }
  return columns;
}

}  // namespace

Skyline skyline(std::span<const std::optional<Figure>> figures, double text_width,
                double max_height) {
  const Present present = split(figures);
  Skyline result;
  if (present.figures.empty() || figures.size() > kSkylineMostRoles) {
    return result;
  }
  result.drawn = true;
  result.labels = figures.size() <= kSkylineMostLabelled;
  result.legend = !result.labels;
  result.slot = text_width / static_cast<double>(std::max(figures.size(), kSkylineFewestSlots));
  const double width = result.labels ? std::min(kSkylineColumnWidth, result.slot)
                                     : kSkylineNarrowShare * result.slot;
  result.columns = figure_columns(present, max_height);
  for (std::size_t role : present.absent) {
    result.columns.push_back(
        SkylineColumn{.role = role, .height = max_height, .highest = false, .has_figure = false});
  }
  for (std::size_t i = 0; i < result.columns.size(); ++i) {
    result.columns[i].x = result.slot * static_cast<double>(i);
    result.columns[i].width = width;
  }
  return result;
}

}  // namespace careerguide::chart
