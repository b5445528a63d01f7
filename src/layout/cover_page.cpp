// The cover (design §8.1): kicker row, balanced title, accent rule,
// description, the salary skyline and the info strip.

#include <algorithm>
#include <cstdint>

#include "chart/skyline.h"
#include "layout/figure_fit.h"
#include "layout/guide_figures.h"
#include "layout/pages.h"
#include "layout/sources.h"

namespace careerguide::layout {
namespace {

constexpr double kKickerBaseline = 85.04;  // 30 mm
constexpr double kTopRule = 97.04;         // 34.2 mm
constexpr double kSquare = 7.5;
constexpr double kSkylineHeight = 141.73;  // 50 mm
constexpr double kSkylineBase = 58;        // mm above the bottom edge
constexpr double kInfoBaseline = 30;       // mm above the bottom edge
constexpr std::size_t kInfoLines = 3;      // most lines of one info strip value
constexpr double kSkylineLabelSize = 8;    // points
constexpr double kSkylineSmallestLabel = 6;
constexpr double kSkylineLabelBelow = 14;   // base rule to the labels' baseline
constexpr double kSkylineLegendBelow = 34;  // base rule to the legend's baseline, under a broken range
constexpr double kSkylineLabelGap = 12;     // least gap between the lowest and highest labels

void draw_kicker_row(const LayoutContext& context, Page& page) {
  const PageFrame& frame = context.frame;
  const Palette& palette = context.palette;
  const model::Guide& guide = context.guide;
  const std::size_t square = page.items.size();
  draw_fill(page, {frame.left(), kKickerBaseline - kSquare, kSquare, kSquare}, palette.accent);
  page.tag_from(square, Role::kArtifact);
  const std::string kicker = guide.subtitle.empty() ? context.labels().cover_kicker : guide.subtitle.value;
  const TextStyle kicker_style{text::FontFace::kBold, 11, palette.accent, 0.3};
  const TextStyle date_style{text::FontFace::kRegular, 9, palette.text2, 0};
  const std::string date = format_date(guide.date.value, context.labels());
  const double date_width = date.empty() ? 0 : context.typesetter.width(date, date_style);
  const double room = frame.text_width() - 16 - date_width - 24;
  const std::size_t kicker_from = page.items.size();
  context.typesetter.draw(page, context.typesetter.fit(kicker, kicker_style, room), frame.left() + 16,
                          kKickerBaseline, kicker_style);
  page.tag_from(kicker_from, Role::kParagraph);
  const std::size_t date_from = page.items.size();
  if (!date.empty())
    context.typesetter.draw(page, date, frame.right(), kKickerBaseline, date_style, HAlign::kRight);
  page.tag_from(date_from, Role::kParagraph);
  const std::size_t rule = page.items.size();
  draw_rule(page, frame.left(), frame.right(), kTopRule, kHairline, palette.rule);
  page.tag_from(rule, Role::kArtifact);
}

// Cover title sizes, largest first: 38 pt for up to 2 lines, 32 pt for up
// to 3 (design §10), 26 pt for up to 8, then 20 pt, so that a title at its
// length limit (150 characters) stays clear of the skyline without being cut.
struct CoverTitleSize {
  double size;
  double pitch;
  std::size_t max_lines;
};
constexpr CoverTitleSize kCoverTitleSizes[] = {{38, 52, 2}, {32, 44, 3}, {26, 36, 8}, {20, 28, SIZE_MAX}};

// Returns the last title baseline.
double draw_title(const LayoutContext& context, Page& page) {
  const PageFrame& frame = context.frame;
  TextStyle style{text::FontFace::kBold, 0, context.palette.ink, 0};
  std::vector<text::SetLine> lines;
  double pitch = 0;
  for (const CoverTitleSize& step : kCoverTitleSizes) {
    style.size = step.size;
    pitch = step.pitch;
    lines = context.typesetter.balanced(context.guide.title.value, style, frame.text_width());
    if (lines.size() <= step.max_lines) break;
  }
  double y = frame.cover_title_baseline;
  const std::size_t from = page.items.size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    y = frame.cover_title_baseline + pitch * double(i);
    draw_set_line(page, lines[i], frame.left(), y, style);
  }
  page.group_from(from, make_element(Role::kHeading, nullptr, 1));
  return y;
}

/// A figure label under a column: every digit kept, smaller down to 6 pt,
/// then a range breaks after its dash (design §8.1). `align` places it on `x`.
void draw_figure_label(const LayoutContext& context, Page& page, const std::string& label,
                       double x, double width, double base, HAlign align) {
  const TextStyle label_style{text::FontFace::kRegular, kSkylineLabelSize, context.palette.text2, 0};
  const FittedFigure fitted = fit_figure(context.typesetter, label, label_style, width,
                                         {kSkylineLabelSize, kSkylineSmallestLabel,
                                          kSkylineLabelSize, true});
  TextStyle style = label_style;
  style.size = fitted.size;
  for (std::size_t i = 0; i < fitted.lines.size(); ++i) {
    context.typesetter.draw(page, fitted.lines[i], x, base + kSkylineLabelBelow + 10 * double(i),
                            style, align);
  }
}

/// Up to 8 roles: a column's figure (or 暂无数据) at its slot's left edge.
void draw_column_label(const LayoutContext& context, Page& page, const FigureTable& table,
                       const chart::Skyline& sky, const chart::SkylineColumn& column, double base) {
  const TextStyle label_style{text::FontFace::kRegular, kSkylineLabelSize, context.palette.text2, 0};
  const auto figure = table.figure_of_role[column.role];
  const double x = context.frame.left() + column.x;
  if (!figure) {
    context.typesetter.draw(
        page, context.typesetter.fit(context.labels().no_data_short, label_style, sky.slot - 4), x,
        base + kSkylineLabelBelow, label_style);
    return;
  }
  draw_figure_label(context, page, money(table.figures[*figure], context.guide), x, sky.slot - 8,
                    base, HAlign::kLeft);
}

/// 9–24 roles: slots too narrow for every figure. The lowest column is
/// labelled from its left edge and the highest up to its right edge (最低
/// ¥8,800 … 最高 ¥38,000), the lowest left out if the two would touch; a
/// legend line under them says what a column and a dashed one stand for.
void draw_extremes_and_legend(const LayoutContext& context, Page& page, const FigureTable& table,
                              const chart::Skyline& sky, double base) {
  const PageFrame& frame = context.frame;
  const model::Labels& labels = context.labels();
  const auto label_of = [&](const chart::SkylineColumn& column, const std::string& word) {
    return word + " " + money(table.figures[*table.figure_of_role[column.role]], context.guide);
  };
  const chart::SkylineColumn& lowest = sky.columns.front();
  const auto highest = std::find_if(sky.columns.begin(), sky.columns.end(),
                                    [](const chart::SkylineColumn& c) { return c.highest; });
  const double third = frame.text_width() / 3;
  const TextStyle label_style{text::FontFace::kRegular, kSkylineLabelSize, context.palette.text2, 0};
  const std::string high_label = label_of(*highest, labels.highest);
  const double high_right = std::min(frame.left() + highest->x + highest->width, frame.right());
  const double high_left = high_right - std::min(context.typesetter.width(high_label, label_style), third);
  draw_figure_label(context, page, high_label, high_right, third, base, HAlign::kRight);
  if (&lowest != &*highest) {
    const std::string low_label = label_of(lowest, labels.lowest);
    const double low_right =
        frame.left() + lowest.x + std::min(context.typesetter.width(low_label, label_style), third);
    if (low_right + kSkylineLabelGap <= high_left) {
      draw_figure_label(context, page, low_label, frame.left() + lowest.x, third, base, HAlign::kLeft);
    }
  }
  const bool dashed = !sky.columns.back().has_figure;
  // "No figure" becomes "no figure" inside the English sentence.
  const std::string none =
      dashed ? context.locale.mid_sentence(labels.no_data_short) : std::string();
  const std::string legend = model::fill_clauses(
      labels.cover_legend, {{"salary", salary_phrase(context.guide)}, {"none", none}});
  const TextStyle legend_style{text::FontFace::kRegular, kSkylineLabelSize, context.palette.muted, 0};
  context.typesetter.draw(page, context.typesetter.fit(legend, legend_style, frame.text_width()),
                          frame.left(), base + kSkylineLegendBelow, legend_style);
}

/// The skyline's alternative text from its data, in the guide's language:
/// each role in data order (the columns' order) with its figure or the
/// no-figure label.
std::string skyline_alt_text(const LayoutContext& context, const FigureTable& table) {
  const Locale& locale = context.locale;
  std::string alt = salary_label(context.guide) + locale.lead_colon;
  for (std::size_t i = 0; i < context.guide.roles.size(); ++i) {
    if (i > 0) alt += locale.clause_separator;
    const auto figure = table.figure_of_role[i];
    alt += context.guide.roles[i].title.value + " " +
           (figure ? money(table.figures[*figure], context.guide) : context.labels().no_figure);
  }
  return alt + locale.full_stop;
}

// The skyline shows each role's figure: a Figure, told in words.
void draw_skyline(const LayoutContext& context, Page& page) {
  const PageFrame& frame = context.frame;
  const Palette& palette = context.palette;
  const FigureTable table = figure_table(context.guide);
  std::vector<std::optional<chart::Figure>> figures;
  for (const auto& index : table.figure_of_role)
    figures.push_back(index ? std::optional(table.figures[*index]) : std::nullopt);
  const chart::Skyline sky = chart::skyline(figures, frame.text_width(), kSkylineHeight);
  if (!sky.drawn) return;
  const std::size_t from = page.items.size();
  const double base = frame.from_bottom(geom::mm(kSkylineBase));
  for (const chart::SkylineColumn& column : sky.columns) {
    const geom::Rect rect{frame.left() + column.x, base - column.height, column.width, column.height};
    if (column.has_figure) {
      draw_fill(page, rect, column.highest ? palette.accent : palette.tint);
    } else {
      page.items.push_back(Box{rect, std::nullopt, Stroke{palette.accent, kMediumRule, true}});
    }
    if (sky.labels) draw_column_label(context, page, table, sky, column, base);
  }
  if (sky.legend) draw_extremes_and_legend(context, page, table, sky, base);
  draw_rule(page, frame.left(), frame.right(), base, kMediumRule, palette.ink);
  page.tag_from(from, Role::kFigure)->alt = skyline_alt_text(context, table);
}

void draw_info_strip(const LayoutContext& context, Page& page) {
  const PageFrame& frame = context.frame;
  const model::Guide& guide = context.guide;
  const model::Labels& labels = context.labels();
  struct Field { double share; std::string label; std::string value; };
  std::vector<Field> fields;
  if (!guide.sources.empty()) {
    fields.push_back({0, labels.cover_source, short_citation(guide.sources.front(), guide)});
    if (!guide.sources.front().credit.empty())
      fields.push_back({0.58, labels.cover_credit, guide.sources.front().credit.value});
  }
  if (!guide.date.empty()) fields.push_back({0.80, labels.cover_date, format_date(guide.date.value, labels)});
  const double baseline = frame.from_bottom(geom::mm(kInfoBaseline));
  const TextStyle label_style{text::FontFace::kRegular, 8, context.palette.muted, 0.1};
  const TextStyle value_style{text::FontFace::kRegular, 10, context.palette.ink, 0};
  std::vector<double> xs;
  for (const Field& field : fields) xs.push_back(frame.left() + field.share * frame.text_width());
  // The date never breaks ("September 30, / 2024" in its fifth of the
  // width): its column starts early enough to hold it on one line.
  if (!guide.date.empty() && fields.size() > 1) {
    const Field& date = fields.back();
    const double needed = std::max(context.typesetter.width(date.value, value_style),
                                   context.typesetter.width(date.label, label_style));
    xs.back() = std::max(xs[xs.size() - 2] + 0.15 * frame.text_width(), std::min(xs.back(), frame.right() - needed - 1));
  }
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const double x = xs[i];
    const double next = i + 1 < fields.size() ? xs[i + 1] : frame.right() + 12;
    const double width = next - x - 12;
    const std::size_t field_from = page.items.size();
    context.typesetter.draw(page, context.typesetter.fit(fields[i].label, label_style, width), x,
                            baseline, label_style);
    auto lines = context.typesetter.paragraph(fields[i].value, value_style, width, text::Align::kLeft);
    // Three lines reach 15.5 mm below the strip's baseline, a fourth would
    // leave the 10 mm safe area: a longer value (a long source title) is cut
    // with "…" until it takes three.
    for (double room = kInfoLines * width; lines.size() > kInfoLines; room *= 0.9) {
      lines = context.typesetter.paragraph(context.typesetter.fit(fields[i].value, value_style, room),
                                           value_style, width, text::Align::kLeft);
    }
    for (std::size_t j = 0; j < lines.size(); ++j)
      draw_set_line(page, lines[j], x, baseline + 16 + 14 * double(j), value_style);
    page.tag_from(field_from, Role::kParagraph);
  }
}

}  // namespace

DraftPage layout_cover(const LayoutContext& context) {
  DraftPage cover{context.blank_page(), {}, {}};
  Page& page = cover.page;
  draw_kicker_row(context, page);
  const double last = draw_title(context, page);
  const std::size_t bar = page.items.size();
  draw_fill(page, {context.frame.left(), last + 28, geom::mm(24), 2.5}, context.palette.accent);
  page.tag_from(bar, Role::kArtifact);
  const std::size_t description_from = page.items.size();
  // English needs its singular ("1 roles" was printed); a guide without a
  // single figure does not promise salaries.
  const model::Guide& guide = context.guide;
  const std::string description = model::fill_clauses(
      guide.roles.size() == 1 ? context.labels().cover_description_one : context.labels().cover_description,
      {{"n", std::to_string(guide.roles.size())},
       {"salary", any_figure(guide) ? salary_phrase(guide) : ""},
       {"market", guide.market.value}});
  const TextStyle style{text::FontFace::kRegular, 12, context.palette.text2, 0};
  const auto lines = context.typesetter.paragraph(description, style, context.frame.text_width(),
                                                  text::Align::kLeft);
  for (std::size_t i = 0; i < lines.size(); ++i)
    draw_set_line(page, lines[i], context.frame.left(), last + 60 + 18 * double(i), style);
  page.tag_from(description_from, Role::kParagraph);
  draw_skyline(context, page);
  draw_info_strip(context, page);
  return cover;
}

}  // namespace careerguide::layout
