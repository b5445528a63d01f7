#pragma once
// One function per kind of page. Each returns draft pages (a page may flow
// onto continuation pages); running headers, footers and page numbers are
// added afterwards by layout_guide. Each kind of page has its own file:
// cover_page.cpp, contents_page.cpp, chart_page.cpp, role_page.cpp and
// closing_page.cpp implement this header between them.

#include <cstddef>
#include <vector>

#include "chart/comparison.h"
#include "layout/context.h"
#include "layout/flow.h"
#include "layout/guide_figures.h"

namespace careerguide::layout {

/// Page index (0-based) where each part of the guide starts.
struct PageMap {
  int contents = 1;  ///< -1: a guide too short for a contents page
  int chart = 2;  ///< -1: no role has a figure, so the guide has no salary overview
  std::vector<int> roles;  ///< first page of each role, in data order
  int closing = 0;  ///< -1: nothing to show on a closing page, so the guide has none
  int total = 0;
};

/// The cover (design §8.1); never continues. In cover_page.cpp.
DraftPage layout_cover(const LayoutContext& context);

/// The contents pages (design §8.2); page numbers from `map`. In contents_page.cpp.
std::vector<DraftPage> layout_contents(const LayoutContext& context, const PageMap& map);

/// The salary overview (design §8.3), continued when the rows do not fit.
/// In chart_page.cpp.
std::vector<DraftPage> layout_chart(const LayoutContext& context);

/// What every role page's salary card takes from all the guide's figures,
/// worked out once per guide: n role pages each sorting n figures would
/// make a large guide quadratic. In role_page.cpp.
struct RoleFigures {
  FigureTable table;
  chart::ComparisonSet comparisons;
  std::vector<long> strip_ticks;  ///< kStrip: the distinct ticks, rounded to whole tick steps, ascending

  explicit RoleFigures(const LayoutContext& context);
  RoleFigures(const RoleFigures&) = delete;  // comparisons points into table
  RoleFigures& operator=(const RoleFigures&) = delete;
};

/// A role's page and its continuation pages (design §8.4, §8.5, §10);
/// `sparse`, when given, receives those of its continuation pages under
/// kSparseFill full. In role_page.cpp.
std::vector<DraftPage> layout_role(const LayoutContext& context, const RoleFigures& figures, std::size_t index,
                                   std::vector<SparsePage>* sparse = nullptr);

/// The closing page (design §8.6). In closing_page.cpp.
std::vector<DraftPage> layout_closing(const LayoutContext& context);

}  // namespace careerguide::layout
