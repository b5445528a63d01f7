// The salary overview (design §8.3, §10): key figures, the bar chart, the
// roles without a figure and the data note.

#include <algorithm>

#include "chart/bars.h"
#include "chart/figures.h"
#include "chart/money.h"
#include "chart/rows.h"
#include "chart/scale.h"
#include "layout/chart_plot.h"
#include "layout/figures.h"
#include "layout/pages.h"
#include "layout/sources.h"

namespace careerguide::layout {
namespace {

constexpr double kPanelTop = 96;     // from C
constexpr double kPanelHeight = 66;
constexpr double kRowsTop = 204;     // from C, below the panel
constexpr double kRowsTopNoPanel = 120;
constexpr double kAxisLabels = 15 + 8;   // tick labels below the chart bottom
constexpr double kNoFigureRule = 44;     // chart bottom to the no-figure rule
constexpr double kNoteToDataNote = 24;   // least gap above the data note's rule
constexpr double kDataNoteRule = 22;     // rule above the data note's first baseline
constexpr double kDataNotePitch = 14;

std::string chart_kicker(const LayoutContext& context) {
  const model::Guide& guide = context.guide;
  const std::string year = year_of(guide.date.value);
  if (guide.market.empty() || year.empty()) return {};
  return model::fill(context.labels().chart_kicker, {{"market", guide.market.value}, {"y", year}});
}

void draw_key_figures(const LayoutContext& context, Page& page, const FigureTable& table, double top) {
  const PageFrame& frame = context.frame;
  const Palette& palette = context.palette;
  const model::Labels& labels = context.labels();
  draw_fill(page, {frame.left(), top, frame.text_width(), kPanelHeight}, palette.card);
  const chart::KeyFigures key = chart::key_figures(table.figures);
  const auto& roles = context.guide.roles;
  struct Column { std::string label, sub, value; };
  const Column columns[3] = {
      {labels.highest, roles[table.role_of[key.highest]].title.value, money(table.figures[key.highest], context.guide)},
      {labels.average, model::fill(labels.roles_count, {{"n", std::to_string(table.figures.size())}}),
       money({key.average, key.average}, context.guide)},
      {labels.lowest, roles[table.role_of[key.lowest]].title.value, money(table.figures[key.lowest], context.guide)}};
  const double width = frame.text_width() / 3;
  const TextStyle label_style{text::FontFace::kBold, 9, palette.text2, 0.1};
  const TextStyle sub_style{text::FontFace::kRegular, 8.5, palette.muted, 0};
  const TextStyle value_style{text::FontFace::kBold, 20, palette.ink, 0};
  for (int i = 0; i < 3; ++i) {
    const double x = frame.left() + width * i;
    if (i > 0)
      page.items.push_back(Line{{x, top + 15}, {x, top + 51}, Stroke{palette.rule, kThinRule}});
    const double label_width = context.typesetter.draw(page, columns[i].label, x + 18, top + 24, label_style);
    const double sub_x = std::max(x + 48, x + 18 + label_width + 10);
    context.typesetter.draw(page, context.typesetter.fit(columns[i].sub, sub_style, x + width - 12 - sub_x),
                            sub_x, top + 24, sub_style);
    context.typesetter.draw(page, context.typesetter.fit(columns[i].value, value_style, width - 30), x + 18,
                            top + 50, value_style);
  }
}

// The data note, anchored so that its last baseline sits on the content bottom.
std::vector<text::SetLine> data_note_lines(const LayoutContext& context) {
  const model::Guide& guide = context.guide;
  const model::Labels& labels = context.labels();
  std::string source;
  if (!guide.sources.empty()) {
    source = short_citation(guide.sources.front(), guide);
    if (!guide.sources.front().credit.empty())
      source += (context.chinese() ? "；" : "; ") + labels.footer_credit + guide.sources.front().credit.value;
    if (!guide.date.empty()) source += (context.chinese() ? "，" : ", ") + format_date(guide.date.value, labels);
  }
  const std::string note = model::fill(
      labels.data_note, {{"market", guide.market.value}, {"salary", salary_label(guide)},
                         {"name", currency_name(guide)}, {"unit", unit_label(guide)}, {"code", guide.currency.code},
                         {"order", guide.chart.sort == model::ChartSort::kSalary ? labels.order_salary : labels.order_data},
                         {"source", source}});
  const TextStyle style{text::FontFace::kRegular, 8.5, context.palette.muted, 0};
  const text::Align align = context.chinese() ? text::Align::kJustify : text::Align::kLeft;
  return context.typesetter.paragraph({{labels.data_note_lead, text::FontFace::kBold}, {note, text::FontFace::kRegular}},
                                      style, context.frame.text_width(), align);
}

double data_note_height(const std::vector<text::SetLine>& lines) {
  return lines.empty() ? 0 : kDataNoteRule + kDataNotePitch * double(lines.size() - 1) + 10;
}

void draw_data_note(const LayoutContext& context, Page& page, const std::vector<text::SetLine>& lines) {
  if (lines.empty()) return;
  const PageFrame& frame = context.frame;
  const double first = frame.content_bottom - kDataNotePitch * double(lines.size() - 1);
  draw_rule(page, frame.left(), frame.right(), first - kDataNoteRule, kThinRule, context.palette.rule);
  const TextStyle style{text::FontFace::kRegular, 8.5, context.palette.muted, 0};
  for (std::size_t i = 0; i < lines.size(); ++i)
    draw_set_line(page, lines[i], frame.left(), first + kDataNotePitch * double(i), style);
}

}  // namespace

std::vector<DraftPage> layout_chart(const LayoutContext& context) {
  const model::Labels& labels = context.labels();
  const PageFrame& frame = context.frame;
  const FigureTable table = figure_table(context.guide);
  const std::string kicker = chart_kicker(context);
  std::vector<DraftPage> pages;
  pages.push_back({context.blank_page(), labels.chart, {}});
  const double shift = draw_title_block(context, pages.back().page, kicker, labels.chart,
                                        model::fill(labels.chart_subtitle, {{"code", context.guide.currency.code}}));
  const bool panel = table.figures.size() >= 2;
  if (panel) draw_key_figures(context, pages.back().page, table, context.c(kPanelTop) + shift);

  const NoFigureBlock missing(context, table);
  const auto note = data_note_lines(context);
  const double reserve = data_note_height(note) + kNoteToDataNote;

  if (table.figures.empty()) {
    missing.draw(pages.back().page, context.c(kPanelTop) + shift, labels.no_figures_at_all);
    draw_data_note(context, pages.back().page, note);
    return pages;
  }
  const double first_top = context.c(panel ? kRowsTop : kRowsTopNoPanel) + shift;
  const double tail = kAxisLabels + (missing.empty() ? 0 : kNoFigureRule + missing.height());
  const double bottom = frame.content_bottom - reserve - tail;
  const double next_top = continuation_rule_y(context) + 24;
  ChartPlot plot(context, table);
  const std::vector<std::size_t> order = plot.order();
  chart::RowDensity density = chart::choose_density(order.size(), bottom - first_top);
  const auto counts = chart::rows_per_page(order.size(), density, bottom - first_top, bottom - next_top);
  std::size_t from = 0;
  for (std::size_t p = 0; p < counts.size(); ++p) {
    if (p > 0) {
      pages.push_back({context.blank_page(), labels.chart + labels.continued, {}});
      draw_compact_title(context, pages.back().page, kicker, labels.chart);
    }
    const double top = p == 0 ? first_top : next_top;
    const double chart_bottom = plot.draw(pages.back().page, {order.begin() + static_cast<std::ptrdiff_t>(from),
                                                              order.begin() + static_cast<std::ptrdiff_t>(from + counts[p])},
                                          top, density);
    from += counts[p];
    if (p + 1 == counts.size() && !missing.empty())
      missing.draw(pages.back().page, chart_bottom + kNoFigureRule, labels.no_figure);
  }
  draw_data_note(context, pages.back().page, note);
  return pages;
}

}  // namespace careerguide::layout
