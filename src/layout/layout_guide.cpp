#include "layout/layout_guide.h"

#include <algorithm>
#include <functional>
#include <future>
#include <thread>

#include "layout/context.h"
#include "layout/locale.h"
#include "layout/page_fill.h"
#include "layout/pages.h"

namespace careerguide::layout {
namespace {

constexpr double kHeaderGap = 24;  // points: the least space between the two header texts
// libharu refuses an Info entry or outline title over 65,535 bytes, counted
// both as given (UTF-8) and as it writes it (UTF-16 with a byte-order mark;
// every character it keeps is in the BMP, 2 bytes each). 64,000 bytes by
// either count stays clear of the limit.
constexpr std::size_t kMaxPdfStringBytes = 64000;

/// Characters (code points) in UTF-8 `text`.
std::size_t characters(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

/// The larger of `text`'s two sizes in libharu: UTF-8 bytes, UTF-16 bytes.
std::size_t pdf_string_bytes(std::string_view text) {
  return std::max(text.size(), 2 * characters(text) + 2);
}

/// `text` cut at a character boundary to at most kMaxPdfStringBytes.
std::string capped(std::string_view text) {
  if (pdf_string_bytes(text) <= kMaxPdfStringBytes) return std::string(text);
  std::size_t chars = 0;  // characters before byte i
  std::size_t end = 0;    // the longest whole prefix within the limit so far
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (std::max(i, 2 * chars + 2) > kMaxPdfStringBytes) break;
    end = i;
    ++chars;
  }
  return std::string(text.substr(0, end));
}

constexpr std::size_t kParallelRoles = 32;  // fewer roles are not worth a thread

/// A draft page packed (page::PackedPage) as soon as layout is done with
/// it: a large guide's role pages wait in this form for their page numbers.
struct PackedDraft {
  page::PackedPage page;
  std::string header;
  std::string footer_left;
};

std::vector<PackedDraft> packed(std::vector<DraftPage> drafts) {
  std::vector<PackedDraft> result;
  result.reserve(drafts.size());
  for (DraftPage& draft : drafts)
    result.push_back({std::move(draft.page), std::move(draft.header), std::move(draft.footer_left)});
  return result;
}

struct Parts {
  DraftPage cover;
  std::vector<DraftPage> contents;
  std::vector<PackedDraft> chart;
  std::vector<std::vector<PackedDraft>> roles;
  std::vector<std::vector<SparsePage>> sparse_roles;  ///< per role, pages counted within it
  std::vector<DraftPage> closing;
};

/// Where each part starts, with `contents_pages` pages of contents.
PageMap map_pages(const Parts& parts, std::size_t contents_pages) {
  PageMap map;
  int page = 1;
  map.contents = contents_pages == 0 ? -1 : page;
  page += static_cast<int>(contents_pages);
  map.chart = parts.chart.empty() ? -1 : page;
  page += static_cast<int>(parts.chart.size());
  for (const auto& role : parts.roles) {
    map.roles.push_back(page);
    page += static_cast<int>(role.size());
  }
  map.closing = parts.closing.empty() ? -1 : page;
  map.total = page + static_cast<int>(parts.closing.size());
  return map;
}

// `text` cut with "…" to fit `width`; a trailing continued mark ("（续）")
// survives the cut, so that a continuation page still says what it is.
std::string fit_keeping_mark(const Typesetter& ts, const std::string& text, const std::string& mark,
                             const TextStyle& style, double width) {
  if (mark.empty() || !text.ends_with(mark) || ts.width(text, style) <= width)
    return ts.fit(text, style, width);
  const std::string base = text.substr(0, text.size() - mark.size());
  return ts.fit(base, style, width - ts.width(mark, style)) + mark;
}

// The guide title at the left, the section name at the right, a hairline below.
void draw_header(const LayoutContext& context, Frame& page, const std::string& section_name) {
  const PageFrame& frame = context.frame;
  const TextStyle style{text::FontFace::kRegular, 8, context.palette.muted, 0};
  const Typesetter& ts = context.typesetter;
  // The section name is cut first (design §7); the guide title only where
  // it would leave the section name less than half of the line.
  const double room = frame.text_width() - kHeaderGap;
  const double section_keeps = std::min(ts.width(section_name, style), room / 2);
  const std::string title = ts.fit(context.guide.title.value, style, room - section_keeps);
  const std::string section = fit_keeping_mark(ts, section_name, context.labels().continued, style,
                                               room - ts.width(title, style));
  ts.draw(page, title, frame.left(), frame.header_baseline, style);
  ts.draw(page, section, frame.right(), frame.header_baseline, style, HAlign::kRight);
  draw_rule(page, frame.left(), frame.right(), frame.header_rule, kHairline, context.palette.rule);
}

// "第 N 页 / 共 M 页" at the right; the closing page's source at the left.
void draw_footer(const LayoutContext& context, Frame& page, const std::string& left, int number,
                 int total) {
  const PageFrame& frame = context.frame;
  const TextStyle style{text::FontFace::kRegular, 8, context.palette.muted, 0};
  const Typesetter& ts = context.typesetter;
  // Cut to the line so that even a label at its limit stays inside the margins.
  const std::string footer = ts.fit(
      model::fill(context.labels().page_footer,
                  {{"n", std::to_string(number)}, {"total", std::to_string(total)}}),
      style, frame.text_width());
  const double footer_width = ts.draw(page, footer, frame.right(), frame.footer_baseline, style, HAlign::kRight);
  if (left.empty()) return;
  const double room = frame.text_width() - footer_width - kHeaderGap;
  ts.draw(page, ts.fit(left, style, room), frame.left(), frame.footer_baseline, style);
}

void add_header_and_footer(const LayoutContext& context, PackedDraft& draft, int number, int total) {
  Frame margins;
  draw_header(context, margins, draft.header);
  draw_footer(context, margins, draft.footer_left, number, total);
  margins.group_from(0, make_element(Role::kArtifact));
  draft.page.append(std::move(margins));
  draft.page.number = number;
}

std::vector<Bookmark> outline(const LayoutContext& context, const PageMap& map) {
  const model::Labels& labels = context.labels();
  const double top = 0;
  std::vector<Bookmark> marks{{labels.cover_bookmark, 0, top}};
  if (map.contents >= 0) marks.push_back({labels.contents, map.contents, top});
  if (map.chart >= 0) marks.push_back({labels.chart, map.chart, top});
  for (std::size_t i = 0; i < context.guide.roles.size(); ++i)
    marks.push_back({capped(context.guide.roles[i].title.value), map.roles[i], top});
  if (map.closing >= 0) marks.push_back({labels.closing_entry, map.closing, top});
  return marks;
}

// The outline with each page's section headings (H2) under the bookmark of
// the page they are on, in page order, each leading to its heading's top.
// A heading continued overleaf is an artifact there and gets no bookmark.
std::vector<Bookmark> with_section_bookmarks(const Document& document, std::vector<Bookmark> outline) {
  constexpr double kAboveHeading = 6;  // points of the rule's gap kept above the heading
  std::vector<Bookmark> nested;
  std::size_t next = 0;
  for (std::size_t p = 0; p < document.pages.size(); ++p) {
    while (next < outline.size() && outline[next].page <= static_cast<int>(p))
      nested.push_back(std::move(outline[next++]));
    const page::PackedPage& page = document.pages[p];
    for (const page::Group& group : page.groups) {
      const page::Element& element = *group.element;
      if (element.role != Role::kHeading || element.level != 2 || group.first >= group.last) continue;
      std::string title;
      double top = -1;
      for (std::size_t i = group.first; i < group.last && i < page.items.size(); ++i) {
        const page::Item item = page.items[i];
        const auto* run = std::get_if<page::TextRun>(&item);
        if (!run) continue;
        if (top < 0) top = run->baseline.y - run->size - kAboveHeading;
        title += run->utf8;
      }
      if (!title.empty()) nested.push_back({capped(title), static_cast<int>(p), std::max(top, 0.0), 2});
    }
  }
  for (; next < outline.size(); ++next) nested.push_back(std::move(outline[next]));
  return nested;
}

Metadata metadata(const model::Guide& guide) {
  Metadata meta;
  meta.title = capped(guide.title.value);
  meta.author = capped(guide.author.value);
  meta.subject = capped(guide.subtitle.empty() ? guide.labels.cover_kicker : guide.subtitle.value);
  // Keywords list whole role titles, as many as stay within the limit.
  const Locale& locale = locale_of(guide.language);
  for (const model::Role& role : guide.roles) {
    const std::string added =
        (meta.keywords.empty() ? "" : locale.list_separator) + role.title.value;
    if (pdf_string_bytes(meta.keywords) + pdf_string_bytes(added) > kMaxPdfStringBytes) break;
    meta.keywords += added;
  }
  meta.language = locale.tag;
  return meta;
}

// Role pages do not depend on each other, and layout only reads the guide
// and the measurer: the second half of the roles is laid out on another
// core. The result is the same as laying them out in order.
void layout_roles(const LayoutContext& context, Parts& parts,
                  const std::function<void(std::size_t)>& on_role_laid_out) {
  const std::size_t count = context.guide.roles.size();
  parts.roles.assign(count, {});
  parts.sparse_roles.assign(count, {});
  const RoleFigures figures(context);
  const auto lay_out_range = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      parts.roles[i] = packed(layout_role(context, figures, i, &parts.sparse_roles[i]));
      if (on_role_laid_out) on_role_laid_out(parts.roles[i].size());
    }
  };
  const std::size_t half = count / 2;
  if (count < kParallelRoles || std::thread::hardware_concurrency() < 2) {
    lay_out_range(0, count);
    return;
  }
  std::future<void> second = std::async(std::launch::async, lay_out_range, half, count);
  lay_out_range(0, half);
  second.get();
}

// The sparse pages of every role, placed in the document by `map`.
std::vector<SparsePage> place_sparse_pages(const Parts& parts, const PageMap& map) {
  std::vector<SparsePage> placed;
  for (std::size_t i = 0; i < parts.sparse_roles.size(); ++i)
    for (SparsePage page : parts.sparse_roles[i]) {
      page.page = map.roles[i] + page.role_page - 1;
      placed.push_back(std::move(page));
    }
  return placed;
}

// Gives every element of the document its id, in order of first appearance
// (an element's parents before it), so that ids are stable for a document.
void number_elements(Document& document) {
  std::size_t next = 1;
  const std::function<void(page::Element&)> number = [&](page::Element& element) {
    if (element.id != 0) return;
    if (element.parent) number(*element.parent);
    element.id = next++;
  };
  for (page::PackedPage& page : document.pages) {
    std::vector<const page::Group*> order;
    for (const page::Group& group : page.groups) order.push_back(&group);
    std::stable_sort(order.begin(), order.end(), [](const page::Group* a, const page::Group* b) {
      return a->first != b->first ? a->first < b->first : a->last - a->first > b->last - b->first;
    });
    for (const page::Group* group : order) number(*group->element);
  }
}

}  // namespace

Document layout_guide(const model::Guide& guide, model::Paper paper, const text::Measurer& measurer,
                      const std::function<void(std::size_t pages)>& on_role_laid_out) {
  const LayoutContext context(guide, paper, measurer);
  Parts parts;
  parts.cover = layout_cover(context);
  // A salary overview without a single figure would be a page that only
  // says so: each role's page already gives the reason it has none.
  if (any_figure(guide)) parts.chart = packed(layout_chart(context));
  layout_roles(context, parts, on_role_laid_out);
  parts.closing = layout_closing(context);
  // The contents' length does not depend on its page numbers: lay it out
  // once to count its pages, then again with the final numbers.
  const std::size_t contents_pages = layout_contents(context, map_pages(parts, 0)).size();
  PageMap map = map_pages(parts, contents_pages);
  parts.contents = layout_contents(context, map);
  // A contents page without an intro that lists only a page or two (a role
  // without a figure, no closing page) is under kLeastFill full: a handout
  // that short goes without one.
  if (guide.intro.empty() && parts.contents.size() == 1 &&
      !well_filled(parts.contents.front().page, context.frame)) {
    parts.contents.clear();
    map = map_pages(parts, 0);
  }

  Document document;
  document.pages.reserve(static_cast<std::size_t>(map.total));
  document.pages.push_back(std::move(parts.cover.page));
  const auto add_numbered = [&](PackedDraft& draft) {
    add_header_and_footer(context, draft, static_cast<int>(document.pages.size() + 1), map.total);
    document.pages.push_back(std::move(draft.page));
  };
  for (auto& draft : packed(std::move(parts.contents))) add_numbered(draft);
  for (auto& draft : parts.chart) add_numbered(draft);
  for (auto& role : parts.roles) {
    for (auto& draft : role) add_numbered(draft);
    std::vector<PackedDraft>().swap(role);
  }
  for (auto& draft : packed(std::move(parts.closing))) add_numbered(draft);
  number_elements(document);
  document.outline = with_section_bookmarks(document, outline(context, map));
  document.meta = metadata(guide);
  document.sparse_pages = place_sparse_pages(parts, map);
  return document;
}

}  // namespace careerguide::layout
