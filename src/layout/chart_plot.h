#pragma once
// Drawing of the salary chart's plot (bars, labels, axis, average line) and
// of the list of roles without a figure (design §8.3); the page assembly is
// in chart_page.cpp. y values are points from the page's top, y down.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chart/rows.h"
#include "chart/scale.h"
#include "geom/geometry.h"
#include "layout/context.h"
#include "layout/guide_figures.h"

namespace careerguide::layout {

/// A role title set in lines of at most `width` points, at most `max_lines`
/// of them (at least 1). A title needing more keeps its first lines whole and
/// ends the last one kept with "…": every line is the title's own text, in
/// order, with only the spaces at the breaks left out.
std::vector<text::SetLine> role_label_lines(const Typesetter& typesetter, std::string_view title,
                                            const TextStyle& style, double width,
                                            std::size_t max_lines);

/// The plot of the roles with a figure: one axis shared by every chart page.
class ChartPlot {
 public:
  /// The plot for `table`'s figures on `context`'s page frame. Both must
  /// outlive the plot.
  ChartPlot(const LayoutContext& context, const FigureTable& table);

  /// Figure indices in drawing order (chart.sort: salary, high to low, or data).
  std::vector<std::size_t> order() const;
  /// Draws `rows` (figure indices) with the first slot's top at `top` (points
  /// from the page top), then the gridlines, zero axis, optional average line
  /// and tick labels. Returns the chart bottom: top + rows × pitch, points.
  double draw(Page& page, std::span<const std::size_t> rows, double top,
              const chart::RowDensity& density) const;

  /// The plot's left edge x0 (margin + 136), points from the page's left.
  double x0() const { return x0_; }
  /// The plot's width (x0 to the right margin − 58), points.
  double plot_width() const { return plot_width_; }

 private:
  geom::Rect draw_row(Frame& page, std::size_t figure, double slot_top,
                      const chart::RowDensity& density) const;
  void draw_role_label(Frame& page, std::size_t figure, double centre,
                       const chart::RowDensity& density) const;
  void draw_gridlines(Page& page, double top, double bottom,
                      std::span<const geom::Rect> value_labels) const;
  void draw_axis(Page& page, double bottom) const;
  void draw_average(Page& page, double top, double bottom,
                    std::span<const geom::Rect> value_labels) const;

  const LayoutContext& context_;
  const FigureTable& table_;
  chart::Scale scale_;
  double x0_;
  double plot_width_;
};

/// The roles without a figure, listed under the chart with their notes; on
/// many pages, a run of entries per page. Roles that share a note share one
/// entry: their titles joined by 、 (English: "; "), the note once, at most
/// 12 titles an entry.
class NoFigureBlock {
 public:
  /// Sets the titles and notes of `table`'s roles without a figure, in data
  /// order of each note's first role. `context` must outlive the block.
  NoFigureBlock(const LayoutContext& context, const FigureTable& table);

  /// True when every role has a figure.
  bool empty() const { return entries_.empty(); }
  /// Each entry's first title baseline to its last note baseline (16 pt per
  /// wrapped title line and per note line), points, in data order.
  std::vector<double> spans() const;
  /// The left column's depth under `heading`: rule to its last baseline,
  /// points (38 for a one-line heading with 未列入图表 under it).
  double heading_depth(const std::string& heading, bool sub_label) const;
  /// 未列入图表 wrapped to the label column (8 pt, 11 pt pitch); its lines
  /// deepen the left column by 11 pt each after the first.
  std::vector<text::SetLine> sub_label_lines() const;
  /// Draws entries [first, first + count) under a rule at `rule_y`, with
  /// `heading` in the left column and, if `sub_label`, 未列入图表 under it.
  void draw(Page& page, double rule_y, const std::string& heading, bool sub_label,
            std::size_t first, std::size_t count) const;

 private:
  struct Entry {
    std::vector<text::SetLine> title; ///< the titles sharing the note, wrapped from x0 to the right margin
    std::vector<text::SetLine> note;  ///< the salary note, set from x0 to the right margin
  };
  std::vector<text::SetLine> heading_lines(const std::string& heading) const;

  const LayoutContext& context_;
  std::vector<Entry> entries_;
};

}  // namespace careerguide::layout
