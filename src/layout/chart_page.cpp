// The salary overview (design §8.3, §10): key figures, the bar chart, the
// roles without a figure and the data note, continued over as many chart
// pages as the rows and the no-figure list need.

#include <algorithm>
#include <span>

#include "chart/figures.h"
#include "chart/pagination.h"
#include "chart/rows.h"
#include "layout/chart_plot.h"
#include "layout/figure_fit.h"
#include "layout/guide_figures.h"
#include "layout/pages.h"
#include "layout/sources.h"

namespace careerguide::layout {
namespace {

constexpr double kPanelTop = 96;  // from C
constexpr double kPanelHeight = 66;
constexpr double kRowsTop = 204;         // from C, below the panel
constexpr double kRowsTopNoPanel = 120;  // from C, with a single figure
constexpr double kBlockTopAlone = 96;    // from C: the no-figure rule when no role has a figure
// Continuation rows start 12 pt under C+66, where a continued section's rule
// would be: the average line's label then sits on that line, 24 pt under the
// compact title, and the gridlines start 4 pt below it.
constexpr double kContinuedRowsBelowRule = 12;
constexpr double kNoteToDataNote = 24;   // least gap from a baseline to the data note's rule
constexpr double kDataNoteRule = 22;     // rule above the data note's first baseline
constexpr double kDataNotePitch = 14;
constexpr std::size_t kDataNoteMaxLines = 8;  // 112 pt: about a sixth of the text height
constexpr double kPanelFigureSize = 20;
constexpr double kPanelSmallestFigure = 12;  // a long range shrinks down to this size on one line
constexpr double kPanelLargestTwoLine = 14;  // then breaks after its dash, each line at most this size
constexpr double kPanelFigureBaseline = 50;  // from the panel top
constexpr double kPanelTwoLineBaselines[2] = {43, 58};
constexpr double kPanelPadding = 18;

/// 美国市场 · 2024年, or empty when the data gives no market or no year.
std::string chart_kicker(const LayoutContext& context) {
  const model::Guide& guide = context.guide;
  const std::string year = year_of(guide.date.value);
  if (guide.market.empty() || year.empty()) return {};
  return model::fill(context.labels().chart_kicker, {{"market", guide.market.value}, {"y", year}});
}

/// A panel figure with its left edge at `x`: one line in 20 pt Bold, smaller
/// down to 12 pt if it must be; a range still too wide breaks after its dash
/// into two lines of at most 14 pt. Never cut: both ends always show.
void draw_panel_figure(const LayoutContext& context, Page& page, const std::string& value, double x,
                       double top, double width) {
  TextStyle style{text::FontFace::kBold, kPanelFigureSize, context.palette.ink, 0};
  const FittedFigure fitted = fit_figure(
      context.typesetter, value, style, width,
      {kPanelFigureSize, kPanelSmallestFigure, kPanelLargestTwoLine, true});
  style.size = fitted.size;
  if (!fitted.broken()) {
    context.typesetter.draw(page, value, x, top + kPanelFigureBaseline, style);
    return;
  }
  for (std::size_t i = 0; i < fitted.lines.size(); ++i) {
    context.typesetter.draw(page, fitted.lines[i], x, top + kPanelTwoLineBaselines[i], style);
  }
}

/// One column of the key-figures panel: 最高, its role and its figure.
struct PanelColumn {
  std::string label, sub, value;
};

/// Label, sub-label and figure of one panel column whose left edge is `x`.
void draw_panel_column(const LayoutContext& context, Page& page, const PanelColumn& column,
                       double x, double width, double top) {
  const Palette& palette = context.palette;
  const TextStyle label_style{text::FontFace::kBold, 9, palette.text2, 0.1};
  const TextStyle sub_style{text::FontFace::kRegular, 8.5, palette.muted, 0};
  // One paragraph a column: "最高 人工智能顾问 $155,500" is real text.
  const std::size_t from = page.items.size();
  const double label_width =
      context.typesetter.draw(page, column.label, x + kPanelPadding, top + 24, label_style);
  const double sub_x = std::max(x + 48, x + kPanelPadding + label_width + 10);
  context.typesetter.draw(page, context.typesetter.fit(column.sub, sub_style, x + width - 12 - sub_x),
                          sub_x, top + 24, sub_style);
  draw_panel_figure(context, page, column.value, x + kPanelPadding, top, width - 2 * kPanelPadding);
  page.tag_from(from, Role::kParagraph);
}

/// The key-figures panel (highest, average, lowest) with its top at `top`.
void draw_key_figures(const LayoutContext& context, Page& page, const FigureTable& table, double top) {
  const PageFrame& frame = context.frame;
  const model::Labels& labels = context.labels();
  const std::size_t fill = page.items.size();
  draw_fill(page, {frame.left(), top, frame.text_width(), kPanelHeight}, context.palette.card);
  page.tag_from(fill, Role::kArtifact);
  const chart::KeyFigures key = chart::key_figures(table.figures);
  const auto& roles = context.guide.roles;
  const PanelColumn columns[3] = {
      {labels.highest, roles[table.role_of[key.highest]].title.value,
       money(table.figures[key.highest], context.guide)},
      {labels.average, model::fill(labels.roles_count, {{"n", std::to_string(table.figures.size())}}),
       money({key.average, key.average}, context.guide)},
      {labels.lowest, roles[table.role_of[key.lowest]].title.value,
       money(table.figures[key.lowest], context.guide)}};
  const double width = frame.text_width() / 3;
  for (int i = 0; i < 3; ++i) {
    const double x = frame.left() + width * i;
    if (i > 0) {
      const std::size_t divider = page.items.size();
      page.items.push_back(Line{{x, top + 15}, {x, top + 51}, Stroke{context.palette.rule, kThinRule}});
      page.tag_from(divider, Role::kArtifact);
    }
    draw_panel_column(context, page, columns[i], x, width, top);
  }
}

/// One source as the data note names it: its short citation, its write-up
/// credit and its own date (formatted like every date; as written when not
/// a full date).
std::string data_note_source(const LayoutContext& context, const model::Source& source) {
  const Locale& locale = context.locale;
  std::string details;
  if (!source.credit.empty()) details = context.labels().footer_credit + source.credit.value;
  if (!source.date.empty())
    details += (details.empty() ? "" : locale.list_separator) +
               format_date(source.date.value, context.labels());
  const std::string text = short_citation(source, context.guide);
  if (details.empty()) return text;
  // English puts the comma inside the closing quote, as the full citation does.
  return locale.punctuated(text, locale.comma) + locale.word_space + details;
}

/// The data note's sources: the data does not say which source a figure
/// comes from, so the note names every source, in data order, or the first
/// `named` and how many more there are.
std::string data_note_sources(const LayoutContext& context, std::size_t named) {
  const std::vector<model::Source>& sources = context.guide.sources;
  std::string text;
  for (std::size_t i = 0; i < named && i < sources.size(); ++i) {
    if (!text.empty()) text += context.locale.clause_separator;
    text += data_note_source(context, sources[i]);
  }
  if (named >= sources.size()) return text;
  return text + model::fill(context.labels().data_note_more_sources,
                            {{"more", std::to_string(sources.size() - named)},
                             {"total", std::to_string(sources.size())}});
}

/// The data note's lines naming the first `named` sources: unit, sort
/// order and the sources with their dates.
std::vector<text::SetLine> data_note_lines(const LayoutContext& context, std::size_t named) {
  const model::Guide& guide = context.guide;
  const model::Labels& labels = context.labels();
  const std::string source = data_note_sources(context, named);
  // Without a single figure there is no chart to sort: the list is in data order.
  const bool by_salary = guide.chart.sort == model::ChartSort::kSalary && any_figure(guide);
  const std::string order = by_salary ? labels.order_salary : labels.order_data;
  const std::string note = model::fill_clauses(
      labels.data_note, {{"market", guide.market.value}, {"salary", salary_phrase(guide)},
                         {"name", currency_name(guide)}, {"unit", unit_label(guide)},
                         {"code", guide.currency.code}, {"order", order}, {"source", source}});
  const TextStyle style{text::FontFace::kRegular, 8.5, context.palette.muted, 0};
  const text::Align align = context.locale.align;
  return context.typesetter.paragraph({{labels.data_note_lead, text::FontFace::kBold},
                                       {note, text::FontFace::kRegular}},
                                      style, context.frame.text_width(), align);
}

/// The data note, naming every source when that takes at most
/// kDataNoteMaxLines lines; else as many as fit and how many more there
/// are (the closing page lists them all). A note of thirty long sources
/// would otherwise climb over the chart from the page's foot. One source
/// is always named, whatever its length: the loader's limits keep it to
/// a few lines.
std::vector<text::SetLine> data_note_lines(const LayoutContext& context) {
  const std::size_t sources = context.guide.sources.size();
  std::vector<text::SetLine> lines = data_note_lines(context, sources);
  if (lines.size() <= kDataNoteMaxLines || sources <= 1) return lines;
  lines = data_note_lines(context, 1);
  for (std::size_t named = 2; named < sources; ++named) {
    std::vector<text::SetLine> more = data_note_lines(context, named);
    if (more.size() > kDataNoteMaxLines) break;
    lines = std::move(more);
  }
  return lines;
}

/// The lowest baseline above the data note: its rule less kNoteToDataNote.
double note_limit(const LayoutContext& context, const std::vector<text::SetLine>& lines) {
  const double first = context.frame.content_bottom - kDataNotePitch * double(lines.size() - 1);
  return first - kDataNoteRule - kNoteToDataNote;
}

/// Anchored to the bottom: the note's last baseline sits on the content bottom.
void draw_data_note(const LayoutContext& context, Page& page, const std::vector<text::SetLine>& lines) {
  if (lines.empty()) return;
  const PageFrame& frame = context.frame;
  const double first = frame.content_bottom - kDataNotePitch * double(lines.size() - 1);
  const std::size_t rule = page.items.size();
  draw_rule(page, frame.left(), frame.right(), first - kDataNoteRule, kThinRule, context.palette.rule);
  page.tag_from(rule, Role::kArtifact);
  const std::size_t from = page.items.size();
  const TextStyle style{text::FontFace::kRegular, 8.5, context.palette.muted, 0};
  for (std::size_t i = 0; i < lines.size(); ++i)
    draw_set_line(page, lines[i], frame.left(), first + kDataNotePitch * double(i), style);
  page.tag_from(from, Role::kParagraph);
}

/// Everything the page plan needs to know about the chart's pages.
struct ChartSetup {
  chart::ChartRoom room;
  std::string heading;  ///< the no-figure block's heading on its first page
  bool sub_label = true;  ///< 未列入图表 under the heading (not when there is no chart)
};

/// What every planned page draws from.
struct ChartParts {
  const ChartSetup& setup;
  const ChartPlot& plot;
  const std::vector<std::size_t>& order;     ///< figure indices in drawing order
  chart::RowDensity density;
  const NoFigureBlock& missing;
  const std::vector<text::SetLine>& note;    ///< the data note's lines
  const FigureTable& table;
};

/// The room on the chart pages and the no-figure block's heading.
ChartSetup chart_setup(const LayoutContext& context, const FigureTable& table,
                       const NoFigureBlock& missing, double shift, double note_limit_y) {
  const model::Labels& labels = context.labels();
  ChartSetup setup;
  const bool panel = table.figures.size() >= 2;
  setup.heading = table.figures.empty() ? labels.no_figures_at_all : labels.no_figure;
  setup.sub_label = !table.figures.empty();
  chart::ChartRoom& room = setup.room;
  room.first_top = context.c(panel ? kRowsTop : kRowsTopNoPanel) + shift;
  room.next_top = continuation_rule_y(context) + kContinuedRowsBelowRule;
  room.first_block_rule = context.c(kBlockTopAlone) + shift;
  room.next_block_rule = continuation_rule_y(context);
  room.content_bottom = context.frame.content_bottom;
  room.note_limit = note_limit_y;
  // The continued heading is at least as deep as the first one.
  room.heading_depth = std::max(missing.heading_depth(setup.heading, setup.sub_label),
                                missing.heading_depth(setup.heading + labels.continued, setup.sub_label));
  return setup;
}

/// The chart's alternative text from its data, in the guide's language:
/// its title, then each role with its figure, in the chart's order.
std::string chart_alt_text(const LayoutContext& context, const FigureTable& table,
                           std::span<const std::size_t> rows) {
  const Locale& locale = context.locale;
  std::string alt = context.labels().chart + locale.lead_colon;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (i > 0) alt += locale.clause_separator;
    const model::Role& role = context.guide.roles[table.role_of[rows[i]]];
    alt += role.title.value + " " + money(table.figures[rows[i]], context.guide);
  }
  return alt + locale.full_stop;
}

/// Draws one planned chart page: its rows, its part of the no-figure list
/// and, on the last page, the data note.
void draw_planned(const LayoutContext& context, Page& page, const chart::ChartPagePlan& part,
                  bool first_page, const ChartParts& parts) {
  const ChartSetup& setup = parts.setup;
  if (part.rows > 0) {
    const auto from = parts.order.begin() + static_cast<std::ptrdiff_t>(part.first_row);
    const std::span<const std::size_t> rows{from, from + static_cast<std::ptrdiff_t>(part.rows)};
    const std::size_t items_from = page.items.size();
    parts.plot.draw(page, rows, first_page ? setup.room.first_top : setup.room.next_top, parts.density);
    ElementRef figure = make_element(Role::kFigure);
    figure->alt = chart_alt_text(context, parts.table, rows);
    page.group_from(items_from, figure);
  }
  if (part.entries > 0) {
    const std::string heading =
        part.first_entry > 0 ? setup.heading + context.labels().continued : setup.heading;
    parts.missing.draw(page, part.block_rule, heading, setup.sub_label, part.first_entry,
                       part.entries);
  }
  if (part.data_note) draw_data_note(context, page, parts.note);
}

}  // namespace

std::vector<DraftPage> layout_chart(const LayoutContext& context) {
  const model::Labels& labels = context.labels();
  const FigureTable table = figure_table(context.guide);
  const std::string kicker = chart_kicker(context);
  std::vector<DraftPage> pages;
  pages.push_back({context.blank_page(), labels.chart, {}});
  const std::string subtitle = model::fill(
      labels.chart_subtitle, {{"code", context.guide.currency.code}, {"salary", salary_label(context.guide)},
                              {"name", currency_name(context.guide)}});
  const double shift = draw_title_block(context, pages.back().page, kicker, labels.chart, subtitle);
  if (table.figures.size() >= 2) {
    draw_key_figures(context, pages.back().page, table, context.c(kPanelTop) + shift);
  }
  const NoFigureBlock missing(context, table);
  const auto note = data_note_lines(context);
  const ChartSetup setup = chart_setup(context, table, missing, shift, note_limit(context, note));
  const ChartPlot plot(context, table);
  const std::vector<std::size_t> order = plot.order();
  const std::vector<double> spans = missing.spans();
  const ChartParts parts{setup, plot, order, chart::density_for(order.size(), spans, setup.room),
                         missing, note, table};
  const auto plan = chart::plan_chart_pages(order.size(), parts.density, spans, setup.room);
  for (std::size_t p = 0; p < plan.size(); ++p) {
    if (p > 0) {
      pages.push_back({context.blank_page(), labels.chart + labels.continued, {}});
      draw_compact_title(context, pages.back().page, kicker, labels.chart);
    }
    draw_planned(context, pages.back().page, plan[p], p == 0, parts);
  }
  return pages;
}

}  // namespace careerguide::layout
