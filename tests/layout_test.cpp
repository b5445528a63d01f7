#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include "fake_measurer.h"
#include "layout/dump.h"
#include "layout/figure_fit.h"
#include "layout/layout_guide.h"
#include "layout/locale.h"
#include "layout/sources.h"
#include "layout/style.h"
#include "model/guide.h"
#include "text/utf8.h"
#include "unpacked_pages.h"

using namespace careerguide;
using Document = testing::UnpackedDocument;
using layout::Page;
using layout::TextRun;

namespace {

model::Text txt(std::string value) { return model::Text{std::move(value), {}}; }

model::Role role(std::string id, std::string title, double salary) {
  model::Role r;
  r.id = txt(id);
  r.title = txt(title);
  r.title_en = txt("Role " + id);
  const model::Hundredths cents = std::llround(salary * 100);
  if (salary > 0) r.salary = {model::Salary::Kind::kAverage, cents, cents, {}};
  r.summary = txt("这个职位负责设计并优化人工智能模型的输入，让模型给出更准确的回答。");
  r.skills = {txt("深入理解自然语言处理"), txt("创造性地设计提示")};
  r.steps = {{txt("观看视频"), txt("从公开的教学视频入手，了解基本概念。")},
             {txt(""), txt("动手练习。")}};
  return r;
}

model::Guide sample_guide(std::size_t roles = 3) {
  model::Guide g;
  g.title = txt("2024年人工智能领域收入最高的6种工作");
  g.subtitle = txt("职业指南手册");
  g.date = txt("2024-07-12");
  g.market = txt("美国市场");
  g.labels = model::builtin_labels(model::Language::kChinese);
  g.closing = txt("这扇门仍然敞开。");
  model::Source source;
  source.publisher = txt("Forbes");
  source.title = txt("The 6 Highest Paying Jobs In AI In 2024");
  source.credit = txt("AI深度研究员");
  g.sources.push_back(source);
  const double salaries[] = {127000, 130000, 0, 148000, 155500, 147000};
  for (std::size_t i = 0; i < roles; ++i)
    g.roles.push_back(role("r" + std::to_string(i + 1), "职位" + std::to_string(i + 1), salaries[i % 6]));
  return g;
}

std::vector<const TextRun*> runs(const Page& page) {
  std::vector<const TextRun*> out;
  for (const auto& item : page.items)
    if (const auto* run = std::get_if<TextRun>(&item)) out.push_back(run);
  return out;
}

std::string page_text(const Page& page) {
  std::string text;
  for (const TextRun* run : runs(page)) text += run->utf8;
  return text;
}

// The first run that starts with `prefix`.
const TextRun* find_run(const Page& page, const std::string& prefix) {
  for (const TextRun* run : runs(page))
    if (run->utf8.rfind(prefix, 0) == 0) return run;
  return nullptr;
}

layout::Document lay_out_packed(const model::Guide& guide, model::Paper paper = model::Paper::kA4) {
  static const testing::FakeMeasurer measurer;
  return layout::layout_guide(guide, paper, measurer);
}

Document lay_out(const model::Guide& guide, model::Paper paper = model::Paper::kA4) {
  return testing::unpacked(lay_out_packed(guide, paper));
}


// n ideographs: 1 em each under the FakeMeasurer.
std::string hanzi(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += "测";
  return out;
}

// A body paragraph of exactly `lines` lines on A4: 33 ideographs after the
// 2-em indent, then 35 a line (368.55 pt main column at 10.5 pt).
std::string paragraph_of(std::size_t lines) { return hanzi(33 + 35 * (lines - 1)); }

// Two roles; the first has only a summary of paragraphs of these line counts.
model::Guide guide_with_summary(const std::vector<std::size_t>& paragraph_lines) {
  model::Guide guide = sample_guide(2);
  std::string summary;
  for (std::size_t lines : paragraph_lines)
    summary += (summary.empty() ? "" : "\n\n") + paragraph_of(lines);
  guide.roles[0].summary = txt(summary);
  guide.roles[0].skills.clear();
  guide.roles[0].steps.clear();
  return guide;
}

// Baselines of body text (10.5 pt, in the main column) on a page, top down.
std::vector<double> body_baselines(const Page& page) {
  std::set<double> baselines;
  for (const TextRun* run : runs(page))
    if (run->size == 10.5 && run->baseline.x >= 164.36 - 0.01) baselines.insert(run->baseline.y);
  return {baselines.begin(), baselines.end()};
}

// The leftmost body run on the baseline `y`.
const TextRun* body_line_start(const Page& page, double y) {
  const TextRun* first = nullptr;
  for (const TextRun* run : runs(page))
    if (run->size == 10.5 && run->baseline.y == y && run->baseline.x >= 164.36 - 0.01 &&
        (!first || run->baseline.x < first->baseline.x))
      first = run;
  return first;
}

const double kC = geom::mm(28);                 // top of the content area
const double kContinuedBody = kC + 66 + 24;     // first body baseline on a continuation page
const double kMainX = geom::mm(22) + 102;       // the main column

// The text of the runs on baseline `y`, left to right.
std::string line_text(const Page& page, double y) {
  std::vector<const TextRun*> line;
  for (const TextRun* run : runs(page))
    if (std::abs(run->baseline.y - y) < 0.01) line.push_back(run);
  std::sort(line.begin(), line.end(),
            [](const TextRun* a, const TextRun* b) { return a->baseline.x < b->baseline.x; });
  std::string text;
  for (const TextRun* run : line) text += run->utf8;
  return text;
}
}  // namespace

TEST_CASE("layout_guide: cover, contents, chart, one page per role, closing") {
  const Document doc = lay_out(sample_guide(3));
  REQUIRE(doc.pages.size() == 7);
  CHECK_FALSE(doc.pages[0].number.has_value());
  for (std::size_t i = 1; i < doc.pages.size(); ++i) CHECK(doc.pages[i].number == int(i + 1));
  CHECK(page_text(doc.pages[1]).find("目录") != std::string::npos);
  CHECK(page_text(doc.pages[2]).find("薪资概览") != std::string::npos);
  CHECK(page_text(doc.pages[3]).find("职位1") != std::string::npos);
  CHECK(page_text(doc.pages[6]).find("结语") != std::string::npos);
}

TEST_CASE("layout_guide: a guide with accent #AA3300 has no cover item in the teal tints") {
  model::Guide guide = sample_guide(6);
  guide.theme.accent = geom::Color{0xAA, 0x33, 0x00};
  const Document doc = lay_out(guide);
  const layout::Palette design;
  const std::set<std::tuple<int, int, int>> teal = {
      {design.accent.r, design.accent.g, design.accent.b},
      {design.tint.r, design.tint.g, design.tint.b}};
  const auto is_teal = [&](const geom::Color& c) { return teal.count({c.r, c.g, c.b}) > 0; };
  std::size_t fills = 0;
  for (const auto& item : doc.pages[0].items) {
    if (const auto* box = std::get_if<layout::Box>(&item)) {
      if (box->fill) {
        ++fills;
        CHECK_FALSE(is_teal(*box->fill));
      }
      if (box->stroke) CHECK_FALSE(is_teal(box->stroke->color));
    } else if (const auto* run = std::get_if<TextRun>(&item)) {
      CHECK_FALSE(is_teal(run->fill));
    }
  }
  CHECK(fills > 6);
  CHECK(layout::tint_for(geom::Color{0xAA, 0x33, 0x00}) == geom::Color{0xF1, 0xDC, 0xD4});
}

TEST_CASE("layout_guide: a skyline of 9 to 24 roles labels its lowest and highest columns and "
          "has a legend, up to 8 roles every column is labelled and there is no legend") {
  for (const auto paper : {model::Paper::kA4, model::Paper::kLetter}) {
    for (const std::size_t roles : {9, 14, 20, 24}) {
      CAPTURE(roles);
      const Page cover = lay_out(sample_guide(roles), paper).pages[0];
      const std::string text = page_text(cover);
      CHECK(text.find("最低") != std::string::npos);
      CHECK(text.find("$127,000") != std::string::npos);
      CHECK(text.find("最高") != std::string::npos);
      CHECK(text.find("$155,500") != std::string::npos);
      CHECK(text.find("每根柱为一个职位的平均年薪，由低到高排列；虚线柱：暂无数据") != std::string::npos);
      // Only the two extremes: no other figure is printed under the columns.
      CHECK(text.find("$130,000") == std::string::npos);
      const double right = paper == model::Paper::kA4 ? 595.28 - 62.36 : 612 - 62.36;
      for (const TextRun* run : runs(cover)) {
        CHECK(run->baseline.x >= 62.36 - 0.01);
        CHECK(run->baseline.x <= right + 0.01);
      }
    }
  }
  const std::string six = page_text(lay_out(sample_guide(6)).pages[0]);
  CHECK(six.find("$130,000") != std::string::npos);
  CHECK(six.find("暂无数据") != std::string::npos);
  CHECK(six.find("每根柱") == std::string::npos);
}

TEST_CASE("layout_guide: the skyline legend leaves out the dashed column when every role has a figure, "
          "and reads as English in an English guide") {
  model::Guide guide = sample_guide(12);
  for (model::Role& role : guide.roles)
    if (!role.salary.has_figure()) role.salary = {model::Salary::Kind::kAverage, 10000000, 10000000, {}};
  CHECK(page_text(lay_out(guide).pages[0]).find("每根柱为一个职位的平均年薪，由低到高排列") != std::string::npos);
  CHECK(page_text(lay_out(guide).pages[0]).find("虚线") == std::string::npos);
  model::Guide english = sample_guide(12);
  english.language = model::Language::kEnglish;
  english.labels = model::builtin_labels(model::Language::kEnglish);
  const std::string text = page_text(lay_out(english).pages[0]);
  CHECK(text.find("Lowest") != std::string::npos);
  CHECK(text.find("Highest") != std::string::npos);
  CHECK(text.find("lowest to highest; dashed: no figure") != std::string::npos);
}

TEST_CASE("layout_guide: A4 and Letter are laid out natively") {
  CHECK(lay_out(sample_guide()).pages[0].size == geom::Size{595.28, 841.89});
  CHECK(lay_out(sample_guide(), model::Paper::kLetter).pages[0].size == geom::Size{612, 792});
}

TEST_CASE("layout_guide: every page but the cover has the footer 第 N 页 / 共 M 页") {
  const Document doc = lay_out(sample_guide(3));
  CHECK(page_text(doc.pages[0]).find("页") == std::string::npos);
  for (std::size_t i = 1; i < doc.pages.size(); ++i) {
    const std::string expected = "第 " + std::to_string(i + 1) + " 页 / 共 7 页";
    const TextRun* footer = find_run(doc.pages[i], expected);
    REQUIRE(footer != nullptr);
    CHECK(footer->baseline.y == doctest::Approx(841.89 - geom::mm(12)));
    const double width = testing::FakeMeasurer().width(expected, text::FontFace::kRegular, 8);
    CHECK(footer->baseline.x + width == doctest::Approx(595.28 - geom::mm(22)));
  }
}

TEST_CASE("layout_guide: the role title block sits on the design's baselines") {
  const Document doc = lay_out(sample_guide(1));
  const Page& role_page = doc.pages[3];
  const TextRun* kicker = find_run(role_page, "职业");
  REQUIRE(kicker != nullptr);
  CHECK(kicker->baseline.y == doctest::Approx(79.37 + 12).epsilon(0.001));
  const TextRun* title = find_run(role_page, "职位");
  REQUIRE(title != nullptr);
  CHECK(title->baseline.y == doctest::Approx(79.37 + 48).epsilon(0.001));
  CHECK(title->size == 26);
}

namespace {

/// The area an item covers on its page, in points (a text run from its
/// ascent, one em above the baseline, to its descent and its advance).
geom::Rect extent(const layout::Item& item) {
  static const testing::FakeMeasurer measurer;
  struct Visitor {
    geom::Rect operator()(const TextRun& run) const {
      double characters = 0;
      text::for_each_code_point(run.utf8, [&](char32_t) { characters += 1; });
      const double width =
          measurer.width(run.utf8, run.face, run.size) + run.char_spacing * characters;
      return {run.baseline.x, run.baseline.y - run.size, width, run.size * 1.25};
    }
    geom::Rect operator()(const layout::Box& box) const { return box.rect; }
    geom::Rect operator()(const layout::Line& line) const {
      const double x = std::min(line.from.x, line.to.x), y = std::min(line.from.y, line.to.y);
      return {x, y, std::abs(line.to.x - line.from.x), std::abs(line.to.y - line.from.y)};
    }
    geom::Rect operator()(const layout::Circle& circle) const {
      return {circle.center.x - circle.radius, circle.center.y - circle.radius,
              2 * circle.radius, 2 * circle.radius};
    }
    geom::Rect operator()(const layout::Link& link) const { return link.area; }
  };
  return std::visit(Visitor{}, item);
}

}  // namespace

TEST_CASE("layout_guide: no item of any kind reaches past any edge of the 10 mm safe area") {
  model::Guide guide = sample_guide(6);
  guide.roles[2].title = txt("一个名字非常非常非常非常非常非常非常非常长的人工智能职位");
  guide.roles[3].title_en = txt("A very long English title for a role that has to wrap somewhere");
  for (auto paper : {model::Paper::kA4, model::Paper::kLetter}) {
    const Document doc = lay_out(guide, paper);
    const double safe = geom::mm(10);
    for (std::size_t p = 0; p < doc.pages.size(); ++p) {
      const Page& page = doc.pages[p];
      for (const layout::Item& item : page.items) {
        const geom::Rect area = extent(item);
        CAPTURE(p);
        CAPTURE(layout::dump_item(item));
        CHECK(area.x >= safe - 0.01);
        CHECK(area.y >= safe - 0.01);
        CHECK(area.x + area.width <= page.size.width - safe + 0.01);
        CHECK(area.y + area.height <= page.size.height - safe + 0.01);
      }
    }
  }
}

TEST_CASE("layout_guide: body lines of a section are 18 pt apart") {
  model::Guide guide = sample_guide(1);
  std::string text;
  for (int i = 0; i < 6; ++i) text += "提示工程师为人工智能模型设计并持续优化输入提示。";
  guide.roles[0].summary = txt(text);
  const Document doc = lay_out(guide);
  std::set<double> baselines;
  for (const TextRun* run : runs(doc.pages[3]))
    if (run->size == 10.5 && run->baseline.x >= 164.36 - 0.01) baselines.insert(run->baseline.y);
  REQUIRE(baselines.size() >= 3);
  const double first = *baselines.begin();
  CHECK(first == doctest::Approx(79.37 + 210 + 24).epsilon(0.0001));
  auto it = baselines.begin();
  CHECK(*std::next(it) - *it == doctest::Approx(18));
}

namespace {

/// The level-1 bookmarks (page titles) of `doc`'s outline, in order.
std::vector<layout::Bookmark> page_title_bookmarks(const Document& doc) {
  std::vector<layout::Bookmark> top;
  for (const layout::Bookmark& mark : doc.outline)
    if (mark.level == 1) top.push_back(mark);
  return top;
}

}  // namespace

TEST_CASE("layout_guide: the outline lists cover, contents, chart, roles and closing") {
  const Document doc = lay_out(sample_guide(2));
  const std::vector<layout::Bookmark> top = page_title_bookmarks(doc);
  REQUIRE(top.size() == 6);
  CHECK(top[0].title == "封面");
  CHECK(top[3].title == "职位1");
  CHECK(top[3].page == 3);
  CHECK(top[5].page == 5);
  CHECK(doc.meta.language == "zh-CN");
}

TEST_CASE("layout_guide: each page's section headings are bookmarks under its title, at their height") {
  const Document doc = lay_out(sample_guide(2));
  int title_page = -1;
  std::size_t sections = 0;
  for (const layout::Bookmark& mark : doc.outline) {
    if (mark.level == 1) {
      title_page = mark.page;
      continue;
    }
    CAPTURE(mark.title);
    CHECK(mark.level == 2);
    CHECK(mark.page >= title_page);  // under the page title before it
    CHECK(mark.top > 0);
    CHECK(mark.top < doc.pages[static_cast<std::size_t>(mark.page)].size.height);
    ++sections;
  }
  CHECK(sections > 0);
  CHECK(doc.outline[0].level == 1);
}

TEST_CASE("dump: one line per item with coordinates at 0.01 pt") {
  const std::string text = layout::dump(lay_out_packed(sample_guide(1)));
  CHECK(text.rfind("document title=\"2024年人工智能领域收入最高的6种工作\" lang=zh-CN pages=5\n", 0) == 0);
  CHECK(text.find("page 1 595.28x841.89 number=-\n") != std::string::npos);
  // The item, then its role: the cover's square is decoration.
  CHECK(text.find("  box 62.36,77.54 7.50x7.50 fill=#17707A | Artifact#1\n") != std::string::npos);
}

TEST_CASE("flow: a role three pages long flows over three pages with （续） titles and right page numbers") {
  // 90 lines: 26 on the role page, 34 on the next, the last 30 on the third.
  const Document doc = lay_out(guide_with_summary({30, 30, 30}));
  REQUIRE(doc.pages.size() == 8);
  CHECK(body_baselines(doc.pages[3]).size() == 26);
  CHECK(body_baselines(doc.pages[4]).size() == 34);
  CHECK(body_baselines(doc.pages[5]).size() == 30);
  for (std::size_t i : {4u, 5u}) {
    const Page& page = doc.pages[i];
    CHECK(line_text(page, kC + 42) == "职位1（续）");  // compact title
    CHECK(find_run(page, "职位")->size == 18);
    CHECK(line_text(page, kC + 12) == "职业 01 / 02");  // the kicker stays
    CHECK(line_text(page, geom::mm(14)) == "2024年人工智能领域收入最高的6种工作职业 01 · 职位1（续）");
    const TextRun* heading = find_run(page, "职位概述（续）");
    REQUIRE(heading != nullptr);
    CHECK(heading->fill == layout::Palette{}.text2);
    CHECK(body_baselines(page).front() == doctest::Approx(kContinuedBody));
  }
  CHECK(find_run(doc.pages[6], "职业 02 / 02") != nullptr);
  // The contents lists role 1 at page 4 and role 2 at page 7, linked there.
  std::set<int> targets;
  for (const auto& item : doc.pages[1].items)
    if (const auto* link = std::get_if<layout::Link>(&item)) targets.insert(link->target_page);
  CHECK(targets == std::set<int>{2, 3, 6, 7});
  CHECK(find_run(doc.pages[1], "7") != nullptr);
  CHECK(page_text(doc.pages[7]).find("第 8 页 / 共 8 页") != std::string::npos);
  const std::vector<layout::Bookmark> top = page_title_bookmarks(doc);
  REQUIRE(top.size() == 6);
  CHECK(top[4].page == 6);
}

TEST_CASE("flow: a paragraph continued on a new page starts without its indent") {
  // 26 lines fit on the role page: 14 of the 40 carry over.
  const Document doc = lay_out(guide_with_summary({40}));
  const std::vector<double> page1 = body_baselines(doc.pages[3]);
  REQUIRE(page1.size() == 26);
  CHECK(body_line_start(doc.pages[3], page1.front())->baseline.x == doctest::Approx(kMainX + 21));
  const std::vector<double> page2 = body_baselines(doc.pages[4]);
  REQUIRE(page2.size() == 14);
  CHECK(body_line_start(doc.pages[4], page2.front())->baseline.x == doctest::Approx(kMainX));
}

TEST_CASE("flow: a paragraph never leaves one line alone at the bottom of a page") {
  // 25 lines fill the page but one; the next paragraph goes whole to the next.
  const Document doc = lay_out(guide_with_summary({25, 12}));
  CHECK(body_baselines(doc.pages[3]).size() == 25);
  const std::vector<double> next = body_baselines(doc.pages[4]);
  REQUIRE(next.size() == 12);
  CHECK(body_line_start(doc.pages[4], next.front())->baseline.x == doctest::Approx(kMainX + 21));
}

TEST_CASE("flow: a paragraph never carries one line alone onto the next page") {
  // 4 of the 5 lines would fit; 3 stay so that 2 carry over (a paragraph of
  // 10 follows, so that the next page is full enough as it is).
  const Document doc = lay_out(guide_with_summary({22, 5, 10}));
  CHECK(body_baselines(doc.pages[3]).size() == 25);
  const std::vector<double> next = body_baselines(doc.pages[4]);
  REQUIRE(next.size() == 12);
  CHECK(body_line_start(doc.pages[4], next[0])->baseline.x == doctest::Approx(kMainX));
  CHECK(body_line_start(doc.pages[4], next[2])->baseline.x == doctest::Approx(kMainX + 21));
}

TEST_CASE("flow: a section heading never ends a page without two of its lines") {
  // After 23 lines the skills heading and one item would fit, not two.
  model::Guide guide = guide_with_summary({23});
  guide.roles[0].skills = {txt("沟通"), txt("写作"), txt("耐心")};
  guide.roles[0].notes = txt(paragraph_of(8));  // fills the next page enough as it is
  const Document doc = lay_out(guide);
  CHECK(page_text(doc.pages[3]).find("核心技能") == std::string::npos);
  const TextRun* heading = find_run(doc.pages[4], "核心技能");
  REQUIRE(heading != nullptr);
  CHECK(heading->utf8 == "核心技能");  // a fresh start, not a continuation
  CHECK(heading->fill == layout::Palette{}.ink);
  CHECK(heading->baseline.y == doctest::Approx(kContinuedBody));
}

TEST_CASE("flow: a list item of three lines is never split") {
  // Two one-line steps fit after 21 lines; the three-line step moves whole.
  model::Guide guide = guide_with_summary({21});
  guide.roles[0].steps = {{txt(""), txt("动手练习。")}, {txt(""), txt("多看多想。")},
                          {txt(""), txt(hanzi(96))}};  // 32 a line after the circle
  guide.roles[0].notes = txt(paragraph_of(8));  // fills the next page enough as it is
  const Document doc = lay_out(guide);
  CHECK(body_baselines(doc.pages[3]).size() == 23);
  REQUIRE(find_run(doc.pages[4], "如何入门（续）") != nullptr);
  const std::vector<double> moved = body_baselines(doc.pages[4]);
  REQUIRE(moved.size() == 3 + 8);
  CHECK(moved.front() == doctest::Approx(kContinuedBody));
  CHECK(moved[2] - moved[0] == doctest::Approx(36));
}

TEST_CASE("flow: nothing of a long role lies below the content bottom, on A4 and Letter") {
  model::Guide guide = guide_with_summary({7, 3, 12, 2, 9, 4, 15, 5, 2, 8});
  guide.roles[0].skills = {txt(hanzi(80)), txt("沟通"), txt(hanzi(150)), txt("耐心")};
  guide.roles[0].notes = txt(paragraph_of(6) + "\n\n" + paragraph_of(3));
  for (auto paper : {model::Paper::kA4, model::Paper::kLetter}) {
    const Document doc = lay_out(guide, paper);
    const double bottom = doc.pages[0].size.height - geom::mm(22);
    for (std::size_t i = 1; i < doc.pages.size(); ++i)
      for (const TextRun* run : runs(doc.pages[i])) {
        if (run->size == 8) continue;  // the footer
        CAPTURE(i);
        CAPTURE(run->utf8);
        CHECK(run->baseline.y <= bottom + 0.01);
      }
  }
}

// Contents pages: pages whose running header names 目录 or Contents.
std::size_t contents_pages(const Document& doc) {
  std::size_t count = 0;
  for (std::size_t i = 1; i < doc.pages.size(); ++i) {
    const std::string header = line_text(doc.pages[i], geom::mm(14));
    if (header.find("目录") == std::string::npos && header.find("Contents") == std::string::npos) break;
    ++count;
  }
  return count;
}

// The lowest baseline of the page's text above the footer, from the content
// top, as a share of the content area (what pagecheck.py calls "full").
double fill_of(const Page& page) {
  const double top = kC;
  const double bottom = page.size.height - geom::mm(22);
  double lowest = top;
  for (const TextRun* run : runs(page))
    if (run->baseline.y < bottom + 1) lowest = std::max(lowest, run->baseline.y);
  return (lowest - top) / (bottom - top);
}

TEST_CASE("contents: forty roles fit one page in two balanced columns") {
  const Document doc = lay_out(sample_guide(40));
  REQUIRE(contents_pages(doc) == 1);
  const Page& page = doc.pages[1];
  std::map<std::string, double> numbers;  // "07" -> x of the entry number
  for (const TextRun* run : runs(page))
    if (run->face == text::FontFace::kBold && run->size == 10.5) numbers[run->utf8] = run->baseline.x;
  REQUIRE(numbers.size() == 40);
  // 42 entries with 薪资概览 and the closing entry: 21 in each column.
  CHECK(numbers["20"] == doctest::Approx(geom::mm(22)));
  CHECK(numbers["21"] > 250);
  CHECK(page_text(doc.pages[2]).find("薪资概览") != std::string::npos);
  // Each entry links to the page with its kicker.
  for (const auto& item : page.items)
    if (const auto* link = std::get_if<layout::Link>(&item); link && link->target_page > 1) {
      const Page& target = doc.pages[std::size_t(link->target_page)];
      CHECK(line_text(target, geom::mm(14)).find("目录") == std::string::npos);
    }
}

TEST_CASE("contents: sixty roles and an intro take at most two pages, the intro never alone") {
  model::Guide guide = sample_guide(60);
  guide.intro = txt(paragraph_of(4) + "\n\n" + paragraph_of(5) + "\n\n" + paragraph_of(3));
  for (auto paper : {model::Paper::kA4, model::Paper::kLetter}) {
    const Document doc = lay_out(guide, paper);
    const std::size_t pages = contents_pages(doc);
    CHECK(pages <= 2);
    for (std::size_t i = 1; i <= pages; ++i) {
      CAPTURE(i);
      const bool has_entry = find_run(doc.pages[i], "01") != nullptr || find_run(doc.pages[i], "60") != nullptr;
      CHECK(has_entry);
      CHECK(fill_of(doc.pages[i]) >= 0.25);
    }
  }
}

TEST_CASE("contents: fourteen English roles without English lines and an intro fit one page") {
  model::Guide guide = sample_guide(14);
  guide.language = model::Language::kEnglish;
  guide.labels = model::builtin_labels(model::Language::kEnglish);
  guide.intro = txt("For each role you will find what it involves, the skills it needs and a first "
                    "step you can take.\n\nPick one or two roles and try the first step this month.");
  for (auto& r : guide.roles) {
    r.title_en = txt("");
    r.title = txt("Diagnostic medical sonographer");
  }
  for (auto paper : {model::Paper::kA4, model::Paper::kLetter}) {
    const Document doc = lay_out(guide, paper);
    CHECK(contents_pages(doc) == 1);
    if (paper == model::Paper::kLetter) continue;  // shorter: set dense, checked above
    // Entries without a second line are 28 pt apart, not 42.
    const TextRun* first = find_run(doc.pages[1], "01");
    const TextRun* second = find_run(doc.pages[1], "02");
    REQUIRE(first != nullptr);
    REQUIRE(second != nullptr);
    CHECK(second->baseline.y - first->baseline.y == doctest::Approx(28));
  }
}

TEST_CASE("contents: an entry taller than a dense column stands alone instead of starting pages forever") {
  // Found by pipeline_fuzzer: a 3,711-character role title made
  // DenseColumns::place start a new page for it until memory ran out.
  model::Guide guide = sample_guide(40);
  guide.roles[0].title = txt(hanzi(2000));
  for (auto paper : {model::Paper::kA4, model::Paper::kLetter}) {
    const Document doc = lay_out(guide, paper);
    const std::size_t pages = contents_pages(doc);
    CHECK(pages >= 2);
    CHECK(pages <= 3);
    // The long entry and the last one are both listed.
    for (const char* number : {"01", "40"}) {
      CAPTURE(number);
      bool listed = false;
      for (std::size_t i = 1; i <= pages; ++i) listed = listed || find_run(doc.pages[i], number) != nullptr;
      CHECK(listed);
    }
  }
}

TEST_CASE("flow: a role never ends on a page holding a line or two, what must move, moves") {
  // Summaries that end on every line of the role page and beyond, then one
  // link: without care the link alone would make a page.
  for (std::size_t lines = 20; lines <= 64; ++lines) {
    CAPTURE(lines);
    model::Guide guide = guide_with_summary({lines});
    guide.roles[0].links = {{txt("课程"), txt("https://example.org/a")}};
    const Document doc = lay_out(guide);
    std::size_t body = 0;
    std::size_t page = 3;
    for (; page_text(doc.pages[page]).find("职业 02 / 02") == std::string::npos; ++page) {
      body += body_baselines(doc.pages[page]).size();
      CHECK(fill_of(doc.pages[page]) >= 0.25);
    }
    CHECK(body == lines + 1);  // nothing lost, the link line included
    CHECK(doc.sparse_pages.empty());  // so nothing to report
  }
}

TEST_CASE("flow: a long contents title wraps and its leader follows the last line") {
  model::Guide guide = sample_guide(1);
  guide.roles[0].title = txt(hanzi(40));  // 25 a line in the main column less 60 pt
  const Document doc = lay_out(guide);
  const Page& contents = doc.pages[1];
  const double first = kC + 120 + 42;  // the role's entry, after 薪资概览
  CHECK(line_text(contents, first).starts_with("01" + hanzi(25)));
  CHECK(line_text(contents, first + 16).starts_with(hanzi(15)));
  CHECK(line_text(contents, first + 16).ends_with("4"));
  CHECK(line_text(contents, first + 16 + 15) == "Role r1");
  // The leader: one dotted line 2.5 pt above the last line's baseline, its
  // dots on the 4.5 pt grid from the left margin, more than 20 of them.
  const layout::Line* leader = nullptr;
  for (const auto& item : contents.items)
    if (const auto* line = std::get_if<layout::Line>(&item); line && line->stroke.dot_pitch > 0)
      if (std::abs(line->from.y - (first + 16 - 2.5)) < 0.01) leader = line;
  REQUIRE(leader != nullptr);
  CHECK(leader->stroke.dot_pitch == 4.5);
  CHECK(leader->stroke.width == doctest::Approx(1.4));
  const double from_margin = (leader->from.x - geom::mm(22)) / 4.5;
  CHECK(from_margin == doctest::Approx(std::round(from_margin)));
  CHECK((leader->to.x - leader->from.x) / 4.5 > 20);
}

TEST_CASE("flow: the salary card grows with a long note and the sections move down") {
  model::Guide guide = sample_guide(3);  // role 3 has no figure
  guide.roles[2].salary_note = txt(hanzi(144));  // 6 lines of 24 at 9.5 pt
  const Document doc = lay_out(guide);
  const Page& page = doc.pages[5];
  const double card_top = kC + 96;
  bool card = false;
  for (const auto& item : page.items)
    if (const auto* box = std::get_if<layout::Box>(&item); box && box->fill == layout::Palette{}.card) {
      CHECK(box->rect.y == doctest::Approx(card_top));
      CHECK(box->rect.height == doctest::Approx(126));  // 24 + 5 × 16 + 22, a multiple of 6
      card = true;
    }
  CHECK(card);
  CHECK(line_text(page, card_top + 24 + 5 * 16) == hanzi(24));
  CHECK(body_baselines(page).front() == doctest::Approx(card_top + 126 + 30 + 24));
}

TEST_CASE("flow: a short note keeps the card at 84 pt") {
  model::Guide guide = sample_guide(3);
  guide.roles[2].salary_note = txt(hanzi(72));  // 3 lines
  const Document doc = lay_out(guide);
  const Page& page = doc.pages[5];
  CHECK(body_baselines(page).front() == doctest::Approx(kC + 210 + 24));
}

TEST_CASE("flow: a long title is cut with … in the header and compact title, never its （续）") {
  model::Guide guide = guide_with_summary({40});
  guide.roles[0].title = txt(hanzi(36));  // two balanced lines on the role page
  const Document doc = lay_out(guide);
  CHECK(line_text(doc.pages[3], kC + 48) == hanzi(18));
  const Page& next = doc.pages[4];
  const std::string compact = line_text(next, kC + 42);
  CHECK(compact == hanzi(22) + "…（续）");  // 26 em at 18 pt fill the 470.55 pt text width
  const std::string header = line_text(next, geom::mm(14));
  CHECK(header.ends_with("…（续）"));
  const TextRun* last = nullptr;  // the header's right end
  for (const TextRun* run : runs(next))
    if (run->baseline.y == geom::mm(14) && (!last || run->baseline.x > last->baseline.x)) last = run;
  REQUIRE(last != nullptr);
  const double width = testing::FakeMeasurer().width(last->utf8, text::FontFace::kRegular, 8);
  CHECK(last->baseline.x + width == doctest::Approx(595.28 - geom::mm(22)));
}

TEST_CASE("flow: a link's long URL wraps on lines of its own and is never cut") {
  model::Guide guide = sample_guide(1);
  std::string url = "https://example.org/";
  for (int i = 0; i < 40; ++i) url += "path" + std::to_string(i) + "/";
  guide.roles[0].links = {{txt("课程主页"), txt(url)}};
  const Document doc = lay_out(guide);
  const Page& page = doc.pages[3];
  std::string drawn;
  std::set<double> url_lines;
  std::size_t areas = 0;
  for (const auto& item : page.items) {
    if (const auto* run = std::get_if<TextRun>(&item); run && run->size == 9 && run->face == text::FontFace::kRegular) {
      drawn += run->utf8;
      url_lines.insert(run->baseline.y);
      CHECK(run->baseline.x + double(run->utf8.size()) * 4.5 <= 595.28 - geom::mm(22) + 0.01);
    }
    if (const auto* link = std::get_if<layout::Link>(&item); link && link->uri == url) ++areas;
  }
  CHECK(drawn == url);
  CHECK(url_lines.size() == 4);
  CHECK(areas == 5);  // the label's line and each URL line
}

TEST_CASE("flow: a section that cannot open below a very tall card starts on the next page") {
  model::Guide guide = sample_guide(3);
  // A title of 172 ideographs and the longest note the card holds (8 lines):
  // the card ends too low for a section heading and its first two lines.
  guide.roles[2].title = txt(hanzi(172));
  guide.roles[2].salary_note = txt(hanzi(8 * 24));
  const Document doc = lay_out(guide);
  std::size_t role = 0;
  while (role < doc.pages.size() && line_text(doc.pages[role], kC + 12) != "职业 03 / 03") ++role;
  REQUIRE(role + 1 < doc.pages.size());
  CHECK(page_text(doc.pages[role]).find("职位概述") == std::string::npos);
  CHECK(body_baselines(doc.pages[role]).empty());
  CHECK(line_text(doc.pages[role + 1], kC + 42).ends_with("（续）"));
  CHECK(line_text(doc.pages[role + 1], kContinuedBody).starts_with("职位概述"));
}

TEST_CASE("flow: a salary note too long for the card of a role without a figure flows under Notes") {
  model::Guide guide = sample_guide(3);
  const std::string note = hanzi(33 * 24);  // 33 card lines; the card holds 8
  guide.roles[2].salary_note = txt(note);
  const Document doc = lay_out(guide);
  std::string drawn;
  bool notes_heading = false;
  for (const Page& page : doc.pages) {
    for (const auto& item : page.items) {
      const auto* run = std::get_if<TextRun>(&item);
      if (!run) continue;
      if (run->size > 8)  // the 8 pt footer is below the text block by design
        CHECK(run->baseline.y <= page.size.height - geom::mm(22) + 0.01);
      if (run->size == 10.5 && run->utf8.starts_with("测")) drawn += run->utf8;  // body text
      if (run->utf8 == guide.labels.notes) notes_heading = true;
    }
  }
  CHECK(notes_heading);
  CHECK(drawn.find(note) != std::string::npos);  // the whole note, flowed as body text
  const std::string everything = [&] {
    std::string all;
    for (const Page& page : doc.pages) all += page_text(page);
    return all;
  }();
  CHECK(everything.find(guide.labels.no_figure_note) != std::string::npos);  // on the card and in the chart
}

TEST_CASE("flow: an English title is cut after a whole word in the continuation title") {
  model::Guide guide = guide_with_summary({40});
  guide.language = model::Language::kEnglish;
  guide.labels = model::builtin_labels(model::Language::kEnglish);
  const std::string title = "Senior engineer for prompt design, evaluation and safety governance of models";
  guide.roles[0].title = txt(title);
  const Document doc = lay_out(guide);
  const std::string compact = line_text(doc.pages[4], kC + 42);
  const std::string mark = "… (continued)";
  REQUIRE(compact.ends_with(mark));
  const std::string kept = compact.substr(0, compact.size() - mark.size());
  CHECK(kept == "Senior engineer for prompt design");  // not "…design, evaluat…"
}

TEST_CASE("flow: the running header cuts the section name first and the guide title only past half") {
  model::Guide guide = guide_with_summary({40});
  guide.title = txt(hanzi(40));  // 320 pt at 8 pt
  const Document doc = lay_out(guide);
  CHECK(line_text(doc.pages[1], geom::mm(14)) == hanzi(40) + "目录");
  guide.roles[0].title = txt(hanzi(40));
  const std::string header = line_text(lay_out(guide).pages[4], geom::mm(14));
  // Each side keeps half of the 470.55 pt line less the 24 pt gap: 27 em and 28 em with "…";
  // the right side ends in a half-width ） (CLREQ), so it holds one more character.
  CHECK(header == hanzi(26) + "…" + "职业 01 · " + hanzi(21) + "…（续）");
}

TEST_CASE("full_citation: titles, dates and punctuation the same way in both languages") {
  model::Guide guide = sample_guide();
  model::Source s;
  s.publisher = txt("BLS");
  s.title = txt("Occupational Outlook Handbook");
  s.date = txt("2024-08-29");
  guide.language = model::Language::kEnglish;
  guide.labels = model::builtin_labels(model::Language::kEnglish);
  CHECK(layout::full_citation(s, guide) == "BLS, \u201COccupational Outlook Handbook,\u201D August 29, 2024.");
  s.date = {};
  CHECK(layout::full_citation(s, guide) == "BLS, \u201COccupational Outlook Handbook.\u201D");
  guide.language = model::Language::kChinese;
  guide.labels = model::builtin_labels(model::Language::kChinese);
  s.publisher = txt("智联招聘");
  s.title = txt("标题");
  s.date = txt("2024-08-29");
  CHECK(layout::full_citation(s, guide) == "智联招聘《标题》，2024年8月29日。");
  s.date = {};
  CHECK(layout::full_citation(s, guide) == "智联招聘《标题》。");
  s.credit = txt("张三");
  s.date = txt("2024年夏");
  CHECK(layout::full_citation(s, guide) == "智联招聘《标题》，中文整理：张三，2024年夏。");
}

TEST_CASE("locale: quoted titles and the punctuation after them, per language") {
  const layout::Locale& en = layout::locale_of(model::Language::kEnglish);
  const layout::Locale& zh = layout::locale_of(model::Language::kChinese);
  CHECK(en.cited_title("BLS", "Handbook") == "BLS, \u201CHandbook\u201D");
  CHECK(en.cited_title("", "Handbook") == "\u201CHandbook\u201D");
  CHECK(en.cited_title("BLS", "") == "BLS");
  CHECK(zh.cited_title("智联招聘", "标题") == "智联招聘《标题》");
  CHECK(zh.cited_title("", "标题") == "《标题》");
  // American English puts the mark inside the closing quote, Chinese after it;
  // text without a quote at its end takes the mark after it in both.
  CHECK(en.punctuated("\u201CHandbook\u201D", ",") == "\u201CHandbook,\u201D");
  CHECK(en.punctuated("BLS", ",") == "BLS,");
  CHECK(zh.punctuated("《标题》", "，") == "《标题》，");
  CHECK(en.list_separator == en.comma + en.word_space);
  CHECK(zh.list_separator == zh.comma + zh.word_space);
  CHECK(en.tag == "en");
  CHECK(zh.tag == "zh-CN");
}

TEST_CASE("locale: a label inside an English sentence loses its capital, an acronym keeps it") {
  const layout::Locale& en = layout::locale_of(model::Language::kEnglish);
  CHECK(en.mid_sentence("No figure") == "no figure");
  CHECK(en.mid_sentence("USD salary") == "USD salary");
  CHECK(en.mid_sentence("A") == "A");
  CHECK(en.mid_sentence("") == "");
  CHECK(layout::locale_of(model::Language::kChinese).mid_sentence("No figure") == "No figure");
}

// ---- Money figures are never cut ---------------------------------------------

namespace {

/// Width of `utf8` with the fake measurer's rule, points.
double fake_width(const TextRun& run) {
  static const testing::FakeMeasurer measurer;
  return measurer.width(run.utf8, run.face, run.size) +
         run.char_spacing * static_cast<double>(run.utf8.size());
}

/// A guide whose roles have the widest figures the loader accepts.
model::Guide extreme_guide(std::string symbol, model::Period period,
                           std::vector<model::Salary> salaries) {
  model::Guide g = sample_guide(salaries.size());
  g.currency.symbol = std::move(symbol);
  g.currency.period = period;
  for (std::size_t i = 0; i < salaries.size(); ++i) g.roles[i].salary = salaries[i];
  return g;
}

/// Checks every page of `document`: each of `figures` appears whole (on one
/// run, or on two runs broken after its dash), no run holding a figure
/// has "…", and every run ends inside the page's right margin.
void check_figures_whole(const Document& document, const std::vector<std::string>& figures,
                         const std::string& symbol, double right_margin) {
  std::set<std::string> seen;
  for (std::size_t p = 0; p < document.pages.size(); ++p) {
    const Page& page = document.pages[p];
    const auto page_runs = runs(page);
    for (std::size_t i = 0; i < page_runs.size(); ++i) {
      const TextRun& run = *page_runs[i];
      CAPTURE(p);
      CAPTURE(run.utf8);
      const bool money = run.utf8.find(symbol) != std::string::npos;
      if (money) CHECK(run.utf8.find("…") == std::string::npos);
      if (money) CHECK(run.baseline.x + fake_width(run) <= page.size.width - right_margin + 1e-6);
      const std::string next = i + 1 < page_runs.size() ? page_runs[i + 1]->utf8 : "";
      for (const std::string& figure : figures) {
        if (run.utf8.find(figure) != std::string::npos || run.utf8 + next == figure) seen.insert(figure);
      }
    }
  }
  for (const std::string& figure : figures) {
    CAPTURE(figure);
    CHECK(seen.count(figure) == 1);
  }
}

model::Salary money_range(model::Hundredths min, model::Hundredths max) {
  return {model::Salary::Kind::kRange, min, max, {}};
}
model::Salary money_average(model::Hundredths value) {
  return {model::Salary::Kind::kAverage, value, value, {}};
}

}  // namespace

TEST_CASE("money figures: the widest salaries print whole in every figure box on both papers") {
  const std::vector<model::Salary> salaries{
      money_average(model::kMaxSalary), money_range(model::kMaxSalary - 100, model::kMaxSalary),
      money_average(100)};
  for (const auto paper : {model::Paper::kA4, model::Paper::kLetter}) {
    CAPTURE(static_cast<int>(paper));
    const Document document = lay_out(extreme_guide("$", model::Period::kYear, salaries), paper);
    check_figures_whole(document,
                        {"$1,000,000,000,000", "$999,999,999,999\u2013$1,000,000,000,000", "$1"},
                        "$", 40);
  }
}

TEST_CASE("money figures: hourly ranges and long currency symbols print whole on both papers") {
  const std::vector<model::Salary> hourly{money_range(1550, 1725), money_average(4138),
                                          money_range(99'999'999'999'900, model::kMaxSalary)};
  for (const auto paper : {model::Paper::kA4, model::Paper::kLetter}) {
    CAPTURE(static_cast<int>(paper));
    check_figures_whole(lay_out(extreme_guide("$", model::Period::kHour, hourly), paper),
                        {"$15.50\u2013$17.25", "$41.38"}, "$", 40);
    check_figures_whole(lay_out(extreme_guide("HK$", model::Period::kHour, hourly), paper),
                        {"HK$15.50\u2013HK$17.25", "HK$41.38",
                         "HK$999,999,999,999.00\u2013HK$1,000,000,000,000.00"},
                        "HK$", 40);
    check_figures_whole(lay_out(extreme_guide("CHF ", model::Period::kYear, {money_range(3100000, 3700000),
                                                                           money_average(model::kMaxSalary)}),
                                paper),
                        {"CHF 31,000\u2013CHF 37,000", "CHF 1,000,000,000,000"}, "CHF ", 40);
  }
}

TEST_CASE("fit_figure: shrinks to fit, breaks a range after its dash below the minimum, never cuts") {
  static const testing::FakeMeasurer measurer;
  const layout::Typesetter typesetter(measurer);
  const layout::TextStyle style{text::FontFace::kBold, 20, {}, 0};
  const layout::FigureSizes sizes{20, 12, 14, true};
  // "$31,000–$37,000" is 15 characters of 0.5 em: 150 pt at 20 pt.
  const auto wide = layout::fit_figure(typesetter, "$31,000\u2013$37,000", style, 150, sizes);
  CHECK(wide.lines == std::vector<std::string>{"$31,000\u2013$37,000"});
  CHECK(wide.size == doctest::Approx(20));
  const auto smaller = layout::fit_figure(typesetter, "$31,000\u2013$37,000", style, 100, sizes);
  CHECK(smaller.lines.size() == 1);
  CHECK(smaller.size == doctest::Approx(13.3));
  // Below 12 pt on one line: broken after the dash, each half at most 14 pt.
  const auto broken = layout::fit_figure(typesetter, "$31,000\u2013$37,000", style, 80, sizes);
  CHECK(broken.lines == std::vector<std::string>{"$31,000\u2013", "$37,000"});
  CHECK(broken.size == doctest::Approx(14));
  // An average too wide even at 12 pt shrinks further rather than being cut.
  const auto tiny = layout::fit_figure(typesetter, "$1,000,000,000,000", style, 45, sizes);
  CHECK(tiny.lines == std::vector<std::string>{"$1,000,000,000,000"});
  CHECK(tiny.size == doctest::Approx(5));
  // A one-line box (chart rows) never breaks.
  const auto row = layout::fit_figure(typesetter, "$31,000\u2013$37,000", style, 60,
                                      {10, 10, 10, false});
  CHECK(row.lines.size() == 1);
  CHECK(row.size == doctest::Approx(8));
}

TEST_CASE("metadata: Keywords keep whole role titles within libharu's string limit") {
  model::Guide guide = sample_guide(1);
  const model::Role base = guide.roles[0];
  guide.roles.clear();
  for (int i = 0; i < 1000; ++i) {
    model::Role r = base;
    r.id = txt("r" + std::to_string(i));
    r.title = txt(hanzi(40));
    guide.roles.push_back(r);
  }
  const Document doc = lay_out(guide);
  const std::string& keywords = doc.meta.keywords;
  // 64,000 bytes of UTF-8 at most: 520 titles of 40 ideographs and their
  // 519 separators (3 bytes each) fit, the 521st does not.
  CHECK(keywords.size() == (520 * 40 + 519) * 3);
  CHECK(keywords.rfind(hanzi(40)) == keywords.size() - hanzi(40).size());
}

TEST_CASE("metadata: a title too long for libharu is cut at a character boundary") {
  model::Guide guide = sample_guide(1);
  guide.title = txt(hanzi(30000));
  const std::string title = lay_out(guide).meta.title;
  CHECK(title == hanzi(64000 / 3));
}

TEST_CASE("role card: a remark on a figure sits on the card under the figure, not in the notes") {
  model::Guide guide = sample_guide(2);
  guide.roles[0].salary_note = txt(hanzi(30));  // one line across the card (434.55 pt at 9.5 pt)
  guide.roles[0].notes = txt("职位自己的备注。");
  const Document doc = lay_out(guide);
  const Page& page = doc.pages[3];
  const double card_top = kC + 96;
  const layout::Box* card = nullptr;
  for (const auto& item : page.items)
    if (const auto* box = std::get_if<layout::Box>(&item); box && box->fill == layout::Palette{}.card)
      card = box;
  REQUIRE(card != nullptr);
  CHECK(card->rect.height == doctest::Approx(120));  // 100 + 18, a multiple of 6
  CHECK(line_text(page, card_top + 100) == hanzi(30));
  const TextRun* note = find_run(page, hanzi(30));
  REQUIRE(note != nullptr);
  CHECK(note->size == 9.5);
  CHECK(note->baseline.x == doctest::Approx(geom::mm(22) + 18));
  const std::string text = page_text(page);
  CHECK(text.find("备注") != std::string::npos);  // the role's own notes keep their section
  CHECK(text.find(hanzi(30) + "职位自己的备注") == std::string::npos);
  CHECK(body_baselines(page).front() == doctest::Approx(card_top + 120 + 30 + 24));
}

TEST_CASE("role card: a long remark on a figure grows the card 16 pt a line, and a card without one stays 84 pt") {
  model::Guide guide = sample_guide(2);
  guide.roles[0].salary_note = txt(hanzi(45 * 3));  // three full lines of 45 (434.56 pt at 9.5 pt)
  guide.roles[1].notes = txt("备注。");
  const Document doc = lay_out(guide);
  std::vector<double> heights;
  for (std::size_t p : {3, 4})
    for (const auto& item : doc.pages[p].items)
      if (const auto* box = std::get_if<layout::Box>(&item); box && box->fill == layout::Palette{}.card)
        heights.push_back(box->rect.height);
  REQUIRE(heights.size() == 2);
  CHECK(heights[0] == doctest::Approx(150));  // 100 + 2 × 16 + 18, already a multiple of 6
  CHECK(line_text(doc.pages[3], kC + 96 + 100 + 32) == hanzi(45));
  CHECK(page_text(doc.pages[3]).find("备注") == std::string::npos);
}

TEST_CASE("role card: a remark on a figure longer than 8 card lines flows under Notes instead") {
  model::Guide guide = sample_guide(2);
  guide.roles[0].salary_note = txt(hanzi(45 * 9));  // nine lines of 45 across the card
  const Document doc = lay_out(guide);
  const Page& page = doc.pages[3];
  for (const auto& item : page.items)
    if (const auto* box = std::get_if<layout::Box>(&item); box && box->fill == layout::Palette{}.card)
      CHECK(box->rect.height == doctest::Approx(84));
  const std::string text = page_text(page) + (doc.pages.size() > 4 ? page_text(doc.pages[4]) : "");
  CHECK(text.find("备注") != std::string::npos);
  CHECK(body_baselines(page).front() == doctest::Approx(kC + 210 + 24));
}

namespace {

/// The element of the first item of `page` that is a run starting with
/// `prefix`; null when there is none or it has no element.
const page::Element* element_of_run(const Page& page, const std::string& prefix) {
  for (std::size_t i = 0; i < page.items.size(); ++i) {
    const auto* run = std::get_if<TextRun>(&page.items[i]);
    if (run != nullptr && run->utf8.starts_with(prefix)) return page.element_of(i);
  }
  return nullptr;
}

}  // namespace

TEST_CASE("layout_guide: items know their role: H1 cover title, H2 headings, artifacts around") {
  const Document doc = lay_out(sample_guide(3));
  const page::Element* title = element_of_run(doc.pages[0], "年人工智能领域");
  REQUIRE(title != nullptr);
  CHECK(title->role == page::Role::kHeading);
  CHECK(title->level == 1);
  const Page& role_page = doc.pages[3];
  const page::Element* heading = element_of_run(role_page, "核心技能");
  REQUIRE(heading != nullptr);
  CHECK(heading->role == page::Role::kHeading);
  CHECK(heading->level == 2);
  // Header (guide title, section) and footer are artifacts on every numbered page.
  for (std::size_t i = 1; i < doc.pages.size(); ++i) {
    CAPTURE(i);
    const page::Element* footer = element_of_run(doc.pages[i], "第 ");
    REQUIRE(footer != nullptr);
    CHECK(footer->role == page::Role::kArtifact);
  }
  // Every element the document holds has an id; parents come first.
  for (const Page& page : doc.pages)
    for (std::size_t i = 0; i < page.items.size(); ++i)
      for (const page::Element* e = page.element_of(i); e != nullptr; e = e->parent.get()) {
        CHECK(e->id != 0);
        if (e->parent) CHECK(e->parent->id < e->id);
      }
}

TEST_CASE("layout_guide: each skill is a list item with a label (the bullet) and a body") {
  const Document doc = lay_out(sample_guide(3));
  const Page& page = doc.pages[3];
  std::size_t bullets = 0;
  const page::Element* list = nullptr;
  for (std::size_t i = 0; i < page.items.size(); ++i) {
    const auto* box = std::get_if<page::Box>(&page.items[i]);
    if (box == nullptr || box->rect.width != 4) continue;  // the 4 pt bullet square
    const page::Element* label = page.element_of(i);
    REQUIRE(label != nullptr);
    CHECK(label->role == page::Role::kLabel);
    REQUIRE(label->parent != nullptr);
    CHECK(label->parent->role == page::Role::kListItem);
    REQUIRE(label->parent->parent != nullptr);
    CHECK(label->parent->parent->role == page::Role::kList);
    if (list != nullptr) CHECK(label->parent->parent.get() == list);  // one list holds both
    list = label->parent->parent.get();
    // The item's text is its body, in the same item.
    const page::Element* body = page.element_of(i + 1);
    REQUIRE(body != nullptr);
    CHECK(body->role == page::Role::kListBody);
    CHECK(body->parent == label->parent);
    ++bullets;
  }
  CHECK(bullets == 2);
}

TEST_CASE("layout_guide: the salary chart is a figure whose alt text lists the roles and figures") {
  const Document doc = lay_out(sample_guide(3));
  const Page& chart = doc.pages[2];
  std::size_t figures = 0;
  for (std::size_t i = 0; i < chart.items.size(); ++i) {
    const page::Element* element = chart.element_of(i);
    if (element == nullptr || element->role != page::Role::kFigure) continue;
    ++figures;
    CHECK(element->alt.view().starts_with("薪资概览："));
    CHECK(element->alt.view().find("职位1 $127,000") != std::string::npos);
    CHECK(element->alt.view().find("职位2 $130,000") != std::string::npos);
  }
  CHECK(figures > 0);
}

TEST_CASE("layout_guide: each run records the fonts the measurer chose for its text") {
  model::Guide guide = sample_guide(1);
  guide.roles[0].summary = txt("国际象棋\u2654王");
  const Document doc = lay_out(guide);
  const TextRun* run = find_run(doc.pages[3], "国际象棋");
  REQUIRE(run != nullptr);
  using typeface::FontSlot;
  CHECK(run->fonts == std::vector<typeface::SlotSpan>{
                          {12, FontSlot::kFace}, {3, FontSlot::kFallback}, {3, FontSlot::kFace}});
}

namespace {

/// The page's text without spaces: runs split words at spaces and at script changes.
std::string squeezed(const Page& page) {
  std::string text = page_text(page);
  std::erase(text, ' ');
  return text;
}

/// `label` (a part's title) is neither a bookmark nor printed on any page
/// (compared without spaces, as squeezed() reads pages).
void check_nowhere(const Document& document, std::string label) {
  CAPTURE(label);
  for (const auto& mark : document.outline) CHECK(mark.title != label);
  std::erase(label, ' ');
  for (const Page& page : document.pages) CHECK(squeezed(page).find(label) == std::string::npos);
}

/// sample_guide(roles) in `language`, with that language's built-in labels.
model::Guide sample_guide_in(model::Language language, std::size_t roles) {
  model::Guide guide = sample_guide(roles);
  guide.language = language;
  guide.labels = model::builtin_labels(language);
  return guide;
}

}  // namespace

TEST_CASE("layout_guide: the cover describes one role in the singular, and promises salaries only with a figure") {
  model::Guide guide = sample_guide(1);
  CHECK(squeezed(lay_out(guide).pages[0]).find("收录1个职位的职责、核心技能、入门路径与平均年薪") != std::string::npos);
  guide.language = model::Language::kEnglish;
  guide.labels = model::builtin_labels(model::Language::kEnglish);
  std::string cover = squeezed(lay_out(guide).pages[0]);
  CAPTURE(cover);
  CHECK(cover.find("Onerole:whatitdoes,keyskills,howtostart,averageannualsalary") != std::string::npos);
  CHECK(cover.find("1roles") == std::string::npos);
  guide = sample_guide(3);
  guide.language = model::Language::kEnglish;
  guide.labels = model::builtin_labels(model::Language::kEnglish);
  CHECK(squeezed(lay_out(guide).pages[0]).find("3roles:whattheydo,keyskills,howtostart,averageannualsalary") !=
        std::string::npos);
  for (model::Role& role : guide.roles) role.salary = {};
  cover = squeezed(lay_out(guide).pages[0]);
  CHECK(cover.find("3roles:whattheydo,keyskills,howtostart") != std::string::npos);
  CHECK(cover.find("salary") == std::string::npos);
  guide = sample_guide(2);
  for (model::Role& role : guide.roles) role.salary = {};
  cover = squeezed(lay_out(guide).pages[0]);
  CHECK(cover.find("收录2个职位的职责、核心技能、入门路径") != std::string::npos);
  CHECK(cover.find("年薪") == std::string::npos);
}

TEST_CASE("layout_guide: without a single figure there is no salary overview: no page, no contents entry, no bookmark") {
  for (const auto language : {model::Language::kChinese, model::Language::kEnglish}) {
    model::Guide guide = sample_guide_in(language, 3);
    for (model::Role& role : guide.roles) role.salary = {};
    const Document document = lay_out(guide);
    // Cover, contents, three role pages, closing.
    REQUIRE(document.pages.size() == 6);
    check_nowhere(document, guide.labels.chart);
    CHECK(squeezed(document.pages[2]).find("职位1") != std::string::npos);
    // The contents lead to the right pages: the first role on page 3.
    const std::string contents = squeezed(document.pages[1]);
    CHECK(contents.find("职位1") != std::string::npos);
    // With one figure the overview is back, after the contents.
    guide.roles[1].salary = {model::Salary::Kind::kAverage, 5000000, 5000000, {}};
    const Document with_figure = lay_out(guide);
    CHECK(with_figure.pages.size() == 7);
    std::string chart = guide.labels.chart;
    std::erase(chart, ' ');
    CHECK(squeezed(with_figure.pages[2]).find(chart) != std::string::npos);
  }
}

TEST_CASE("contents: no rule runs through an entry's text, with or without English lines, 1 to 8 roles") {
  for (const bool english_lines : {true, false}) {
    for (std::size_t roles = 1; roles <= 8; ++roles) {
      CAPTURE(english_lines);
      CAPTURE(roles);
      model::Guide guide = sample_guide(roles);
      if (!english_lines) {
        for (model::Role& role : guide.roles) role.title_en = {};
        guide.labels.chart_subtitle_en.clear();
        guide.labels.closing_entry_en.clear();
      }
      const Document document = lay_out(guide);
      const Page& contents = document.pages[1];
      for (const auto& item : contents.items) {
        const auto* rule = std::get_if<layout::Line>(&item);
        // Rules span the text width; leader dots are shorter lines.
        if (rule == nullptr || rule->from.y != rule->to.y || rule->to.x - rule->from.x < 400) continue;
        for (const TextRun* run : runs(contents)) {
          if (run->baseline.y < 100) continue;  // the running header sits on its own rule
          // The glyphs' extent: a cap height above the baseline, a descender below.
          const bool crossed = rule->from.y > run->baseline.y - 0.8 * run->size &&
                               rule->from.y < run->baseline.y + 0.25 * run->size;
          CHECK_MESSAGE(!crossed, "a rule at y ", rule->from.y, " crosses \"", run->utf8, "\" on baseline ",
                        run->baseline.y);
        }
      }
    }
  }
}

TEST_CASE("cover: the edition date in the info strip never breaks, beside a long write-up credit") {
  for (const auto paper : {model::Paper::kA4, model::Paper::kLetter}) {
    model::Guide guide = sample_guide(3);
    guide.language = model::Language::kEnglish;
    guide.labels = model::builtin_labels(model::Language::kEnglish);
    guide.date = txt("2024-09-30");
    // Wider than the fifth of the width the date column had (the fake
    // measurer's Latin is narrower than the real font's).
    guide.labels.date_format = "{month} {d}, {y} ed.";
    guide.sources[0].credit = txt("Careers Service of the University of Somewhere, with the students' union");
    const Document document = lay_out(guide, paper);
    // The date's runs: one baseline only.
    std::set<double> baselines;
    bool found = false;
    for (const TextRun* run : runs(document.pages[0])) {
      if (run->utf8.find("September") != std::string::npos || run->utf8 == "30," || run->utf8.find("2024") == 0 ||
          run->utf8.find("ed.") != std::string::npos) {
        if (run->size != 10) continue;
        baselines.insert(run->baseline.y);
        found = found || run->utf8.find("September") != std::string::npos;
      }
    }
    CHECK(found);
    CHECK(baselines.size() == 1);
  }
}

namespace {

// Whether any contents page lists the entry numbered `number` ("07").
bool contents_list(const Document& doc, const std::string& number) {
  for (std::size_t i = 1; i <= contents_pages(doc); ++i)
    if (find_run(doc.pages[i], number) != nullptr) return true;
  return false;
}

// The lowest baseline on `page` of runs at least `size` points.
double lowest_of_size(const Page& page, double size) {
  double lowest = 0;
  for (const TextRun* run : runs(page))
    if (run->size >= size) lowest = std::max(lowest, run->baseline.y);
  return lowest;
}

}  // namespace

TEST_CASE("contents: an intro too long to share the page leaves no near-empty contents page") {
  // QA: a one-paragraph intro of ~2,300 characters put three roles' entries
  // overleaf alone, on a page 16 % full.
  for (auto paper : {model::Paper::kA4, model::Paper::kLetter}) {
    for (std::size_t lines = 10; lines <= 70; lines += 3) {
      CAPTURE(lines);
      model::Guide guide = sample_guide(3);
      guide.intro = txt(paragraph_of(lines));
      const Document doc = lay_out(guide, paper);
      const std::size_t pages = contents_pages(doc);
      for (std::size_t i = 2; i <= pages; ++i) {
        CAPTURE(i);
        CHECK(fill_of(doc.pages[i]) >= 0.25);
      }
      for (const char* number : {"01", "02", "03"}) CHECK(contents_list(doc, number));
      // The entries still lead to their roles' pages.
      for (std::size_t i = 1; i <= pages; ++i)
        for (const auto& item : doc.pages[i].items)
          if (const auto* link = std::get_if<layout::Link>(&item); link && link->target_page > 1) {
            const std::string target = squeezed(doc.pages[std::size_t(link->target_page)]);
            CHECK(target.find("目录") == std::string::npos);
          }
    }
  }
}

TEST_CASE("contents: dense entries that continue overleaf are balanced, no page with the last entry alone") {
  // QA: 41 roles put the last entry and the closing entry alone on a page.
  for (auto paper : {model::Paper::kA4, model::Paper::kLetter}) {
    for (std::size_t roles : {41, 43, 45, 70}) {
      CAPTURE(roles);
      const Document doc = lay_out(sample_guide(roles), paper);
      const std::size_t pages = contents_pages(doc);
      CHECK(pages <= 2);
      for (std::size_t i = 2; i <= pages; ++i) CHECK(fill_of(doc.pages[i]) >= 0.25);
      for (std::size_t n = 1; n <= roles; ++n) CHECK(contents_list(doc, (n < 10 ? "0" : "") + std::to_string(n)));
    }
  }
}

TEST_CASE("contents and closing: what follows a title block starts below it however many lines it takes") {
  // QA: a 94-character labels.contents wrapped to three lines over the
  // subtitle and the first entries.
  for (std::size_t roles : {3, 50}) {
    CAPTURE(roles);
    model::Guide guide = sample_guide(roles);
    guide.labels.contents = hanzi(60);
    guide.labels.closing_title = hanzi(60);
    const Document doc = lay_out(guide);
    const Page& contents = doc.pages[1];
    const TextRun* subtitle = find_run(contents, guide.labels.contents_subtitle);
    REQUIRE(subtitle != nullptr);
    CHECK(subtitle->baseline.y > lowest_of_size(contents, 22) + 16);
    const TextRun* first = find_run(contents, "01");
    REQUIRE(first != nullptr);
    CHECK(first->baseline.y > subtitle->baseline.y + 30);
    const Page& closing = doc.pages.back();
    const TextRun* heading = find_run(closing, guide.labels.closing_text);
    REQUIRE(heading != nullptr);
    CHECK(heading->baseline.y > lowest_of_size(closing, 22) + 40);
  }
}

TEST_CASE("closing: the closing text fills its page before it continues, the notes page behind it") {
  // QA: the closing text broke 14 lines above the page bottom, leaving two
  // lines overleaf, to keep the writing lines' page from looking empty.
  for (std::size_t lines = 30; lines <= 50; ++lines) {
    CAPTURE(lines);
    model::Guide guide = sample_guide(3);
    guide.closing = txt(paragraph_of(lines));
    const Document doc = lay_out(guide);
    const std::string continued = guide.labels.closing_text + "（续）";
    for (std::size_t i = 5; i + 1 < doc.pages.size(); ++i)
      if (page_text(doc.pages[i + 1]).find(continued) != std::string::npos) {
        CAPTURE(i);
        CHECK(fill_of(doc.pages[i]) >= 0.9);
      }
  }
}

TEST_CASE("closing: nothing to show, no closing page, no contents entry, no bookmark") {
  for (const auto language : {model::Language::kChinese, model::Language::kEnglish}) {
    model::Guide guide = sample_guide_in(language, 3);
    guide.closing = {};
    guide.sources.clear();
    guide.notes_area = false;
    const Document doc = lay_out(guide);
    // Cover, contents, chart, three role pages.
    REQUIRE(doc.pages.size() == 6);
    check_nowhere(doc, guide.labels.closing_entry);
    // Anything to show brings it back: the notes area alone.
    guide.notes_area = true;
    CHECK(lay_out(guide).pages.size() == 7);
  }
}

TEST_CASE("closing: a disclaimer without sources is not put under a Sources heading") {
  for (const bool closing_text : {false, true}) {
    CAPTURE(closing_text);
    model::Guide guide = sample_guide(3);
    guide.sources.clear();
    if (!closing_text) guide.closing = {};
    guide.notes_area = false;
    guide.disclaimer = txt("仅供参考。");
    const Document doc = lay_out(guide);
    const std::string closing = page_text(doc.pages.back());
    CHECK(closing.find("仅供参考") != std::string::npos);
    // No 资料来源 heading (the header's 结语与资料来源 names the page).
    for (const TextRun* run : runs(doc.pages.back())) CHECK(run->utf8 != guide.labels.sources);
    CHECK((closing.find(guide.labels.closing_text) != std::string::npos) == closing_text);
  }
}

namespace {

/// The salary card's box on a role page (null when none).
const layout::Box* card_box(const Page& page) {
  for (const auto& item : page.items)
    if (const auto* box = std::get_if<layout::Box>(&item); box && box->fill == layout::Palette{}.card)
      return box;
  return nullptr;
}

/// Every run on the card of `page` stays in its column: a run starting left
/// of the divider ends 16 pt before it, any other ends inside the card.
void check_card_columns(const Page& page) {
  const layout::Box* card = card_box(page);
  REQUIRE(card != nullptr);
  const double divider = card->rect.x + 0.42 * card->rect.width;
  for (const TextRun* run : runs(page)) {
    if (run->baseline.y < card->rect.y || run->baseline.y > card->rect.y + card->rect.height) continue;
    CAPTURE(run->utf8);
    const double end = run->baseline.x + fake_width(*run);
    if (run->baseline.x < divider) CHECK(end <= divider - 16 + 1e-6);
    else CHECK(end <= card->rect.x + card->rect.width + 1e-6);
  }
}

}  // namespace

TEST_CASE("role card: a long unit goes under the figure, which never shrinks below 11 pt") {
  for (const auto paper : {model::Paper::kA4, model::Paper::kLetter}) {
    CAPTURE(static_cast<int>(paper));
    model::Guide guide = sample_guide(2);
    guide.labels.unit_year = hanzi(13);  // within the 15-character limit
    const Document doc = lay_out(guide, paper);
    const Page& page = doc.pages[3];
    const TextRun* figure = find_run(page, "$127,000");
    REQUIRE(figure != nullptr);
    CHECK(figure->size == doctest::Approx(28));
    const TextRun* unit = find_run(page, hanzi(13));
    REQUIRE(unit != nullptr);
    CHECK(unit->baseline.x == doctest::Approx(figure->baseline.x));
    CHECK(unit->baseline.y == doctest::Approx(figure->baseline.y + 18));
    const layout::Box* card = card_box(page);
    REQUIRE(card != nullptr);
    CHECK(card->rect.height == doctest::Approx(102));  // 62 + 18 + 18, rounded up to 6
    check_card_columns(page);
  }
  // The widest figure beside a plausible unit: 11 pt at least, the unit wrapped under it.
  for (const auto paper : {model::Paper::kA4, model::Paper::kLetter}) {
    model::Guide guide = extreme_guide("$", model::Period::kYear, {money_average(model::kMaxSalary),
                                                                   money_range(model::kMaxSalary - 100,
                                                                               model::kMaxSalary)});
    guide.labels.unit_year = "/ 年（税前含奖金）";
    const Document doc = lay_out(guide, paper);
    for (std::size_t p : {3, 4}) {
      CAPTURE(p);
      for (const TextRun* run : runs(doc.pages[p]))
        if (run->utf8.starts_with("$")) CHECK(run->size >= 11);
      check_card_columns(doc.pages[p]);
    }
  }
}

TEST_CASE("role card: a long label over the figure wraps in the left column, 本职业 stays on the card") {
  for (const auto paper : {model::Paper::kA4, model::Paper::kLetter}) {
    for (std::size_t roles : {3, 12}) {  // bars, and the strip
      CAPTURE(static_cast<int>(paper));
      CAPTURE(roles);
      model::Guide guide = sample_guide(roles);
      guide.labels.salary_year = hanzi(20);
      guide.labels.this_role = hanzi(20);
      const Document doc = lay_out(guide, paper);
      for (std::size_t p = 3; p < doc.pages.size(); ++p) {
        if (card_box(doc.pages[p]) == nullptr) continue;
        CAPTURE(p);
        check_card_columns(doc.pages[p]);
      }
    }
  }
}

TEST_CASE("layout_guide: a contents page that lists a page or two and has no intro is left out, an intro or more roles bring it back") {
  for (const auto language : {model::Language::kChinese, model::Language::kEnglish}) {
    // One role without a figure (no salary overview) and nothing for a
    // closing page (no text, sources or writing lines): the contents would
    // list a single page.
    model::Guide guide = sample_guide_in(language, 1);
    guide.intro = {};
    guide.roles[0].salary = {};
    guide.closing = {};
    guide.sources.clear();
    guide.notes_area = false;
    const Document short_guide = lay_out(guide);
    // Cover and the role.
    REQUIRE(short_guide.pages.size() == 2);
    check_nowhere(short_guide, guide.labels.contents);
    CHECK(short_guide.pages[1].number == 2);  // the role is page 2
    guide.intro = txt("这份手册介绍一个职位。");
    CHECK(lay_out(guide).pages.size() == 3);
    guide = sample_guide_in(language, 6);
    guide.intro = {};
    CHECK(lay_out(guide).pages.size() == 10);
  }
}
