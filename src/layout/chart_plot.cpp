#include "layout/chart_plot.h"

#include <algorithm>

#include "chart/bars.h"
#include "chart/figures.h"
#include "chart/money.h"

namespace careerguide::layout {
namespace {

constexpr double kLabelColumn = 136;  // from the left margin to the plot
constexpr double kValueGutter = 58;   // right of the plot, for value labels
constexpr double kLabelGap = 10;      // role labels end this far before the axis
constexpr double kLabelWidth = 126;
constexpr double kGridAbove = 8;
constexpr double kTickBaseline = 15;
constexpr double kLabelPitch = 12.5;  // wrapped role titles
constexpr double kEnglishPitch = 11.5;
constexpr double kNoteTitle = 24;     // rule to the first title baseline
constexpr double kNoteBelowTitle = 16;
constexpr double kNextTitle = 28;
constexpr double kNotePitch = 16;

}  // namespace

ChartPlot::ChartPlot(const LayoutContext& context, const FigureTable& table)
    : context_(context),
      table_(table),
      scale_(chart::nice_scale_for(table.figures)),
      x0_(context.frame.left() + kLabelColumn),
      plot_width_(context.frame.right() - kValueGutter - x0_) {}

std::vector<std::size_t> ChartPlot::order() const {
  return chart::order_rows(table_.figures, context_.guide.chart.sort == model::ChartSort::kSalary
                                               ? chart::Order::kHighToLow
                                               : chart::Order::kAsGiven);
}

double ChartPlot::draw(Page& page, std::span<const std::size_t> rows, double top,
                       const chart::RowDensity& density) const {
  const double bottom = top + density.pitch * double(rows.size());
  const Palette& palette = context_.palette;
  for (std::size_t i = 1; i < scale_.ticks.size(); ++i) {
    const double x = x0_ + scale_.position(scale_.ticks[i], plot_width_);
    page.items.push_back(Line{{x, top - kGridAbove}, {x, bottom}, Stroke{palette.grid, kThinRule}});
  }
  for (std::size_t i = 0; i < rows.size(); ++i)
    draw_row(page, rows[i], top + density.pitch * double(i), density);
  page.items.push_back(Line{{x0_, top - kGridAbove}, {x0_, bottom}, Stroke{palette.ink, kMediumRule}});
  if (context_.guide.chart.average_line) draw_average(page, top, bottom);
  draw_axis(page, top, bottom);
  return bottom;
}

void ChartPlot::draw_row(Page& page, std::size_t figure, double slot_top,
                         const chart::RowDensity& density) const {
  const Palette& palette = context_.palette;
  const chart::BarSpan bar = chart::bar_span(table_.figures[figure], scale_, plot_width_);
  const double bar_top = slot_top + chart::bar_offset(density);
  const double centre = bar_top + density.bar_height / 2;
  if (bar.track_end > 0)
    page.items.push_back(Line{{x0_, centre}, {x0_ + bar.track_end, centre}, Stroke{palette.track, 1}});
  draw_fill(page, {x0_ + bar.start, bar_top, bar.end - bar.start, density.bar_height}, palette.accent);
  const std::string value = money(table_.figures[figure], context_.guide);
  TextStyle style{text::FontFace::kBold, 10, palette.ink, 0};
  const double width = context_.typesetter.width(value, style);
  const chart::LabelPlacement place =
      chart::place_value_label(bar, width, context_.frame.right() - x0_);
  if (place.inside) style.color = palette.white;
  context_.typesetter.draw(page, value, x0_ + place.x, centre + 3.5, style);
  draw_role_label(page, figure, centre, density);
}

void ChartPlot::draw_role_label(Page& page, std::size_t figure, double centre,
                                const chart::RowDensity& density) const {
  const model::Role& role = context_.guide.roles[table_.role_of[figure]];
  const TextStyle style{text::FontFace::kRegular, density.label_size, context_.palette.ink, 0};
  auto lines = context_.typesetter.paragraph(role.title.value, style, kLabelWidth, text::Align::kLeft);
  const std::size_t max_lines = density.english_label ? 2 : 1;
  if (lines.size() > max_lines) {
    // Keep what fits and cut the rest with "…" on the last line kept.
    std::string rest;
    for (std::size_t i = max_lines - 1; i < lines.size(); ++i)
      for (const text::Segment& segment : lines[i].segments) rest += segment.utf8;
    lines.resize(max_lines - 1);
    lines.push_back(context_.typesetter.line(context_.typesetter.fit(rest, style, kLabelWidth), style));
  }
  const bool english = density.english_label && !role.title_en.empty();
  const double span = kLabelPitch * double(lines.size() - 1) + (english ? kEnglishPitch : 0);
  // One Chinese line over an English one sits 1 pt above the bar's centre.
  const double first = english ? centre - 1 - (span - kEnglishPitch) / 2
                               : centre + 0.35 * style.size - span / 2;
  const double right = x0_ - kLabelGap;
  for (std::size_t i = 0; i < lines.size(); ++i)
    draw_set_line(page, lines[i], right - lines[i].width, first + kLabelPitch * double(i), style);
  if (english) {
    const TextStyle en{text::FontFace::kRegular, 8, context_.palette.muted, 0};
    context_.typesetter.draw(page, context_.typesetter.fit(role.title_en.value, en, kLabelWidth), right,
                             first + span, en, HAlign::kRight);
  }
}

void ChartPlot::draw_axis(Page& page, double, double bottom) const {
  const TextStyle tick_style{text::FontFace::kRegular, 8, context_.palette.muted, 0};
  std::vector<std::string> labels;
  std::vector<double> widths;
  for (double tick : scale_.ticks) {
    labels.push_back(chart::format_tick(tick, scale_.step));
    widths.push_back(context_.typesetter.width(labels.back(), tick_style));
  }
  for (std::size_t i : chart::visible_ticks(scale_, plot_width_, widths, 6)) {
    context_.typesetter.draw(page, labels[i], x0_ + scale_.position(scale_.ticks[i], plot_width_),
                             bottom + kTickBaseline, tick_style, HAlign::kCenter);
  }
  const std::string caption = model::fill(
      context_.labels().axis_caption, {{"name", currency_name(context_.guide)},
                                       {"unit", unit_label(context_.guide)},
                                       {"code", context_.guide.currency.code}});
  context_.typesetter.draw(page, caption, x0_ - kLabelGap, bottom + kTickBaseline,
                           {text::FontFace::kRegular, 8, context_.palette.text2, 0}, HAlign::kRight);
}

void ChartPlot::draw_average(Page& page, double top, double bottom) const {
  double sum = 0;
  for (const chart::Figure& figure : table_.figures) sum += figure.midpoint();
  const double average = sum / double(table_.figures.size());
  const double x = x0_ + scale_.position(average, plot_width_);
  page.items.push_back(Line{{x, top - kGridAbove}, {x, bottom}, Stroke{context_.palette.text2, kMediumRule, true}});
  const std::string label = model::fill(context_.labels().average_line,
                                        {{"value", money({average, average}, context_.guide)}});
  context_.typesetter.draw(page, label, x, top - kGridAbove - 4,
                           {text::FontFace::kRegular, 8, context_.palette.text2, 0}, HAlign::kCenter);
}

NoFigureBlock::NoFigureBlock(const LayoutContext& context, const FigureTable& table)
    : context_(context) {
  const TextStyle style{text::FontFace::kRegular, 9.5, context.palette.text2, 0};
  const double width = context.frame.right() - (context.frame.left() + kLabelColumn);
  const text::Align align = context.chinese() ? text::Align::kJustify : text::Align::kLeft;
  for (std::size_t i = 0; i < context.guide.roles.size(); ++i) {
    if (table.figure_of_role[i]) continue;
    const model::Role& role = context.guide.roles[i];
    const std::string note = role.salary_note.empty() ? context.labels().no_figure_note : role.salary_note.value;
    Entry entry{role.title.value, {}};
    for (const std::string& paragraph : text::split_paragraphs(note)) {
      auto lines = context.typesetter.paragraph(paragraph, style, width, align);
      entry.note.insert(entry.note.end(), lines.begin(), lines.end());
    }
    entries_.push_back(std::move(entry));
  }
}

double NoFigureBlock::height() const {
  double y = kNoteTitle;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (i > 0) y += kNextTitle;
    y += kNoteBelowTitle + kNotePitch * double(std::max<std::size_t>(entries_[i].note.size(), 1) - 1);
  }
  return std::max(y, 38.0);
}

void NoFigureBlock::draw(Page& page, double rule_y, const std::string& heading) const {
  const PageFrame& frame = context_.frame;
  const Palette& palette = context_.palette;
  draw_rule(page, frame.left(), frame.right(), rule_y, kThinRule, palette.rule);
  const TextStyle heading_style{text::FontFace::kBold, 9, palette.text2, 0.1};
  const auto heading_lines = context_.typesetter.paragraph(heading, heading_style, kLabelColumn - 10, text::Align::kLeft);
  for (std::size_t i = 0; i < heading_lines.size(); ++i)
    draw_set_line(page, heading_lines[i], frame.left(), rule_y + kNoteTitle + 12 * double(i), heading_style);
  context_.typesetter.draw(page, context_.labels().not_in_chart, frame.left(),
                           rule_y + 38 + 12 * double(heading_lines.size() - 1),
                           {text::FontFace::kRegular, 8, palette.muted, 0});
  const double x = frame.left() + kLabelColumn;
  const TextStyle title_style{text::FontFace::kBold, 10.5, palette.ink, 0};
  const TextStyle note_style{text::FontFace::kRegular, 9.5, palette.text2, 0};
  double y = rule_y + kNoteTitle;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (i > 0) y += kNextTitle;
    context_.typesetter.draw(page, context_.typesetter.fit(entries_[i].title, title_style, frame.right() - x), x, y,
                             title_style);
    y += kNoteBelowTitle;
    for (std::size_t j = 0; j < entries_[i].note.size(); ++j) {
      if (j > 0) y += kNotePitch;
      draw_set_line(page, entries_[i].note[j], x, y, note_style);
    }
  }
}

}  // namespace careerguide::layout
