#include "layout/chart_plot.h"

#include <algorithm>
#include <utility>

#include "chart/bars.h"
#include "chart/figures.h"
#include "money/money.h"
#include "chart/pagination.h"
#include "layout/figure_fit.h"
#include "layout/salary_note.h"
#include "text/split_paragraphs.h"

namespace careerguide::layout {
namespace {

constexpr double kPlotOffset = 136;   // from the left margin to the plot: the role labels' column
constexpr double kValueGutter = 58;   // right of the plot, for value labels
constexpr double kLabelGap = 10;      // role labels end this far before the axis
constexpr double kLabelWidth = 126;   // role labels wrap at this width
constexpr double kGridAbove = 8;      // gridlines start this far above the first row
constexpr double kEnglishPitch = 11.5;
constexpr double kAverageLabelAbove = 4;  // average label baseline above the gridlines' top
constexpr double kTextClearance = 2;      // lines stop this far from a label's box
constexpr double kMinTickGap = 6;         // between two tick labels
constexpr double kNoteBelowTitle = 16;    // a role title's last baseline to its note's first
constexpr double kTitlePitch = 16;        // a wrapped role title in the no-figure block
constexpr double kNotePitch = 16;
constexpr double kHeadingPitch = 12;      // wrapped heading in the left column
constexpr double kSubLabelDepth = 38;     // rule to 未列入图表's baseline
constexpr double kSubLabelPitch = 11;     // 未列入图表 wrapped in the left column, 8 pt
// Roles sharing one note in a single no-figure entry: the same sentence is
// not repeated under every title, and a run stays short enough for a page.
constexpr std::size_t kMostTitlesPerEntry = 12;

/// The box a one-line run occupies: from 0.88 em above its baseline to 0.12 em below.
geom::Rect text_box(double x, double baseline, double width, double size) {
  return {x, baseline - 0.88 * size, width, size};
}

/// A vertical line at `x` from `top` to `bottom`, broken around any box it
/// would cross (with kTextClearance), so that no text is struck through.
void draw_vertical(Frame& page, double x, double top, double bottom, const Stroke& stroke,
                   std::span<const geom::Rect> avoid) {
  std::vector<std::pair<double, double>> gaps;
  for (const geom::Rect& box : avoid) {
    if (x >= box.x - kTextClearance && x <= box.right() + kTextClearance) {
      gaps.emplace_back(box.y - kTextClearance, box.bottom() + kTextClearance);
    }
  }
  std::sort(gaps.begin(), gaps.end());
  double from = top;
  for (const auto& [gap_top, gap_bottom] : gaps) {
    if (gap_top > from) {
      page.items.push_back(Line{{x, from}, {x, std::min(gap_top, bottom)}, stroke});
    }
    from = std::max(from, gap_bottom);
  }
  if (from < bottom) {
    page.items.push_back(Line{{x, from}, {x, bottom}, stroke});
  }
}

/// The text of a set line, its segments in order.
std::string line_text(const text::SetLine& line) {
  std::string out;
  for (const text::Segment& segment : line.segments) out += segment.utf8;
  return out;
}

/// The byte offset in `title` after `lines`, which are set from its start,
/// with the spaces at each break skipped; npos when the lines are not the
/// title's text (then the caller cuts the title whole).
std::size_t end_of_lines(std::string_view title, std::span<const text::SetLine> lines) {
  std::size_t at = 0;
  for (const text::SetLine& line : lines) {
    while (at < title.size() && title[at] == ' ') ++at;
    const std::string text = line_text(line);
    if (title.substr(at, text.size()) != text) return std::string_view::npos;
    at += text.size();
  }
  while (at < title.size() && title[at] == ' ') ++at;
  return at;
}

}  // namespace

std::vector<text::SetLine> role_label_lines(const Typesetter& typesetter, std::string_view title,
                                            const TextStyle& style, double width,
                                            std::size_t max_lines) {
  max_lines = std::max<std::size_t>(max_lines, 1);
  auto lines = typesetter.paragraph(title, style, width, text::Align::kLeft);
  if (lines.size() <= max_lines) return lines;
  // The cut line starts where the kept lines end in the title itself, so the
  // space at their break is never lost ("medical sonographer", not "medicalsonographer").
  lines.resize(max_lines - 1);
  std::size_t rest = end_of_lines(title, lines);
  if (rest == std::string_view::npos) {
    lines.clear();
    rest = 0;
  }
  lines.push_back(typesetter.line(typesetter.fit(title.substr(rest), style, width), style));
  return lines;
}

ChartPlot::ChartPlot(const LayoutContext& context, const FigureTable& table)
    : context_(context),
      table_(table),
      scale_(chart::nice_scale_for(table.figures)),
      x0_(context.frame.left() + kPlotOffset),
      plot_width_(context.frame.right() - kValueGutter - x0_) {}

std::vector<std::size_t> ChartPlot::order() const {
  const bool by_salary = context_.guide.chart.sort == model::ChartSort::kSalary;
  return chart::order_rows(table_.figures,
                           by_salary ? chart::Order::kHighToLow : chart::Order::kAsGiven);
}

double ChartPlot::draw(Page& page, std::span<const std::size_t> rows, double top,
                       const chart::RowDensity& density) const {
  const double bottom = top + density.pitch * static_cast<double>(rows.size());
  // Rows go to a frame of their own first: the lines behind them need the
  // value labels' boxes to stop short of them.
  Frame row_items;
  std::vector<geom::Rect> value_labels;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    value_labels.push_back(
        draw_row(row_items, rows[i], top + density.pitch * static_cast<double>(i), density));
  }
  draw_gridlines(page, top, bottom, value_labels);
  if (context_.guide.chart.average_line) {
    draw_average(page, top, bottom, value_labels);
  }
  page.push_frame({0, 0}, std::move(row_items));
  page.items.push_back(Line{{x0_, top - kGridAbove}, {x0_, bottom},
                            Stroke{context_.palette.ink, kMediumRule}});
  draw_axis(page, bottom);
  return bottom;
}

geom::Rect ChartPlot::draw_row(Frame& page, std::size_t figure, double slot_top,
                               const chart::RowDensity& density) const {
  const Palette& palette = context_.palette;
  const chart::BarSpan bar = chart::bar_span(table_.figures[figure], scale_, plot_width_);
  const double bar_top = slot_top + chart::bar_offset(density);
  const double centre = bar_top + density.bar_height / 2;
  const std::string value = money(table_.figures[figure], context_.guide);
  TextStyle style{text::FontFace::kBold, density.value_size, palette.ink, 0};
  // A figure wider than the whole plot and gutter shrinks to fit: never cut.
  style.size = fit_figure(context_.typesetter, value, style, context_.frame.right() - x0_,
                          {density.value_size, density.value_size, density.value_size, false})
                   .size;
  const double width = context_.typesetter.width(value, style);
  const chart::LabelPlacement place =
      chart::place_value_label(bar, width, context_.frame.right() - x0_);
  // A range's label set before its bar sits on the track: the track stops short.
  const bool before = !place.inside && place.x + width <= bar.start;
  const double track_end = before ? std::min(bar.track_end, place.x - kTextClearance) : bar.track_end;
  if (track_end > 0) {
    page.items.push_back(Line{{x0_, centre}, {x0_ + track_end, centre}, Stroke{palette.track, 1}});
  }
  draw_fill(page, {x0_ + bar.start, bar_top, bar.end - bar.start, density.bar_height},
            palette.accent);
  if (place.inside) {
    style.color = palette.white;
  }
  // Digits sit 0.35 em above the baseline at their middle: centred on the bar.
  const double baseline = centre + 0.35 * style.size;
  context_.typesetter.draw(page, value, x0_ + place.x, baseline, style);
  draw_role_label(page, figure, centre, density);
  return text_box(x0_ + place.x, baseline, width, style.size);
}

void ChartPlot::draw_role_label(Frame& page, std::size_t figure, double centre,
                                const chart::RowDensity& density) const {
  const model::Role& role = context_.guide.roles[table_.role_of[figure]];
  const Typesetter& typesetter = context_.typesetter;
  const TextStyle style{text::FontFace::kRegular, density.label_size, context_.palette.ink, 0};
  const auto lines = role_label_lines(typesetter, role.title.value, style, kLabelWidth,
                                      density.label_lines);
  const bool english = density.english_label && !role.title_en.empty();
  const double title_span = density.label_pitch * static_cast<double>(lines.size() - 1);
  // One title line over an English one sits 1 pt above the bar's centre;
  // a title alone is centred on the bar by its ideographs' middle.
  const double first = english ? centre - 1 - title_span / 2
                               : centre + 0.35 * style.size - title_span / 2;
  const double right = x0_ - kLabelGap;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    draw_set_line(page, lines[i], right - lines[i].width,
                  first + density.label_pitch * static_cast<double>(i), style);
  }
  if (english) {
    const TextStyle en{text::FontFace::kRegular, 8, context_.palette.muted, 0};
    typesetter.draw(page, typesetter.fit(role.title_en.value, en, kLabelWidth), right,
                    first + title_span + kEnglishPitch, en, HAlign::kRight);
  }
}

void ChartPlot::draw_gridlines(Page& page, double top, double bottom,
                               std::span<const geom::Rect> value_labels) const {
  const Stroke stroke{context_.palette.grid, kThinRule};
  for (std::size_t i = 1; i < scale_.ticks.size(); ++i) {
    const double x = x0_ + scale_.position(scale_.ticks[i], plot_width_);
    draw_vertical(page, x, top - kGridAbove, bottom, stroke, value_labels);
  }
}

void ChartPlot::draw_axis(Page& page, double bottom) const {
  const TextStyle tick_style{text::FontFace::kRegular, 8, context_.palette.muted, 0};
  std::vector<std::string> labels;
  std::vector<double> widths;
  for (double tick : scale_.ticks) {
    labels.push_back(money::format_tick(tick, scale_.step));
    widths.push_back(context_.typesetter.width(labels.back(), tick_style));
  }
  const double baseline = bottom + chart::kTickBaseline;
  for (std::size_t i : chart::visible_ticks(scale_, plot_width_, widths, kMinTickGap)) {
    context_.typesetter.draw(page, labels[i], x0_ + scale_.position(scale_.ticks[i], plot_width_),
                             baseline, tick_style, HAlign::kCenter);
  }
  const model::Guide& guide = context_.guide;
  const std::string caption = model::fill(
      context_.labels().axis_caption,
      {{"name", currency_name(guide)}, {"unit", unit_label(guide)}, {"code", guide.currency.code}});
  // Right-aligned before the axis: cut to the label column so that it never
  // passes the left margin.
  const TextStyle caption_style{text::FontFace::kRegular, 8, context_.palette.text2, 0};
  context_.typesetter.draw(page,
                           context_.typesetter.fit(caption, caption_style,
                                                   x0_ - kLabelGap - context_.frame.left()),
                           x0_ - kLabelGap, baseline, caption_style, HAlign::kRight);
}

void ChartPlot::draw_average(Page& page, double top, double bottom,
                             std::span<const geom::Rect> value_labels) const {
  const std::int64_t average = chart::key_figures(table_.figures).average;
  const double x = x0_ + scale_.position(static_cast<double>(average) / 100, plot_width_);
  const Stroke stroke{context_.palette.text2, kMediumRule, true};
  draw_vertical(page, x, top - kGridAbove, bottom, stroke, value_labels);
  const std::string label = model::fill(context_.labels().average_line,
                                        {{"value", money({average, average}, context_.guide)}});
  const TextStyle style{text::FontFace::kRegular, 8, context_.palette.text2, 0};
  // Centred on the line, but never past the plot's left edge or the right margin.
  const double width = context_.typesetter.width(label, style);
  const double left = std::clamp(x - width / 2, x0_, context_.frame.right() - width);
  context_.typesetter.draw(page, label, left, top - kGridAbove - kAverageLabelAbove, style);
}

namespace {

/// Roles without a figure that share one note, in data order.
struct NoteGroup {
  std::string note;
  std::vector<std::string> titles;
};

/// The roles without a figure grouped by their note (the built-in one when
/// they have none), each group where its first role stands in data order; a
/// group longer than kMostTitlesPerEntry is split into runs of that many.
std::vector<NoteGroup> note_groups(const LayoutContext& context, const FigureTable& table) {
  std::vector<NoteGroup> groups;
  for (std::size_t i = 0; i < context.guide.roles.size(); ++i) {
    if (table.figure_of_role[i]) continue;
    const model::Role& role = context.guide.roles[i];
    const std::string note =
        note_beside_missing_figure(context, role);
    auto group = std::find_if(groups.begin(), groups.end(), [&](const NoteGroup& g) {
      return g.note == note && g.titles.size() < kMostTitlesPerEntry;
    });
    if (group == groups.end()) group = groups.insert(groups.end(), NoteGroup{note, {}});
    group->titles.push_back(role.title.value);
  }
  return groups;
}

/// `titles` joined by `separator`, in lines of at most `width` points that
/// break only between titles: a line ends with the separator (its trailing
/// space dropped), and only a title too long for a line of its own wraps.
std::vector<text::SetLine> title_list_lines(const Typesetter& typesetter,
                                            const std::vector<std::string>& titles,
                                            const std::string& separator, const TextStyle& style,
                                            double width) {
  std::string trimmed = separator;
  while (!trimmed.empty() && trimmed.back() == ' ') trimmed.pop_back();
  std::vector<text::SetLine> lines;
  std::string current;
  for (std::size_t i = 0; i < titles.size(); ++i) {
    const std::string& title = titles[i];
    if (!current.empty()) {
      const std::string longer = current + separator + title;
      if (typesetter.width(longer, style) <= width) {
        current = longer;
        continue;
      }
      lines.push_back(typesetter.line(current + trimmed, style));
    }
    current = title;
    // A separator that follows must fit after the title's last line too.
    const double room = width - (i + 1 < titles.size() ? typesetter.width(trimmed, style) : 0);
    if (typesetter.width(current, style) > room) {
      auto wrapped = typesetter.paragraph(title, style, room, text::Align::kLeft);
      current = line_text(wrapped.back());
      wrapped.pop_back();
      lines.insert(lines.end(), wrapped.begin(), wrapped.end());
    }
  }
  if (!current.empty()) lines.push_back(typesetter.line(current, style));
  return lines;
}

}  // namespace

NoFigureBlock::NoFigureBlock(const LayoutContext& context, const FigureTable& table)
    : context_(context) {
  const TextStyle style{text::FontFace::kRegular, 9.5, context.palette.text2, 0};
  const TextStyle title_style{text::FontFace::kBold, 10.5, context.palette.ink, 0};
  const double width = context.frame.right() - (context.frame.left() + kPlotOffset);
  const text::Align align = context.locale.align;
  const std::string& separator = context.locale.title_separator;
  for (const NoteGroup& group : note_groups(context, table)) {
    Entry entry{title_list_lines(context.typesetter, group.titles, separator, title_style, width), {}};
    for (const std::string& paragraph : text::split_paragraphs(group.note)) {
      auto lines = context.typesetter.paragraph(paragraph, style, width, align);
      entry.note.insert(entry.note.end(), lines.begin(), lines.end());
    }
    entries_.push_back(std::move(entry));
  }
}

std::vector<double> NoFigureBlock::spans() const {
  std::vector<double> spans;
  for (const Entry& entry : entries_) {
    const std::size_t lines = std::max<std::size_t>(entry.note.size(), 1);
    const std::size_t title_lines = std::max<std::size_t>(entry.title.size(), 1);
    spans.push_back(kTitlePitch * static_cast<double>(title_lines - 1) + kNoteBelowTitle +
                    kNotePitch * static_cast<double>(lines - 1));
  }
  return spans;
}

std::vector<text::SetLine> NoFigureBlock::heading_lines(const std::string& heading) const {
  const TextStyle style{text::FontFace::kBold, 9, context_.palette.text2, 0.1};
  return context_.typesetter.balanced(heading, style, kPlotOffset - kLabelGap);
}

std::vector<text::SetLine> NoFigureBlock::sub_label_lines() const {
  const TextStyle style{text::FontFace::kRegular, 8, context_.palette.muted, 0};
  return context_.typesetter.paragraph(context_.labels().not_in_chart, style, kPlotOffset - kLabelGap,
                                       text::Align::kLeft);
}

double NoFigureBlock::heading_depth(const std::string& heading, bool sub_label) const {
  const double extra = kHeadingPitch * static_cast<double>(heading_lines(heading).size() - 1);
  if (!sub_label) return chart::kNoFigureFirstTitle + extra;
  const std::size_t sub_lines = std::max<std::size_t>(sub_label_lines().size(), 1);
  return kSubLabelDepth + extra + kSubLabelPitch * static_cast<double>(sub_lines - 1);
}

void NoFigureBlock::draw(Page& page, double rule_y, const std::string& heading, bool sub_label,
                         std::size_t first, std::size_t count) const {
  const PageFrame& frame = context_.frame;
  const Palette& palette = context_.palette;
  const std::size_t rule = page.items.size();
  draw_rule(page, frame.left(), frame.right(), rule_y, kThinRule, palette.rule);
  page.tag_from(rule, Role::kArtifact);
  const TextStyle heading_style{text::FontFace::kBold, 9, palette.text2, 0.1};
  const auto lines = heading_lines(heading);
  const std::size_t heading_from = page.items.size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    draw_set_line(page, lines[i], frame.left(),
                  rule_y + chart::kNoFigureFirstTitle + kHeadingPitch * static_cast<double>(i),
                  heading_style);
  }
  page.tag_from(heading_from, Role::kHeading, nullptr, 2);
  if (sub_label) {
    // Wrapped inside the label column, never across the notes (design §8.3).
    const std::size_t from = page.items.size();
    const TextStyle sub_style{text::FontFace::kRegular, 8, palette.muted, 0};
    const auto sub_lines = sub_label_lines();
    if (sub_lines.size() <= 1) {
      context_.typesetter.draw(page, context_.labels().not_in_chart, frame.left(),
                               rule_y + heading_depth(heading, true), sub_style);
    } else {
      const double first_baseline = rule_y + heading_depth(heading, true) -
                                    kSubLabelPitch * static_cast<double>(sub_lines.size() - 1);
      for (std::size_t i = 0; i < sub_lines.size(); ++i)
        draw_set_line(page, sub_lines[i], frame.left(),
                      first_baseline + kSubLabelPitch * static_cast<double>(i), sub_style);
    }
    page.tag_from(from, Role::kParagraph);
  }
  const double x = frame.left() + kPlotOffset;
  const TextStyle title_style{text::FontFace::kBold, 10.5, palette.ink, 0};
  const TextStyle note_style{text::FontFace::kRegular, 9.5, palette.text2, 0};
  double y = rule_y + chart::kNoFigureFirstTitle;
  for (std::size_t i = first; i < first + count && i < entries_.size(); ++i) {
    const Entry& entry = entries_[i];
    const std::size_t title_from = page.items.size();
    for (std::size_t j = 0; j < entry.title.size(); ++j) {
      if (j > 0) y += kTitlePitch;
      draw_set_line(page, entry.title[j], x, y, title_style);
    }
    page.tag_from(title_from, Role::kParagraph);
    y += kNoteBelowTitle;
    const std::size_t note_from = page.items.size();
    for (std::size_t j = 0; j < entry.note.size(); ++j) {
      draw_set_line(page, entry.note[j], x, y + kNotePitch * static_cast<double>(j), note_style);
    }
    page.tag_from(note_from, Role::kParagraph);
    y += kNotePitch * static_cast<double>(std::max<std::size_t>(entry.note.size(), 1) - 1) +
         chart::kNoFigureNextTitle;
  }
}

}  // namespace careerguide::layout
