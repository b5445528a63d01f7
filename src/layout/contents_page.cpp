// The contents pages (design §8.2): entries with dotted leaders and links,
// then the optional intro. When entries and intro do not share one page,
// the layout that takes the fewest pages without a near-empty last page is
// chosen, in this order of preference: entries dense in two columns under
// the intro (60 roles take at most two pages), the design's single column
// with the intro continuing overleaf, dense entries with the intro after
// them. Dense entries that continue overleaf are balanced over the pages.

#include <algorithm>
#include <cmath>
#include <optional>

#include "layout/page_fill.h"
#include "layout/pages.h"

namespace careerguide::layout {
namespace {

constexpr double kFirstEntry = 120;      // from C
constexpr double kEntryPitch = 42;       // from an entry with an English line
constexpr double kPlainEntryPitch = 28;  // from an entry without one
constexpr double kTitlePitch = 16;       // wrapped entry titles
constexpr double kEnglishBelow = 15;
constexpr double kEnglishPitch = 12;     // wrapped English titles
constexpr double kLeaderRoom = 60;       // titles wrap this far before the right margin
constexpr double kContinuedFirstEntry = 24;  // below a continuation page's first rule line
constexpr double kGroupRuleBelow = 24;
constexpr double kIntroRuleBelow = 54;
constexpr double kLeaderGrid = 4.5;
constexpr double kLeaderClearance = 8;
// Two dense columns (many roles, or entries and intro too long for a page).
constexpr double kColumnGutter = 24;
constexpr double kDenseSize = 10.5;      // titles and numbers
constexpr double kDensePitch = 18;       // first baseline to the next entry's
constexpr double kDenseTitlePitch = 14;  // wrapped titles
constexpr double kDenseNumberRoom = 22;  // number to title
constexpr double kDenseLeaderRoom = 30;  // titles wrap this far before the column's right
constexpr double kDenseGroupGap = 10;    // extra space at a group rule
constexpr double kDenseFirstBelowIntro = 24;  // the rule under the intro to the first entry
constexpr double kRuleAboveFirstEntry = 24;  // the intro's rule, where entries would start
constexpr double kDenseIntroRuleBelow = 30;   // last dense baseline to the intro's rule below

/// A leader between `from` and `to` (points) at height `y`, in dots `size`
/// points wide.
struct Leader {
  double from;
  double to;
  double y;
  double size;
};

// Dots on a fixed grid from the left margin, so that the leaders of every
// entry and both columns line up down the page; drawn as one dotted line.
void draw_leader_dots(Page& page, const LayoutContext& context, const Leader& leader) {
  const double left = context.frame.left();
  const double first = left + std::ceil((leader.from - left) / kLeaderGrid) * kLeaderGrid;
  if (first > leader.to) return;
  const double last = first + std::floor((leader.to - first) / kLeaderGrid) * kLeaderGrid;
  page.items.push_back(Line{{first, leader.y}, {last, leader.y},
                            Stroke{context.palette.leader, leader.size, false, kLeaderGrid}});
}

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
  if (map.chart >= 0) list.push_back({"", labels.chart, labels.chart_subtitle_en, map.chart, true});
  for (std::size_t i = 0; i < guide.roles.size(); ++i) {
    const std::string number = two_digits(i + 1);
    list.push_back({number, guide.roles[i].title.value, guide.roles[i].title_en.value,
                    map.roles[i], i + 1 == guide.roles.size() && map.closing >= 0});
  }
  if (map.closing >= 0)
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

ContinuationStarter continuation_starter(const LayoutContext& context) {
  return [&context](std::vector<DraftPage>& out) {
    const model::Labels& labels = context.labels();
    out.push_back({context.blank_page(), labels.contents + labels.continued, {}});
    draw_compact_title(context, out.back().page, "", labels.contents);
    return continuation_rule_y(context);
  };
}

/// Where one drawn contents entry's items lie on its page, in drawing order:
/// the number, the title, the page number, the leader dots, then anything
/// else (an English title) up to the link area's item.
struct EntryItems {
  std::size_t number_from, title_from, title_last, leader_from, leader_last, link_area;
};

/// Tags a drawn entry as a TOCI of `toc`: the number (Lbl), a Link holding the
/// title and the annotation, the page number (P); the leader dots are an
/// artifact. The number and the page number in elements of their own keep
/// the entry's kids in reading order. Returns the TOCI, for the caller's kids.
ElementRef tag_contents_entry(Page& page, const EntryItems& at, const ElementRef& toc) {
  const ElementRef entry = page.tag_from(at.number_from, Role::kTocEntry, toc);
  const ElementRef link = make_element(Role::kLink, entry);
  page.groups.push_back({at.title_from, at.title_last, link});
  if (at.number_from < at.title_from)
    page.groups.push_back({at.number_from, at.title_from, make_element(Role::kLabel, entry)});
  page.groups.push_back({at.title_last, at.leader_from, make_element(Role::kParagraph, entry)});
  page.groups.push_back({at.link_area, at.link_area + 1, link});
  page.groups.push_back({at.leader_from, at.leader_last, make_element(Role::kArtifact)});
  return entry;
}

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
    const std::size_t entry_from = page.items.size();
    if (!entry.number.empty())
      context_.typesetter.draw(page, entry.number, frame.left(), y,
                               {text::FontFace::kBold, 12, palette.accent, 0});
    const std::size_t title_from = page.items.size();
    for (std::size_t i = 0; i < lines.title.size(); ++i)
      draw_set_line(page, lines.title[i], frame.main_x(), y + kTitlePitch * double(i), title_style());
    const std::size_t title_last = page.items.size();
    const double last = y + lines.title_depth();
    const std::string number = std::to_string(entry.target_page + 1);
    const double number_width =
        context_.typesetter.draw(page, number, frame.right(), last, title_style(), HAlign::kRight);
    const double title_end = frame.main_x() + (lines.title.empty() ? 0 : lines.title.back().width);
    const std::size_t leader_from = page.items.size();
    draw_leader(page, title_end + kLeaderClearance, frame.right() - number_width - kLeaderClearance, last);
    const std::size_t english_from = page.items.size();
    for (std::size_t i = 0; i < lines.english.size(); ++i)
      draw_set_line(page, lines.english[i], frame.main_x(),
                    last + kEnglishBelow + kEnglishPitch * double(i), english_style());
    const std::size_t english_last = page.items.size();
    const double bottom = y + lines.depth(false);
    page.items.push_back(Link{{frame.left(), y - 14, frame.text_width(), bottom - y + 20},
                              entry.target_page, 0, {}});
    // The English title is the TOCI's last kid.
    const ElementRef entry_element = tag_contents_entry(
        page, {entry_from, title_from, title_last, leader_from, english_from, english_last}, toc_);
    if (english_from < english_last) {
      const ElementRef english = make_element(Role::kParagraph, entry_element);
      english->language = language_if_other(context_, entry.english);
      page.groups.push_back({english_from, english_last, english});
    }
    const double shifted = last + lines.english_shift();
    const std::size_t rule = page.items.size();
    if (entry.rule_after)
      draw_rule(page, frame.left(), frame.right(), shifted + kGroupRuleBelow, kHairline, palette.rule);
    page.tag_from(rule, Role::kArtifact);
    return shifted;
  }

 private:
  TextStyle title_style() const { return {text::FontFace::kRegular, 12, context_.palette.ink, 0}; }
  TextStyle english_style() const { return {text::FontFace::kRegular, 8.5, context_.palette.muted, 0}; }

  void draw_leader(Page& page, double from, double to, double baseline) const {
    draw_leader_dots(page, context_, {from, to, baseline - 2.5, 1.4});
  }

  const LayoutContext& context_;
  std::vector<DraftPage>& pages_;
  ElementRef toc_ = make_element(Role::kToc);  ///< one TOC across the contents pages
};

// The design's contents: one column of entries, then the intro; nothing
// when the entries need a second page, or when the intro does and
// `intro_may_continue` is false (so a long guide's entries are set only as
// far as one page reaches).
std::optional<std::vector<DraftPage>> single_column(const LayoutContext& context, const PageMap& map,
                                                    bool intro_may_continue) {
  const model::Labels& labels = context.labels();
  std::vector<DraftPage> pages;
  pages.push_back({context.blank_page(), labels.contents, {}});
  // Entries start below the title block however many lines it takes.
  const double shift =
      draw_title_block(context, pages.back().page, "", labels.contents, labels.contents_subtitle);
  ContentsWriter writer(context, pages);
  const ContinuationStarter continue_on = continuation_starter(context);
  const std::vector<Entry> list = entries(context, map);
  std::vector<SetEntry> set;  // each entry set when first needed
  const auto set_through = [&](std::size_t index) {
    while (set.size() <= index) set.push_back(writer.set(list[set.size()]));
  };
  double y = context.c(kFirstEntry) + shift;
  double last = y;
  for (std::size_t i = 0; i < list.size(); ++i) {
    set_through(std::min(i + 1, list.size() - 1));
    // The last role keeps the closing entry company across a page break.
    double depth = set[i].depth(list[i].rule_after);
    if (list[i].rule_after && i + 1 < list.size())
      depth = set[i].title_depth() + set[i].english_shift() + kEntryPitch + set[i + 1].depth(false);
    if (y + depth > context.frame.content_bottom) return std::nullopt;
    last = writer.draw(list[i], set[i], y);
    // The group's rule, 24 pt under the title, needs the full pitch even
    // without an English line: at 28 pt it struck through the next title.
    const bool plain = set[i].english.empty() && !list[i].rule_after;
    y = last + (plain ? kPlainEntryPitch : kEntryPitch);
  }
  if (!context.guide.intro.empty()) {
    const std::vector<Section> intro{{labels.intro, context.blocks.paragraphs(context.guide.intro.value)}};
    flow_sections(intro, pages, last + kIntroRuleBelow, context.flow(), continue_on);
    if (pages.size() > 1 && !intro_may_continue) return std::nullopt;
  }
  return pages;
}


// Dense entries in two columns: 10.5 pt titles without the English line
// (the role page carries it), 18 pt apart.
class DenseColumns {
 public:
  DenseColumns(const LayoutContext& context, const std::vector<Entry>& list)
      : context_(context), list_(list) {
    const PageFrame& frame = context.frame;
    width_ = (frame.text_width() - kColumnGutter) / 2;
    for (const Entry& entry : list)
      titles_.push_back(context.typesetter.paragraph(
          entry.title, style(), width_ - kDenseNumberRoom - kDenseLeaderRoom, text::Align::kLeft));
  }

  // Sets every entry from `top` on the last page of `pages`, continuing on
  // new pages; the last page's two columns are balanced, and so is the last
  // page against the one before it: rather than leave a continuation page
  // near-empty (the last two entries of 43), the page before it ends higher.
  // Returns the last baseline of the taller column on the last page.
  double place(std::vector<DraftPage>& pages, double top, const ContinuationStarter& continue_on) const {
    const std::vector<DraftPage> start = pages;
    const double last = place_once(pages, top, continue_on, {});
    const PageFrame& frame = context_.frame;
    if (pages.size() <= start.size() || well_filled(pages.back().page, frame)) return last;
    const std::size_t previous = pages.size() - 2;
    for (double bottom = frame.content_bottom - kDensePitch; bottom > top; bottom -= kDensePitch) {
      std::vector<DraftPage> trial = start;
      const double trial_last = place_once(trial, top, continue_on, {previous, bottom});
      if (trial.size() != pages.size() || !well_filled(trial[previous].page, frame)) break;
      if (well_filled(trial.back().page, frame)) {
        pages = std::move(trial);
        return trial_last;
      }
    }
    return last;
  }

 private:
  /// A page (index in the pages) whose entries end above the content bottom.
  struct ShortPage {
    std::size_t page = std::size_t(-1);
    double bottom = 0;
  };

  double place_once(std::vector<DraftPage>& pages, double top, const ContinuationStarter& continue_on,
                    ShortPage short_page) const {
    double lowest = top;
    std::size_t from = 0;
    bool fresh_page = false;
    while (from < list_.size()) {
      const double bottom =
          pages.size() - 1 == short_page.page ? short_page.bottom : context_.frame.content_bottom;
      std::size_t left = fitting(from, top, bottom);
      if (left == 0 && !fresh_page) {
        top = continue_on(pages) + kContinuedFirstEntry;
        fresh_page = true;
        continue;
      }
      // An entry taller than a whole column fits on no page: it stands alone
      // at the top of one rather than starting new pages forever.
      left = std::max<std::size_t>(left, 1);
      const std::size_t right = fitting(from + left, top, bottom);
      std::size_t count = left + right;
      if (from + count >= list_.size()) {
        count = list_.size() - from;
        left = balanced_left(from, count, top, left, bottom);
      }
      lowest = std::max(draw_column(pages.back().page, from, left, context_.frame.left(), top),
                        draw_column(pages.back().page, from + left, count - left,
                                    context_.frame.left() + width_ + kColumnGutter, top));
      from += count;
      if (from < list_.size()) {
        top = continue_on(pages) + kContinuedFirstEntry;
        fresh_page = true;
      }
    }
    return lowest;
  }

  TextStyle style() const { return {text::FontFace::kRegular, kDenseSize, context_.palette.ink, 0}; }

  double depth(std::size_t i) const { return kDenseTitlePitch * double(titles_[i].size() - 1); }
  double advance(std::size_t i) const {
    return depth(i) + kDensePitch + (list_[i].rule_after ? kDenseGroupGap : 0);
  }

  // How many entries from `from` one column holds from baseline `top` to `bottom`.
  std::size_t fitting(std::size_t from, double top, double bottom) const {
    std::size_t count = 0;
    for (double y = top; from + count < list_.size(); ++count) {
      if (y + depth(from + count) > bottom) break;
      y += advance(from + count);
    }
    return count;
  }

  // The fewest entries in the left column, at least half, that leave the
  // right column room for the rest.
  std::size_t balanced_left(std::size_t from, std::size_t count, double top, std::size_t most,
                            double bottom) const {
    for (std::size_t left = (count + 1) / 2; left < most; ++left)
      if (fitting(from + left, top, bottom) >= count - left) return left;
    return most;
  }

  // Returns the column's last baseline (`top` when it is empty).
  double draw_column(Page& page, std::size_t from, std::size_t count, double x, double top) const {
    double y = top;
    double last = top;
    for (std::size_t i = from; i < from + count; ++i) {
      draw_entry(page, i, x, y);
      last = y + depth(i);
      y += advance(i);
    }
    return last;
  }

  void draw_entry(Page& page, std::size_t i, double x, double y) const {
    const Entry& entry = list_[i];
    const Palette& palette = context_.palette;
    const Typesetter& ts = context_.typesetter;
    const double right = x + width_;
    const std::size_t entry_from = page.items.size();
    if (!entry.number.empty())
      ts.draw(page, entry.number, x, y, {text::FontFace::kBold, kDenseSize, palette.accent, 0});
    const double title_x = x + kDenseNumberRoom;
    const std::size_t title_from = page.items.size();
    for (std::size_t line = 0; line < titles_[i].size(); ++line)
      draw_set_line(page, titles_[i][line], title_x, y + kDenseTitlePitch * double(line), style());
    const std::size_t title_last = page.items.size();
    const double last = y + depth(i);
    const double number_width =
        ts.draw(page, std::to_string(entry.target_page + 1), right, last, style(), HAlign::kRight);
    const double title_end = title_x + (titles_[i].empty() ? 0 : titles_[i].back().width);
    const std::size_t leader_from = page.items.size();
    draw_leader(page, title_end + kLeaderClearance, right - number_width - kLeaderClearance, last);
    const std::size_t link_area = page.items.size();
    page.items.push_back(Link{{x, y - 11, width_, depth(i) + 15}, entry.target_page, 0, {}});
    tag_contents_entry(page, {entry_from, title_from, title_last, leader_from, link_area, link_area}, toc_);
    const std::size_t rule = page.items.size();
    if (entry.rule_after)
      draw_rule(page, x, right, last + kDenseGroupGap + 3, kHairline, palette.rule);
    page.tag_from(rule, Role::kArtifact);
  }

  void draw_leader(Page& page, double from, double to, double baseline) const {
    draw_leader_dots(page, context_, {from, to, baseline - 2, 1.2});
  }

  const LayoutContext& context_;
  const std::vector<Entry>& list_;
  double width_ = 0;
  std::vector<std::vector<text::SetLine>> titles_;
  ElementRef toc_ = make_element(Role::kToc);  ///< one TOC across the contents pages
};

// The intro first, then the entries in two dense columns; or with
// `intro_last`, the entries and then the intro.
std::vector<DraftPage> two_columns(const LayoutContext& context, const PageMap& map, bool intro_last) {
  const model::Labels& labels = context.labels();
  std::vector<DraftPage> pages;
  pages.push_back({context.blank_page(), labels.contents, {}});
  const double shift =
      draw_title_block(context, pages.back().page, "", labels.contents, labels.contents_subtitle);
  const ContinuationStarter continue_on = continuation_starter(context);
  double top = context.c(kFirstEntry) + shift;
  const std::vector<Entry> list = entries(context, map);
  const bool has_intro = !context.guide.intro.empty();
  if (has_intro && intro_last) {
    const double last = DenseColumns(context, list).place(pages, top, continue_on);
    const std::vector<Section> intro{{labels.intro, context.blocks.paragraphs(context.guide.intro.value)}};
    flow_sections(intro, pages, last + kDenseIntroRuleBelow, context.flow(), continue_on);
    return pages;
  }
  if (has_intro) {
    const std::vector<Section> intro{{labels.intro, context.blocks.paragraphs(context.guide.intro.value)}};
    const double rule = flow_sections(intro, pages, top - kRuleAboveFirstEntry,
                                      context.flow(), continue_on);
    Page& page = pages.back().page;
    const std::size_t rule_from = page.items.size();
    draw_rule(page, context.frame.left(), context.frame.right(), rule, kThinRule, context.palette.rule);
    page.tag_from(rule_from, Role::kArtifact);
    top = rule + kDenseFirstBelowIntro;
  }
  DenseColumns(context, list).place(pages, top, continue_on);
  return pages;
}

// A contents of more than one page whose last page is near-empty.
bool ends_near_empty(const std::vector<DraftPage>& pages, const PageFrame& frame) {
  return pages.size() > 1 && !well_filled(pages.back().page, frame);
}

}  // namespace

std::vector<DraftPage> layout_contents(const LayoutContext& context, const PageMap& map) {
  if (std::optional<std::vector<DraftPage>> pages = single_column(context, map, false))
    return std::move(*pages);
  std::vector<DraftPage> best = two_columns(context, map, false);
  if (!ends_near_empty(best, context.frame) || context.guide.intro.empty()) return best;
  // A long intro left the dense entries' last page near-empty (3 entries of
  // a 3-role guide overleaf): try the intro after the entries, where the
  // flow carries its text over and fills the last page.
  std::vector<std::vector<DraftPage>> others;
  if (std::optional<std::vector<DraftPage>> single = single_column(context, map, true))
    others.push_back(std::move(*single));
  others.push_back(two_columns(context, map, true));
  for (std::vector<DraftPage>& other : others) {
    const auto rank = [&](const std::vector<DraftPage>& pages) {
      return std::pair{pages.size(), ends_near_empty(pages, context.frame)};
    };
    if (rank(other) < rank(best)) best = std::move(other);
  }
  return best;
}

}  // namespace careerguide::layout
