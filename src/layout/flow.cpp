#include "layout/flow.h"

#include <algorithm>
#include <optional>

#include "layout/page_fill.h"

namespace careerguide::layout {
namespace {

constexpr double kRuleToBaseline = 24;     // section rule to first baseline
constexpr double kBaselineToRule = 30;     // last baseline to the next rule
constexpr double kHeadingPitch = 16;       // wrapped headings
constexpr double kHeadingColumnWidth = 84;  // section headings wrap at this width, left of the text
constexpr std::size_t kMinLinesAtSplit = 2;  // widows and orphans
constexpr double kNotesFirstLine = 36;     // prompt baseline to first writing line
constexpr double kNotesPitch = 30;
constexpr int kMinWritingLines = 3;
constexpr double kTolerance = 0.01;        // points: rounding of the frame's millimetres
// A continuation page whose lowest text is above this share of the content
// area looks broken (pagecheck flags under a quarter): take more from the
// page before it, lifting that page's bottom in steps of about a line.
constexpr double kLiftStep = 9;

// From a heading's first baseline to its last, points; 0 without a heading
// (a section of small print standing under the page's title).
double heading_depth(std::size_t lines) { return lines == 0 ? 0 : kHeadingPitch * double(lines - 1); }

// Characters (code points) of UTF-8 `text`: the bytes that start one.
std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// A page of the flow that ends above the content bottom.
struct ShortPage {
  std::size_t index = std::size_t(-1);
  double bottom = 0;
};

// Places sections on pages, one cursor down the current page.
class SectionFlow {
 public:
  SectionFlow(std::vector<DraftPage>& pages, double first_rule_y, const FlowContext& context,
              const ContinuationStarter& continue_on, ShortPage short_page,
              std::vector<FlowedPage>& flowed)
      : pages_(pages), context_(context), continue_on_(continue_on), short_page_(short_page),
        flowed_(flowed), next_rule_y_(first_rule_y) {
    flowed_.assign(1, {});
  }

  void place(const Section& section) {
    const std::vector<text::SetLine> heading = heading_lines(section.heading);
    if (!section_start_fits(section, heading.size())) new_page();
    source_ = section.source;
    double rule_y = next_rule_y_;
    start_section(section.heading, heading, rule_y, false);
    section_bottom_ = rule_y + kRuleToBaseline + heading_depth(heading.size());
    bool first_on_page = true;
    for (const Block& block : section.blocks) {
      place_block(section.heading, block, first_on_page);
      first_on_page = false;
    }
    if (section.writing_lines) place_writing_lines();
    next_rule_y_ = section_bottom_ + kBaselineToRule;
    page_has_content_ = true;
  }

  double next_rule_y() const { return next_rule_y_; }

 private:
  Page& page() { return pages_.back().page; }
  double bottom() const {
    return pages_.size() - 1 == short_page_.index ? short_page_.bottom : context_.frame.content_bottom;
  }

  std::vector<text::SetLine> heading_lines(const std::string& heading) const {
    if (heading.empty()) return {};
    const TextStyle style{text::FontFace::kBold, 11, context_.palette.ink, 0};
    return context_.typesetter.paragraph(heading, style, kHeadingColumnWidth, text::Align::kLeft);
  }

  // A section starts on this page only with its heading and the lines that
  // may not be parted from it: at least two lines, and list items whole.
  bool section_start_fits(const Section& section, std::size_t heading_count) const {
    if (!page_has_content_) return true;
    const double first = next_rule_y_ + kRuleToBaseline;
    double need = std::max(first + heading_depth(heading_count),
                           first + opening_depth(section.blocks));
    if (section.writing_lines && section.blocks.size() <= 1)
      need = std::max(need, first + kNotesFirstLine + kNotesPitch * (kMinWritingLines - 1));
    return need <= bottom() + kTolerance;
  }

  // From a section's first baseline to the last baseline of the lines that
  // must open it, points: blocks' smallest placeable parts (two lines of a
  // splittable block, whole short or kept blocks) until two lines are in.
  static double opening_depth(const std::vector<Block>& blocks) {
    double depth = 0;
    std::size_t lines = 0;
    for (const Block& block : blocks) {
      if (lines >= kMinLinesAtSplit) break;
      if (block.lines.empty()) continue;
      if (lines > 0) depth += block.space_before + block.pitch;
      const std::size_t wanted = smallest_part(block);
      depth += block.pitch * double(wanted - 1);
      lines += wanted;
    }
    return depth;
  }

  // A block splits only with two lines on each side: one of fewer than
  // four lines, or one kept together, goes whole.
  static std::size_t smallest_part(const Block& block) {
    const std::size_t n = block.lines.size();
    return block.keep_together || n < 2 * kMinLinesAtSplit ? n : kMinLinesAtSplit;
  }

  void start_section(const std::string& name, const std::vector<text::SetLine>& heading,
                     double rule_y, bool continued) {
    if (flowed_.back().source.empty()) flowed_.back() = {source_, continued, 0, 0};
    const PageFrame& frame = context_.frame;
    const std::size_t rule_from = page().items.size();
    draw_rule(page(), frame.left(), frame.right(), rule_y, kThinRule, context_.palette.rule);
    draw_fill(page(), {frame.left(), rule_y - 1.75, 18, 2}, context_.palette.accent);
    page().group_from(rule_from, make_element(Role::kArtifact));
    const std::size_t heading_from = page().items.size();
    const double baseline = rule_y + kRuleToBaseline;
    if (continued && name.empty()) {
      section_bottom_ = baseline;
      return;
    }
    if (continued) {
      const TextStyle style{text::FontFace::kBold, 11, context_.palette.text2, 0};
      const std::string title = name + context_.continued_mark;
      const auto lines = context_.typesetter.paragraph(title, style, kHeadingColumnWidth, text::Align::kLeft);
      for (std::size_t i = 0; i < lines.size(); ++i)
        draw_set_line(page(), lines[i], frame.left(), baseline + kHeadingPitch * double(i), style);
      // The repeated heading is a running head, not a second heading.
      page().group_from(heading_from, make_element(Role::kArtifact));
      section_bottom_ = baseline + heading_depth(lines.size());
      return;
    }
    const TextStyle style{text::FontFace::kBold, 11, context_.palette.ink, 0};
    for (std::size_t i = 0; i < heading.size(); ++i)
      draw_set_line(page(), heading[i], frame.left(), baseline + kHeadingPitch * double(i), style);
    page().group_from(heading_from, make_element(Role::kHeading, nullptr, 2));
  }

  void new_page() {
    next_rule_y_ = continue_on_(pages_);
    flowed_.push_back({});
    page_has_content_ = false;
    last_baseline_.reset();
  }

  void continue_section(const std::string& name) {
    new_page();
    start_section(name, {}, next_rule_y_, true);
    last_baseline_.reset();
    first_baseline_ = next_rule_y_ + kRuleToBaseline;
    page_has_content_ = true;
  }

  // How many of `block`'s lines from `from` fit when the first goes at `start`.
  std::size_t lines_that_fit(const Block& block, std::size_t from, double start) const {
    std::size_t count = 0;
    while (from + count < block.lines.size() &&
           start + block.pitch * double(count) <= bottom() + kTolerance)
      ++count;
    return count;
  }

  // How many lines of `block` from `from` go on this page when `fit` would
  // fit: at least two lines on each side of a split, list items whole. On a
  // page that the block's lines start, nothing better can come, so at least
  // one line goes there; a widow is still avoided where the page has room.
  std::size_t allowed_split(const Block& block, std::size_t from, std::size_t fit,
                            bool page_is_fresh) const {
    const std::size_t remaining = block.lines.size() - from;
    if (fit >= remaining) return remaining;
    std::size_t take = fit;
    if (remaining - take < kMinLinesAtSplit)
      take = remaining > kMinLinesAtSplit ? remaining - kMinLinesAtSplit : 0;
    if (page_is_fresh) return take >= kMinLinesAtSplit ? take : std::max<std::size_t>(fit, 1);
    if (block.keep_together) return 0;
    if (take < kMinLinesAtSplit && from == 0) return 0;
    return take;
  }

  void place_block(const std::string& section_name, const Block& block, bool first_in_section) {
    std::size_t from = 0;
    bool fresh = false;  // the block's lines start a continuation page
    while (from < block.lines.size()) {
      const double start = first_in_section || fresh || !last_baseline_
                               ? take_first_baseline()
                               : *last_baseline_ + block.space_before + block.pitch;
      const std::size_t fit = lines_that_fit(block, from, start);
      const std::size_t take = allowed_split(block, from, fit, fresh);
      for (std::size_t i = 0; i < take; ++i) {
        const double baseline = start + block.pitch * double(i);
        page().push_frame({0, baseline}, block.lines[from + i]);
        count_line(block.lines[from + i]);
        last_baseline_ = baseline;
        section_bottom_ = std::max(section_bottom_, baseline);
      }
      from += take;
      if (from < block.lines.size()) {
        continue_section(section_name);
        fresh = true;
        first_in_section = false;
      }
    }
  }

  void count_line(const FlowLine& line) {
    FlowedPage& tally = flowed_.back();
    ++tally.lines;
    for (const Item& item : line.items)
      if (const auto* run = std::get_if<TextRun>(&item)) tally.characters += code_points(run->utf8);
  }

  // The baseline of a block that opens a section or a page: the one
  // continue_section recorded, used up by this call so that it serves one
  // block only; otherwise the baseline below the next rule.
  double take_first_baseline() {
    if (first_baseline_) {
      const double value = *first_baseline_;
      first_baseline_.reset();
      return value;
    }
    return next_rule_y_ + kRuleToBaseline;
  }

  void place_writing_lines() {
    const PageFrame& frame = context_.frame;
    const double prompt = last_baseline_.value_or(section_bottom_);
    double y = prompt + kNotesFirstLine;
    const std::size_t from = page().items.size();
    while (y <= bottom()) {
      draw_rule(page(), frame.main_x(), frame.right(), y, kThinRule, context_.palette.rule);
      y += kNotesPitch;
    }
    page().tag_from(from, Role::kArtifact);
    section_bottom_ = bottom();
  }

  // The cursors, all y on the last page of pages_ (the one page() draws on):
  // - next_rule_y_: where the next section's rule goes. After a section it is
  //   section_bottom_ + kBaselineToRule; on a new page, what continue_on_ says.
  // - section_bottom_: the lowest baseline the current section has drawn on
  //   this page (its heading's last line at least), at most bottom().
  // - last_baseline_: the baseline of the last body line placed on this page;
  //   new_page resets it, and the next line of a block follows it.
  // - first_baseline_: set only between continue_section and the next
  //   take_first_baseline, which uses it up: the first body baseline on a
  //   continuation page, under the repeated heading.
  // - page_has_content_: false only on a page that new_page just started and
  //   no section has opened on yet; a section always fits such a page.
  std::vector<DraftPage>& pages_;
  const FlowContext& context_;
  const ContinuationStarter& continue_on_;
  ShortPage short_page_;
  std::vector<FlowedPage>& flowed_;  // one entry per page drawn on, the last for page()
  std::string source_;               // Section::source of the section being placed
  double next_rule_y_;
  double section_bottom_ = 0;
  // The first page already holds what the flow starts under (a title, a
  // card, contents entries), so a section that cannot open there moves on.
  bool page_has_content_ = true;
  std::optional<double> last_baseline_;
  std::optional<double> first_baseline_;
};

double flow_once(const std::vector<Section>& sections, std::vector<DraftPage>& pages,
                 double first_rule_y, const FlowContext& context,
                 const ContinuationStarter& continue_on, ShortPage short_page,
                 std::vector<FlowedPage>& flowed) {
  SectionFlow flow(pages, first_rule_y, context, continue_on, short_page, flowed);
  for (const Section& section : sections) flow.place(section);
  return flow.next_rule_y();
}


}  // namespace

double flow_sections(const std::vector<Section>& sections, std::vector<DraftPage>& pages,
                     double first_rule_y, const FlowContext& context,
                     const ContinuationStarter& continue_on, std::vector<FlowedPage>* flowed) {
  const std::vector<DraftPage> start = pages;
  std::vector<FlowedPage> tally;
  const double next = flow_once(sections, pages, first_rule_y, context, continue_on, {}, tally);
  if (flowed) *flowed = tally;
  // Writing lines run to the content bottom: a last page that ends with them
  // is full, and lifting the page before it would only end that page's text
  // early (a closing text broke 14 lines short of the bottom for it).
  const bool ends_in_writing_lines = !sections.empty() && sections.back().writing_lines;
  if (pages.size() <= start.size() || ends_in_writing_lines ||
      well_filled(pages.back().page, context.frame))
    return next;
  // Move more onto the last page, only as much as it needs: lift the bottom
  // of the page before it until the last page is filled enough, as long as
  // that page stays filled enough too and no page is added.
  const PageFrame& frame = context.frame;
  const std::size_t previous = pages.size() - 2;
  for (double bottom = frame.content_bottom - kLiftStep; bottom > frame.content_top;
       bottom -= kLiftStep) {
    std::vector<DraftPage> trial = start;
    const double trial_next = flow_once(sections, trial, first_rule_y, context, continue_on,
                                        {previous, bottom}, tally);
    if (trial.size() != pages.size() || !well_filled(trial[previous].page, frame)) break;
    if (well_filled(trial.back().page, frame)) {
      pages = std::move(trial);
      if (flowed) *flowed = std::move(tally);
      return trial_next;
    }
  }
  return next;
}

}  // namespace careerguide::layout
