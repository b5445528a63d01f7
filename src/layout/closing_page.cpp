// The closing page (design §8.6): closing text, sources, notes area.

#include "layout/pages.h"
#include "layout/sources.h"

namespace careerguide::layout {
namespace {

constexpr double kFirstRule = 102;          // from C: 30 pt below the subtitle
constexpr double kDisclaimerGap = 24 - 15;  // 24 pt from the last entry's baseline

std::string footer_source(const LayoutContext& context) {
  const model::Guide& guide = context.guide;
  if (guide.sources.empty()) return {};
  const model::Source& source = guide.sources.front();
  std::string text = guide.labels.footer_source + short_citation(source, guide);
  if (!source.credit.empty())
    text += context.locale.footer_gap + guide.labels.footer_credit + source.credit.value;
  return text;
}

std::vector<Section> closing_sections(const LayoutContext& context) {
  const model::Guide& guide = context.guide;
  const model::Labels& labels = context.labels();
  std::vector<Section> sections;
  if (!guide.closing.empty())
    sections.push_back({labels.closing_text, context.blocks.paragraphs(guide.closing.value)});
  // Without sources the disclaimer is no source: it follows the closing text
  // as its small print, or (without closing text either) stands under the
  // closing page's title, not under a 资料来源 heading with nothing listed.
  if (guide.sources.empty() && !guide.disclaimer.empty()) {
    auto small = context.blocks.small_print(guide.disclaimer.value,
                                            sections.empty() ? 0 : kDisclaimerGap);
    if (sections.empty()) sections.push_back({"", {}});
    sections.back().blocks.insert(sections.back().blocks.end(), small.begin(), small.end());
  } else if (!guide.sources.empty()) {
    std::vector<std::string> entries;
    for (const model::Source& source : guide.sources) entries.push_back(full_citation(source, guide));
    std::vector<Block> blocks = context.blocks.numbered(entries);
    if (!guide.disclaimer.empty()) {
      auto small = context.blocks.small_print(guide.disclaimer.value, blocks.empty() ? 0 : kDisclaimerGap);
      blocks.insert(blocks.end(), small.begin(), small.end());
    }
    sections.push_back({labels.sources, std::move(blocks)});
  }
  if (guide.notes_area)
    sections.push_back({labels.next_steps, {context.blocks.prompt(labels.notes_prompt)}, true});
  return sections;
}

}  // namespace

std::vector<DraftPage> layout_closing(const LayoutContext& context) {
  const model::Labels& labels = context.labels();
  std::vector<DraftPage> pages;
  // Nothing to show (no closing text, sources, disclaimer or notes area):
  // no page that is only its title, and so no contents entry or bookmark.
  const std::vector<Section> sections = closing_sections(context);
  if (sections.empty()) return pages;
  pages.push_back({context.blank_page(), labels.closing_entry, footer_source(context)});
  const double shift =
      draw_title_block(context, pages.back().page, "", labels.closing_title, labels.closing_subtitle);
  const ContinuationStarter continue_on = [&](std::vector<DraftPage>& out) {
    out.push_back({context.blank_page(), labels.closing_entry + labels.continued,
                   footer_source(context)});
    draw_compact_title(context, out.back().page, "", labels.closing_title);
    return continuation_rule_y(context);
  };
  flow_sections(sections, pages, context.c(kFirstRule) + shift, context.flow(),
                continue_on);
  return pages;
}

}  // namespace careerguide::layout
