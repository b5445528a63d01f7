#pragma once
// The cover's data-driven "skyline" (design §8.1 Motif): one column per role,
// lowest figure to highest, standing on a base rule.

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

#include "chart/figures.h"

namespace careerguide::chart {

/// Column width with labels (up to 8 roles), points.
inline constexpr double kSkylineColumnWidth = 26;
/// Column width as a share of the slot for 9–24 roles.
inline constexpr double kSkylineNarrowShare = 0.55;
/// Most roles with a label under every column; beyond, only the lowest and
/// the highest columns are labelled and a legend line says what they show.
inline constexpr std::size_t kSkylineMostLabelled = 8;
/// Fewer roles than this keep the slot of this many, standing from the left:
/// two columns half a page apart read as unrelated marks, not as a skyline.
inline constexpr std::size_t kSkylineFewestSlots = 6;
/// Most roles for which the skyline is drawn at all.
inline constexpr std::size_t kSkylineMostRoles = 24;

/// One role's column.
struct SkylineColumn {
  std::size_t role = 0;     ///< index of the role in data order
  double x = 0;             ///< left edge, points from the left margin (the slot's left edge)
  double width = 0;         ///< points
  double height = 0;        ///< points above the base rule
  bool highest = false;     ///< the one accent column: the chart's first row
  bool has_figure = false;  ///< false: drawn as a dashed outline, as tall as `max_height`
};

/// The whole motif.
struct Skyline {
  bool drawn = false;                  ///< false: leave the motif out (no columns then)
  bool labels = false;                 ///< whether every column is labelled with its figure
  bool legend = false;                 ///< 9–24 roles: lowest and highest labelled, and a legend
  double slot = 0;                     ///< width per role, points (text width ÷ max(roles, 6))
  std::vector<SkylineColumn> columns;  ///< left to right
};

/// The skyline for one optional figure per role, in data order, across
/// `text_width` points, the highest column `max_height` points tall. Slots
/// are text_width ÷ max(roles, 6) wide, from the left. Up to 8 roles: 26 pt
/// columns, each labelled; 9–24: columns 0.55 × slot wide, the lowest and
/// highest labelled, with a legend; more than 24 roles, none at all or no
/// figure at all: not drawn.
/// Columns with a figure come first, in the chart's high-to-low order
/// reversed (lowest left; among equal figures the later role stands further
/// left), then the roles without a figure in data order. Height = max_height
/// × midpoint ÷ highest midpoint, at least kMinBarLength; if the highest
/// midpoint is 0 every figure column gets kMinBarLength.
Skyline skyline(std::span<const std::optional<Figure>> figures, double text_width,
                double max_height);

}  // namespace careerguide::chart
