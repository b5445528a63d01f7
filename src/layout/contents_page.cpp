// The contents pages (design §8.2): entries with dotted leaders and links,
// then the optional intro.

#include <algorithm>
#include <cmath>

#include "layout/pages.h"

namespace careerguide::layout {
namespace {

constexpr double kFirstEntry = 120;      // from C
constexpr double kEntryPitch = 42;
constexpr double kTitlePitch = 16;       // wrapped entry titles
constexpr double kEnglishBelow = 15;
constexpr double kEnglishPitch = 12;     // wrapped English titles
constexpr double kLeaderRoom = 60;       // titles wrap this far before the right margin
constexpr double kContinuedFirstEntry = 24;  // below a continuation page's first rule line
constexpr double kGroupRuleBelow = 24;
constexpr double kIntroRuleBelow = 54;
constexpr double kLeaderGrid = 4.5;
constexpr double kLeaderClearance = 8;

struct Entry {
  std::string number;  ///< "01" for roles, empty otherwise
  std::string title;
  std::string english;
  int target_page = 0;
  bool rule_after = false;
};

std::vector<Entry> entries(const LayoutContext& context, const PageMap& map) {
  const model::Guide& guide = context.guide;
  const model::Labels& labels = context.labels();
  std::vector<Entry> list;
  list.push_back({"", labels.chart, labels.chart_subtitle_en, map.chart, !guide.roles.empty()});
  for (std::size_t i = 0; i < guide.roles.size(); ++i) {
    const std::string number = (i < 9 ? "0" : "") + std::to_string(i + 1);
    list.push_back({number, guide.roles[i].title.value, guide.roles[i].title_en.value,
                    map.roles[i], i + 1 == guide.roles.size()});
  }
  list.push_back({"", labels.closing_entry, labels.closing_entry_en, map.closing, false});
  return list;
}

// An entry's lines, set once for measuring and drawing.
struct SetEntry {
  std::vector<text::SetLine> title;
  std::vector<text::SetLine> english;

  /// How far a wrapped English title pushes what follows down, points.
  double english_shift() const {
    return english.empty() ? 0 : kEnglishPitch * double(english.size() - 1);
  }
  /// From the first title baseline to the title's last baseline, points.
  double title_depth() const {
    return title.empty() ? 0 : kTitlePitch * double(title.size() - 1);
  }
  /// From the first title baseline to the lowest mark of the entry, points.
  double depth(bool rule_after) const {
    double depth = title_depth();
    if (!english.empty()) depth += kEnglishBelow + english_shift();
    if (rule_after) depth = std::max(depth, title_depth() + kGroupRuleBelow + english_shift());
    return depth;
  }
};

class ContentsWriter {
 public:
  ContentsWriter(const LayoutContext& context, std::vector<DraftPage>& pages)
      : context_(context), pages_(pages) {}

  SetEntry set(const Entry& entry) const {
    const double width = context_.frame.main_width() - kLeaderRoom;
    return {context_.typesetter.paragraph(entry.title, title_style(), width, text::Align::kLeft),
            context_.typesetter.paragraph(entry.english, english_style(), width, text::Align::kLeft)};
  }

  // Draws one entry with its first baseline at `y`; returns the baseline the
  // next entry's pitch is measured from.
  double draw(const Entry& entry, const SetEntry& lines, double y) {
    const PageFrame& frame = context_.frame;
    const Palette& palette = context_.palette;
    Page& page = pages_.back().page;
    if (!entry.number.empty())
      context_.typesetter.draw(page, entry.number, frame.left(), y,
                               {text::FontFace::kBold, 12, palette.accent, 0});
    for (std::size_t i = 0; i < lines.title.size(); ++i)
      draw_set_line(page, lines.title[i], frame.main_x(), y + kTitlePitch * double(i), title_style());
    const double last = y + lines.title_depth();
    const std::string number = std::to_string(entry.target_page + 1);
    const double number_width =
        context_.typesetter.draw(page, number, frame.right(), last, title_style(), HAlign::kRight);
    const double title_end = frame.main_x() + (lines.title.empty() ? 0 : lines.title.back().width);
    draw_leader(page, title_end + kLeaderClearance, frame.right() - number_width - kLeaderClearance, last);
    for (std::size_t i = 0; i < lines.english.size(); ++i)
      draw_set_line(page, lines.english[i], frame.main_x(),
                    last + kEnglishBelow + kEnglishPitch * double(i), english_style());
    const double bottom = y + lines.depth(false);
    page.items.push_back(Link{{frame.left(), y - 14, frame.text_width(), bottom - y + 20},
                              entry.target_page, 0, {}});
    const double shifted = last + lines.english_shift();
    if (entry.rule_after)
      draw_rule(page, frame.left(), frame.right(), shifted + kGroupRuleBelow, kHairline, palette.rule);
    return shifted;
  }

 private:
  TextStyle title_style() const { return {text::FontFace::kRegular, 12, context_.palette.ink, 0}; }
  TextStyle english_style() const { return {text::FontFace::kRegular, 8.5, context_.palette.muted, 0}; }

  // Dots on a fixed grid from the left margin so that they line up down the page.
  void draw_leader(Page& page, double from, double to, double baseline) const {
    const double left = context_.frame.left();
    const double first = left + std::ceil((from - left) / kLeaderGrid) * kLeaderGrid;
    if (first > to) return;
    const double last = first + std::floor((to - first) / kLeaderGrid) * kLeaderGrid;
    // Dots 1.4 pt wide (radius 0.7) on the grid, as one dotted line.
    page.items.push_back(Line{{first, baseline - 2.5}, {last, baseline - 2.5},
                              Stroke{context_.palette.leader, 1.4, false, kLeaderGrid}});
  }

  const LayoutContext& context_;
  std::vector<DraftPage>& pages_;
};

}  // namespace

std::vector<DraftPage> layout_contents(const LayoutContext& context, const PageMap& map) {
  const model::Labels& labels = context.labels();
  std::vector<DraftPage> pages;
  pages.push_back({context.blank_page(), labels.contents, {}});
  draw_title_block(context, pages.back().page, "", labels.contents, labels.contents_subtitle);
  ContentsWriter writer(context, pages);
  const ContinuationStarter continue_on = [&](std::vector<DraftPage>& out) {
    out.push_back({context.blank_page(), labels.contents + labels.continued, {}});
    draw_compact_title(context, out.back().page, "", labels.contents);
    return continuation_rule_y(context);
  };
  const std::vector<Entry> list = entries(context, map);
  std::vector<SetEntry> set;
  for (const Entry& entry : list) set.push_back(writer.set(entry));
  double y = context.c(kFirstEntry);
  double last = y;
  for (std::size_t i = 0; i < list.size(); ++i) {
    // The last role keeps the closing entry company across a page break.
    double depth = set[i].depth(list[i].rule_after);
    if (list[i].rule_after && i + 1 < list.size())
      depth = set[i].title_depth() + set[i].english_shift() + kEntryPitch + set[i + 1].depth(false);
    if (y + depth > context.frame.content_bottom) y = continue_on(pages) + kContinuedFirstEntry;
    last = writer.draw(list[i], set[i], y);
    y = last + kEntryPitch;
  }
  if (!context.guide.intro.empty()) {
    const std::vector<Section> intro{{labels.intro, context.blocks.paragraphs(context.guide.intro.value)}};
    flow_sections(intro, pages, last + kIntroRuleBelow, context.flow(), continue_on);
  }
  return pages;
}

}  // namespace careerguide::layout
