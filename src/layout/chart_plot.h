#pragma once
// Drawing of the salary chart's plot (bars, labels, axis) and of the list of
// roles without a figure; the page assembly is in chart_page.cpp.

#include <span>
#include <string>
#include <vector>

#include "chart/rows.h"
#include "chart/scale.h"
#include "layout/context.h"
#include "layout/figures.h"

namespace careerguide::layout {

class ChartPlot {
 public:
  ChartPlot(const LayoutContext& context, const FigureTable& table);

  /// Figure indices in drawing order (chart.sort).
  std::vector<std::size_t> order() const;
  /// Draws `rows` (figure indices) from `top`; returns the chart bottom y.
  double draw(Page& page, std::span<const std::size_t> rows, double top,
              const chart::RowDensity& density) const;

 private:
  void draw_row(Page& page, std::size_t figure, double slot_top,
                const chart::RowDensity& density) const;
  void draw_role_label(Page& page, std::size_t figure, double centre,
                       const chart::RowDensity& density) const;
  void draw_axis(Page& page, double top, double bottom) const;
  void draw_average(Page& page, double top, double bottom) const;

  const LayoutContext& context_;
  const FigureTable& table_;
  chart::Scale scale_;
  double x0_;
  double plot_width_;
};

/// The roles without a figure, listed under the chart with their notes.
class NoFigureBlock {
 public:
  NoFigureBlock(const LayoutContext& context, const FigureTable& table);

  bool empty() const { return entries_.empty(); }
  /// From the rule to the last note baseline, points.
  double height() const;
  /// Draws the block with its rule at `rule_y`, the left heading `heading`.
  void draw(Page& page, double rule_y, const std::string& heading) const;

 private:
  struct Entry {
    std::string title;
    std::vector<text::SetLine> note;
  };
  const LayoutContext& context_;
  std::vector<Entry> entries_;
};

}  // namespace careerguide::layout
