// The role page (design §8.4, §8.5): title block, salary card, sections.

#include <algorithm>
#include <cmath>
#include <string>

#include "chart/comparison.h"
#include "layout/figure_fit.h"
#include "layout/guide_figures.h"
#include "layout/page_fill.h"
#include "layout/pages.h"
#include "layout/salary_note.h"

namespace careerguide::layout {
namespace {

constexpr double kCardTop = 96;       // from C
constexpr double kCardHeight = 84;
constexpr double kCardToRule = 30;    // card bottom to the first section rule
constexpr double kNotePitch = 16;
constexpr double kFigureNoteRule = 80;      // card top to the rule above a figure's note
constexpr double kFigureNoteBaseline = 100;  // card top to the note's first baseline
constexpr double kFigureNoteBottom = 18;     // last baseline to the card's bottom
constexpr double kTickResolution = 1;    // points between distinct strip ticks
constexpr double kLargestFigure = 28;    // points
constexpr double kSmallestFigure = 16;   // points; below this a range breaks instead
constexpr double kMinimumFigure = 11;    // points; beside its unit, never smaller: the unit goes under
constexpr double kLabelPitch = 12;       // a wrapped salary label moves the figure down a line
constexpr double kUnitGap = 18;          // the figure's last baseline to a unit set under it
constexpr double kUnitPitch = 16;        // a wrapped unit
constexpr double kSelfLabelInset = 6;   // 本职业 ends at least this far inside the card's right edge
constexpr double kCardBottom = 18;       // a grown card: last baseline to its bottom

struct RoleCard {
  const LayoutContext& context;
  const model::Role& role;
  std::size_t role_index;
  double top;

  double divider_x() const { return card_divider_x(context); }
  double right_x() const { return divider_x() + 20; }

  // Height grows when a note needs more than three lines (design §8.5).
  double height_for(std::size_t note_lines) const {
    if (note_lines <= 3) return kCardHeight;
    const double needed = 24 + double(note_lines - 1) * kNotePitch + 22;
    return std::ceil(needed / 6) * 6;
  }

  TextStyle note_style() const { return card_note_style(context); }

  // A remark on the figure sits under it, across the card below a hairline
  // (design §8.4); returns the card's height with it.
  // `grown`: how much taller than 84 pt the card's figure made it.
  double draw_figure_note(Frame& page, double grown) const {
    const double left = context.frame.left() + kCardPadding;
    const double right = context.frame.right() - kCardPadding;
    const std::vector<text::SetLine> lines =
        set_card_note(context, role.salary_note.value, card_note_width(context, true));
    const std::size_t rule = page.items.size();
    page.items.push_back(Line{{left, top + grown + kFigureNoteRule}, {right, top + grown + kFigureNoteRule},
                              Stroke{context.palette.rule, kThinRule}});
    page.tag_from(rule, Role::kArtifact);
    const std::size_t text = page.items.size();
    for (std::size_t i = 0; i < lines.size(); ++i)
      draw_set_line(page, lines[i], left, top + grown + kFigureNoteBaseline + kNotePitch * double(i),
                    note_style());
    page.tag_from(text, Role::kParagraph);
    const double needed =
        grown + kFigureNoteBaseline + kNotePitch * double(lines.size() - 1) + kFigureNoteBottom;
    return std::ceil(needed / 6) * 6;
  }

  // The left column's width: the padding to 16 pt before the divider.
  double left_room() const { return divider_x() - 16 - (context.frame.left() + kCardPadding); }

  // The label over the figure; one too wide for the left column wraps there and
  // moves the figure down 12 pt a line. Returns that shift.
  double draw_label(Frame& page) const {
    const std::size_t from = page.items.size();
    const TextStyle style{text::FontFace::kBold, 9, context.palette.text2, 0.1};
    const std::string label = salary_label(context.guide);
    const double x = context.frame.left() + kCardPadding;
    double shift = 0;
    if (context.typesetter.width(label, style) <= left_room()) {
      context.typesetter.draw(page, label, x, top + 24, style);
    } else {
      const auto lines = context.typesetter.paragraph(label, style, left_room(), text::Align::kLeft);
      for (std::size_t i = 0; i < lines.size(); ++i)
        draw_set_line(page, lines[i], x, top + 24 + kLabelPitch * double(i), style);
      shift = kLabelPitch * double(std::max<std::size_t>(lines.size(), 1) - 1);
    }
    page.tag_from(from, Role::kParagraph);
    return shift;
  }

  // The figure in 28 pt, smaller when it would reach the divider; a range
  // still too wide at 16 pt breaks after its dash onto two lines. Never cut.
  // When the figure beside its unit would be under 11 pt, the unit goes on
  // its own line(s) under the figure and the card grows. `shift` moves it
  // down (a wrapped label); returns the card's height for the figure.
  double draw_figure(Frame& page, const chart::Figure& figure, double shift) const {
    const std::string amount = money(figure, context.guide);
    const std::string unit = unit_label(context.guide);
    const TextStyle unit_style{text::FontFace::kRegular, 12, context.palette.text2, 0};
    const double x = context.frame.left() + kCardPadding;
    const double room = left_room() - 6 - context.typesetter.width(unit, unit_style);
    TextStyle style{text::FontFace::kBold, kLargestFigure, context.palette.ink, 0};
    const FigureSizes sizes{kLargestFigure, kSmallestFigure, kSmallestFigure, true};
    FittedFigure fitted = fit_figure(context.typesetter, amount, style, room, sizes);
    const bool unit_under = fitted.size < kMinimumFigure;
    if (unit_under) fitted = fit_figure(context.typesetter, amount, style, left_room(), sizes);
    style.size = fitted.size;
    const std::size_t from = page.items.size();
    // The figure and its unit read as one paragraph: "$127,000 / 年".
    struct Tag {
      Frame& page;
      std::size_t from;
      ~Tag() { page.tag_from(from, Role::kParagraph); }
    } tag{page, from};
    double last = top + shift + 62;
    double width = 0;
    if (fitted.broken()) {
      context.typesetter.draw(page, fitted.lines[0], x, top + shift + 46, style);
      last = top + shift + 66;
      width = context.typesetter.draw(page, fitted.lines[1], x, last, style);
    } else {
      width = context.typesetter.draw(page, amount, x, last, style);
    }
    if (!unit_under) {
      context.typesetter.draw(page, unit, x + width + 6, last, unit_style);
      return shift == 0 ? kCardHeight : std::max(kCardHeight, std::ceil((last - top + kCardBottom) / 6) * 6);
    }
    const auto lines = context.typesetter.paragraph(unit, unit_style, left_room(), text::Align::kLeft);
    last += kUnitGap;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i > 0) last += kUnitPitch;
      draw_set_line(page, lines[i], x, last, unit_style);
    }
    return std::max(kCardHeight, std::ceil((last - top + kCardBottom) / 6) * 6);
  }

  // `height`: the card's height for its figure (84 pt, more when it grew).
  double draw_comparison(Frame& page, const RoleFigures& figures, std::size_t self, double height) const {
    const PageFrame& frame = context.frame;
    const chart::Comparison cmp = figures.comparisons.of(self);
    if (cmp.style == chart::ComparisonStyle::kNone) return height;
    const Palette& palette = context.palette;
    const std::size_t divider = page.items.size();
    page.items.push_back(Line{{divider_x(), top + 16}, {divider_x(), top + height - 16},
                              Stroke{palette.rule, kThinRule}});
    page.tag_from(divider, Role::kArtifact);
    const std::string caption = model::fill(
        context.labels().rank, {{"n", std::to_string(cmp.count)}, {"rank", std::to_string(cmp.rank)}});
    // The strip, its caption and its marks are one figure, told in words.
    const std::size_t from = page.items.size();
    struct Tag {
      Frame& page;
      std::size_t from;
      std::string alt;
      ~Tag() { page.tag_from(from, Role::kFigure)->alt = alt; }
    } tag{page, from, comparison_alt(caption, figures.table.figures[self])};
    const TextStyle caption_style{text::FontFace::kRegular, 8.5, palette.text2, 0};
    context.typesetter.draw(page, context.typesetter.fit(caption, caption_style, frame.right() - kCardPadding - right_x()),
                            right_x(), top + 24, caption_style);
    const TextStyle self_style{text::FontFace::kBold, 8, palette.accent, 0};
    // 本职业 stays right of the divider's gap and inside the card: it may take
    // the card's right padding but 6 pt of it.
    const double column_right = frame.right() - kSelfLabelInset;
    const std::string& self_label = context.labels().this_role;
    if (cmp.style == chart::ComparisonStyle::kBars) {
      for (const chart::ComparisonBar& bar : cmp.bars) {
        // A range floats from its minimum; a hairline from 0 shows the scale starts there.
        if (bar.start > 0)
          page.items.push_back(Line{{right_x(), top + bar.top + bar.height / 2},
                                    {right_x() + bar.start, top + bar.top + bar.height / 2},
                                    Stroke{palette.muted, kThinRule}});
        draw_fill(page, {right_x() + bar.start, top + bar.top, bar.length, bar.height},
                  bar.is_self ? palette.accent : palette.track);
        if (bar.is_self) {
          // Bars 5 or 8 pt apart leave no room to wrap: a label too long is cut with "…".
          const double label_x = right_x() + cmp.self_x + 6;
          const double room = std::max(0.0, column_right - label_x);
          const std::string shown = context.typesetter.width(self_label, self_style) <= room
                                        ? self_label
                                        : context.typesetter.fit(self_label, self_style, room);
          context.typesetter.draw(page, shown, label_x, top + bar.top + 5.5, self_style);
        }
      }
      return height;
    }
    const double axis_y = top + chart::kStripAxisY;
    page.items.push_back(Line{{right_x(), axis_y}, {right_x() + cmp.axis_length, axis_y},
                              Stroke{palette.track, 1}});
    for (long bin : figures.strip_ticks) {
      const double x = right_x() + double(bin) * kTickResolution;
      page.items.push_back(Line{{x, axis_y - 4}, {x, axis_y + 4}, Stroke{palette.muted, kMediumRule}});
    }
    page.items.push_back(Circle{{right_x() + cmp.self_x, axis_y}, 4, palette.accent, std::nullopt});
    // Centred under the dot; moved along to stay in the column, cut with "…"
    // only when wider than the whole column.
    const double centre = right_x() + cmp.self_x;
    const double column = column_right - right_x();
    const std::string shown = context.typesetter.width(self_label, self_style) <= column
                                  ? self_label
                                  : context.typesetter.fit(self_label, self_style, column);
    const double width = context.typesetter.width(shown, self_style);
    if (centre - width / 2 >= right_x() && centre + width / 2 <= column_right) {
      context.typesetter.draw(page, shown, centre, axis_y + 16, self_style, HAlign::kCenter);
    } else {
      const double left = std::clamp(centre - width / 2, right_x(), column_right - width);
      context.typesetter.draw(page, shown, left, axis_y + 16, self_style);
    }
    return height;
  }

  // "在 5 个有薪资数据的职业中排第 5 位（平均年薪 $127,000 / 年）": the
  // comparison's caption with the figure and its pay period, in the guide's language.
  std::string comparison_alt(const std::string& caption, const chart::Figure& figure) const {
    const bool chinese = context.locale.tag.starts_with("zh");
    const std::string figure_text = salary_label(context.guide) + " " + money(figure, context.guide) +
                                    " " + unit_label(context.guide);
    return chinese ? caption + "（" + figure_text + "）" : caption + " (" + figure_text + ")";
  }

  // Without a figure: 暂无平均数据 in grey and the note on the right.
  // `shift`: a wrapped label moves 暂无平均数据 down.
  double draw_no_figure(Frame& page, double shift) const {
    const Palette& palette = context.palette;
    const std::size_t missing = page.items.size();
    context.typesetter.draw(page, context.labels().no_figure, context.frame.left() + kCardPadding,
                            top + shift + 58, {text::FontFace::kBold, 18, palette.text2, 0});
    page.tag_from(missing, Role::kParagraph);
    const TextStyle style = note_style();
    const std::vector<text::SetLine> lines =
        set_card_note(context, note_beside_missing_figure(context, role), card_note_width(context, false));
    const double height =
        shift == 0 ? height_for(lines.size())
                   : std::max(height_for(lines.size()), std::ceil((shift + 58 + kCardBottom) / 6) * 6);
    const std::size_t divider = page.items.size();
    page.items.push_back(Line{{divider_x(), top + 16}, {divider_x(), top + height - 16},
                              Stroke{palette.rule, kThinRule}});
    page.tag_from(divider, Role::kArtifact);
    const std::size_t note = page.items.size();
    for (std::size_t i = 0; i < lines.size(); ++i)
      draw_set_line(page, lines[i], right_x(), top + 24 + kNotePitch * double(i), style);
    page.tag_from(note, Role::kParagraph);
    return height;
  }

  // Draws the card; returns its height.
  double draw(Page& page, const RoleFigures& figures) const {
    const FigureTable& table = figures.table;
    // The fill goes under the contents; its height is known only after them.
    Frame contents;
    double height = kCardHeight;
    const auto self = table.figure_of_role[role_index];
    if (self) {
      const double shift = draw_label(contents);
      height = draw_figure(contents, table.figures[*self], shift);
      height = draw_comparison(contents, figures, *self, height);
      if (!role.salary_note.empty() && !salary_note_is_body_text(context, role, true))
        height = draw_figure_note(contents, height - kCardHeight);
    } else {
      height = draw_no_figure(contents, draw_label(contents));
    }
    contents.prepend(Box{{context.frame.left(), top, context.frame.text_width(), height},
                         context.palette.card, std::nullopt});
    contents.groups.push_back({0, 1, make_element(Role::kArtifact)});
    page.push_frame({0, 0}, std::move(contents));
    return height;
  }
};

std::vector<StepText> steps_of(const model::Role& role) {
  std::vector<StepText> steps;
  for (const model::Step& step : role.steps) steps.push_back({step.lead.value, step.body.value});
  return steps;
}

std::vector<Section> role_sections(const LayoutContext& context, const model::Role& role,
                                   bool has_figure) {
  const model::Labels& labels = context.labels();
  const BlockBuilder& blocks = context.blocks;
  std::vector<Section> sections;
  // Each section names the text it shows, for the report of near-empty pages.
  const auto add = [&sections](const std::string& heading, std::vector<Block> lines, const char* source) {
    sections.push_back({heading, std::move(lines), false, source});
  };
  if (!role.summary.empty()) add(labels.summary, blocks.paragraphs(role.summary.value), "summary");
  if (!role.skills.empty()) {
    std::vector<std::string> items;
    for (const model::Text& skill : role.skills) items.push_back(skill.value);
    add(labels.skills, blocks.bullets(items), "skills");
  }
  if (!role.steps.empty()) {
    add(labels.getting_started, blocks.steps(steps_of(role)), "getting_started");
  } else if (!role.getting_started.empty()) {
    add(labels.getting_started, blocks.paragraphs(role.getting_started.value), "getting_started");
  }
  std::string notes = role.notes.value;
  const bool note_in_body = salary_note_is_body_text(context, role, has_figure);
  if (note_in_body) notes = role.salary_note.value + (notes.empty() ? "" : "\n\n" + notes);
  if (!notes.empty())
    add(labels.notes, blocks.paragraphs(notes), role.notes.empty() ? "salary_note" : "notes");
  if (!role.links.empty()) {
    std::vector<LinkText> links;
    for (const model::Link& link : role.links) links.push_back({link.label.value, link.url.value, link.address.empty() ? link.url.value : link.address});
    add(labels.links, blocks.links(links), "links");
  }
  return sections;
}


/// The length of the bar for the largest figure, points.
double longest_comparison_bar(const LayoutContext& context) { return 0.58 * context.frame.text_width() - 82; }

/// The strip's ticks: ticks closer than a point print as one mark, so one is
/// drawn per point, and a guide of n roles does not draw n ticks on each of
/// its n pages.
std::vector<long> distinct_ticks(const std::vector<double>& ticks_x) {
  std::vector<long> drawn;
  for (double x : ticks_x) drawn.push_back(std::lround(x / kTickResolution));
  std::sort(drawn.begin(), drawn.end());
  drawn.erase(std::unique(drawn.begin(), drawn.end()), drawn.end());
  return drawn;
}

}  // namespace

RoleFigures::RoleFigures(const LayoutContext& context)
    : table(figure_table(context.guide)),
      comparisons(table.figures, longest_comparison_bar(context)),
      strip_ticks(distinct_ticks(comparisons.ticks_x())) {}

std::vector<DraftPage> layout_role(const LayoutContext& context, const RoleFigures& figures, std::size_t index,
                                   std::vector<SparsePage>* sparse) {
  const model::Role& role = context.guide.roles[index];
  const model::Labels& labels = context.labels();
  const std::string nn = two_digits(index + 1);
  const std::string total = two_digits(context.guide.roles.size());
  const std::string kicker = model::fill(labels.role_kicker, {{"nn", nn}, {"total", total}});
  const std::string header = model::fill(labels.role_header, {{"nn", nn}, {"title", role.title.value}});

  std::vector<DraftPage> pages;
  pages.push_back({context.blank_page(), header, {}});
  Page& page = pages.back().page;
  const double shift = draw_title_block(context, page, kicker, role.title.value, role.title_en.value);
  const RoleCard card{context, role, index, context.c(kCardTop) + shift};
  const double card_height = card.draw(page, figures);

  const ContinuationStarter continue_on = [&](std::vector<DraftPage>& out) {
    out.push_back({context.blank_page(), header + labels.continued, {}});
    draw_compact_title(context, out.back().page, kicker, role.title.value);
    return continuation_rule_y(context);
  };
  std::vector<FlowedPage> flowed;
  flow_sections(role_sections(context, role, figures.table.figure_of_role[index].has_value()), pages,
                card.top + card_height + kCardToRule, context.flow(), continue_on, &flowed);
  if (sparse) *sparse = sparse_pages(index, pages, flowed, context.frame);
  return pages;
}

}  // namespace careerguide::layout
