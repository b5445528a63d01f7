// The contents pages (design §8.2): entries with dotted leaders and links,
// then the optional intro.

#include <cmath>

#include "layout/pages.h"

namespace careerguide::layout {
namespace {

constexpr double kFirstEntry = 120;      // from C
constexpr double kEntryPitch = 42;
constexpr double kTitlePitch = 16;       // wrapped entry titles
constexpr double kEnglishBelow = 15;
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

class ContentsWriter {
 public:
  ContentsWriter(const LayoutContext& context, std::vector<DraftPage>& pages)
      : context_(context), pages_(pages) {}

  // Draws one entry with its first baseline at `y`; returns its last baseline.
  double draw(const Entry& entry, double y) {
    const PageFrame& frame = context_.frame;
    const Palette& palette = context_.palette;
    Page& page = pages_.back().page;
    const TextStyle title_style{text::FontFace::kRegular, 12, palette.ink, 0};
    if (!entry.number.empty())
      context_.typesetter.draw(page, entry.number, frame.left(), y,
                               {text::FontFace::kBold, 12, palette.accent, 0});
    const auto lines = context_.typesetter.paragraph(entry.title, title_style,
                                                     frame.main_width() - 60, text::Align::kLeft);
    double last = y;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      last = y + kTitlePitch * double(i);
      draw_set_line(page, lines[i], frame.main_x(), last, title_style);
    }
    const std::string number = std::to_string(entry.target_page + 1);
    const double number_width =
        context_.typesetter.draw(page, number, frame.right(), last, title_style, HAlign::kRight);
    const double title_end = frame.main_x() + (lines.empty() ? 0 : lines.back().width);
    draw_leader(page, title_end + kLeaderClearance, frame.right() - number_width - kLeaderClearance, last);
    double bottom = last;
    if (!entry.english.empty()) {
      bottom = last + kEnglishBelow;
      context_.typesetter.draw(page, entry.english, frame.main_x(), bottom,
                               {text::FontFace::kRegular, 8.5, palette.muted, 0});
    }
    page.items.push_back(Link{{frame.left(), y - 14, frame.text_width(), bottom - y + 20},
                              entry.target_page, 0, {}});
    if (entry.rule_after)
      draw_rule(page, frame.left(), frame.right(), last + kGroupRuleBelow, kHairline, palette.rule);
    return last;
  }

  // Lines of the entry's title, for pagination.
  std::size_t title_lines(const Entry& entry) const {
    const TextStyle style{text::FontFace::kRegular, 12, context_.palette.ink, 0};
    return context_.typesetter
        .paragraph(entry.title, style, context_.frame.main_width() - 60, text::Align::kLeft)
        .size();
  }

 private:
  // Dots on a fixed grid from the left margin so that they line up down the page.
  void draw_leader(Page& page, double from, double to, double baseline) const {
    const double left = context_.frame.left();
    for (double x = left + std::ceil((from - left) / kLeaderGrid) * kLeaderGrid; x <= to;
         x += kLeaderGrid)
      page.items.push_back(Circle{{x, baseline - 2.5}, 0.7, context_.palette.leader, std::nullopt});
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
  double y = context.c(kFirstEntry);
  double last = y;
  for (const Entry& entry : entries(context, map)) {
    const double needed = y + kTitlePitch * double(writer.title_lines(entry) - 1) +
                          (entry.english.empty() ? 0 : kEnglishBelow);
    if (needed > context.frame.content_bottom) y = continue_on(pages) + 24;
    last = writer.draw(entry, y);
    y = last + kEntryPitch;
  }
  if (!context.guide.intro.empty()) {
    const std::vector<Section> intro{{labels.intro, context.blocks.paragraphs(context.guide.intro.value)}};
    flow_sections(intro, pages, last + kIntroRuleBelow, context.flow(), continue_on);
  }
  return pages;
}

}  // namespace careerguide::layout
