// The salary overview's layout (design §8.3 and §10), built from hand-made
// guides and measured with the fake measurer, so positions are exact.

#include <cmath>
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "fake_measurer.h"
#include "layout/chart_plot.h"
#include "layout/context.h"
#include "layout/guide_figures.h"
#include "layout/pages.h"
#include "model/guide.h"

using namespace careerguide;
using layout::Box;
using layout::DraftPage;
using layout::Line;
using layout::Page;
using layout::TextRun;

namespace {

constexpr double kContentTop = 79.370078740157481;  // 28 mm
constexpr double kX0 = 62.362204724409452 + 136;    // margin + label column
constexpr double kA4PlotWidth = 595.28 - 62.362204724409452 - 58 - kX0;

model::Text txt(std::string value) { return model::Text{std::move(value), {}}; }

/// `units` currency units as the model's hundredths.
model::Hundredths cents(double units) { return std::llround(units * 100); }
model::Salary average(double value) {
  return {model::Salary::Kind::kAverage, cents(value), cents(value), {}};
}
model::Salary range(double min, double max) {
  return {model::Salary::Kind::kRange, cents(min), cents(max), {}};
}

model::Role role(std::string title, model::Salary salary, std::string note = "") {
  model::Role r;
  r.id = txt(title);
  r.title = txt(std::move(title));
  r.salary = salary;
  r.salary_note = txt(std::move(note));
  r.summary = txt("这个职位把人工智能用在日常工作里。");
  return r;
}

model::Guide guide_with(std::vector<model::Role> roles) {
  model::Guide g;
  g.title = txt("人工智能职业指南");
  g.date = txt("2024-07-12");
  g.market = txt("美国市场");
  g.labels = model::builtin_labels(model::Language::kChinese);
  g.currency.name = "美元";
  g.roles = std::move(roles);
  return g;
}

/// The default data's figures: five averages and one role without a figure.
model::Guide default_like() {
  return guide_with({role("提示工程师", average(127000)), role("研究科学家", average(130000)),
                     role("创始人", {}, "没有公开的平均薪资数据。"),
                     role("产品经理", average(148000)), role("顾问", average(155500)),
                     role("软件工程师", average(147000))});
}

/// `count` roles named 职位1… with figures 10,000 × (1 … count) in data order;
/// every `missing_every`-th role has no figure (0: all have one), all with
/// the same note unless `own_notes`.
model::Guide numbered(std::size_t count, std::size_t missing_every = 0, bool own_notes = false) {
  std::vector<model::Role> roles;
  for (std::size_t i = 1; i <= count; ++i) {
    const bool missing = missing_every > 0 && i % missing_every == 0;
    const std::string note = (own_notes ? "职位" + std::to_string(i) + "：" : std::string()) +
                             "没有公开的平均薪资数据，收入差别很大。";
    roles.push_back(role("职位" + std::to_string(i),
                         missing ? model::Salary{} : average(10000.0 * double(i)),
                         missing ? note : ""));
  }
  return guide_with(std::move(roles));
}

std::vector<DraftPage> chart_pages(const model::Guide& guide,
                                   model::Paper paper = model::Paper::kA4) {
  static const testing::FakeMeasurer measurer;
  const layout::LayoutContext context(guide, paper, measurer);
  return layout::layout_chart(context);
}

const geom::Color kAccent{0x17, 0x70, 0x7A};
const geom::Color kTrack{0xBA, 0xC2, 0xC9};

std::vector<geom::Rect> bars(const Page& page) {
  std::vector<geom::Rect> out;
  for (const auto& item : page.items)
    if (const auto* box = std::get_if<Box>(&item); box && box->fill == kAccent) out.push_back(box->rect);
  return out;
}

std::vector<const TextRun*> runs(const Page& page) {
  std::vector<const TextRun*> out;
  for (const auto& item : page.items)
    if (const auto* run = std::get_if<TextRun>(&item)) out.push_back(run);
  return out;
}

/// Runs whose text starts with "$": the value labels (and the panel's figures).
std::vector<const TextRun*> money_runs(const Page& page) {
  std::vector<const TextRun*> out;
  for (const TextRun* run : runs(page))
    if (run->utf8.rfind("$", 0) == 0) out.push_back(run);
  return out;
}

/// True when `text` is on the page; a line may be drawn as several runs
/// (ideographs and Latin apart), so the runs are joined in drawing order.
bool has_text(const Page& page, const std::string& text) {
  std::string joined;
  for (const TextRun* run : runs(page)) joined += run->utf8;
  return joined.find(text) != std::string::npos;
}

/// The texts of the runs on the tick-label baseline under the plot.
std::vector<std::string> tick_labels(const Page& page) {
  // Digits of 8 pt role labels (职位12) sit near x0 too: the ticks are the
  // lowest such runs, on the axis baseline.
  std::vector<const TextRun*> digits;
  double axis = 0;
  for (const TextRun* run : runs(page))
    if (run->size == 8 && run->face == text::FontFace::kRegular && run->baseline.x > kX0 - 20 &&
        run->utf8.find_first_not_of("0123456789,") == std::string::npos) {
      digits.push_back(run);
      axis = std::max(axis, run->baseline.y);
    }
  std::vector<std::string> out;
  for (const TextRun* run : digits)
    if (run->baseline.y == axis) out.push_back(run->utf8);
  return out;
}

/// The 10.5 pt Bold lines (the no-figure block's role titles), each joined
/// from its runs on one baseline.
std::vector<std::string> bold_lines(const Page& page) {
  std::vector<std::string> lines;
  double baseline = -1;
  for (const TextRun* run : runs(page)) {
    if (run->size != 10.5 || run->face != text::FontFace::kBold) continue;
    if (run->baseline.y != baseline) lines.emplace_back();
    lines.back() += run->utf8;
    baseline = run->baseline.y;
  }
  return lines;
}

/// The 1 pt track-colour lines: a range's track from 0 to its min.
std::vector<Line> track_lines(const Page& page) {
  std::vector<Line> out;
  for (const auto& item : page.items)
    if (const auto* line = std::get_if<Line>(&item); line && line->stroke.color == kTrack)
      out.push_back(*line);
  return out;
}

/// The lowest y any item reaches.
double lowest_y(const Page& page) {
  double lowest = 0;
  for (const auto& item : page.items) {
    if (const auto* run = std::get_if<TextRun>(&item)) lowest = std::max(lowest, run->baseline.y);
    if (const auto* box = std::get_if<Box>(&item)) lowest = std::max(lowest, box->rect.bottom());
    if (const auto* line = std::get_if<Line>(&item)) lowest = std::max({lowest, line->from.y, line->to.y});
  }
  return lowest;
}

/// Code points in `utf8`: each is 0.5 em wide in the fake measurer's Latin.
double characters(const std::string& utf8) {
  return double(std::count_if(utf8.begin(), utf8.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

bool overlap(const geom::Rect& a, const geom::Rect& b) {
  return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

}  // namespace

TEST_CASE("one bar per role with a figure, highest first, 48 pt apart from C+204") {
  const auto pages = chart_pages(default_like());
  REQUIRE(pages.size() == 1);
  const auto found = bars(pages[0].page);
  REQUIRE(found.size() == 5);
  const double figures[] = {155500, 148000, 147000, 130000, 127000};
  for (std::size_t i = 0; i < found.size(); ++i) {
    CAPTURE(i);
    CHECK(found[i].x == doctest::Approx(kX0));
    CHECK(found[i].y == doctest::Approx(kContentTop + 204 + 13 + 48 * double(i)));
    CHECK(found[i].height == doctest::Approx(22));
    CHECK(found[i].width == doctest::Approx(kA4PlotWidth * figures[i] / 160000));
  }
}

TEST_CASE("value labels are in the currency format, 6 pt after the bar, 3.5 pt below its centre") {
  const auto pages = chart_pages(default_like());
  const auto found = bars(pages[0].page);
  std::vector<const TextRun*> labels;
  for (const TextRun* run : money_runs(pages[0].page))
    if (run->size == 10) labels.push_back(run);
  REQUIRE(labels.size() == 5);
  CHECK(labels[0]->utf8 == "$155,500");
  CHECK(labels[4]->utf8 == "$127,000");
  for (std::size_t i = 0; i < labels.size(); ++i) {
    CHECK(labels[i]->baseline.x == doctest::Approx(found[i].right() + 6));
    CHECK(labels[i]->baseline.y == doctest::Approx(found[i].y + 11 + 3.5));
  }
}

TEST_CASE("the axis has nice ticks to 160,000 and the caption names currency and period") {
  const auto pages = chart_pages(default_like());
  const std::vector<std::string> expected{"0", "40,000", "80,000", "120,000", "160,000"};
  CHECK(tick_labels(pages[0].page) == expected);
  CHECK(has_text(pages[0].page, "美元 / 年"));
}

TEST_CASE("chart.sort data keeps the roles in data order") {
  model::Guide guide = default_like();
  guide.chart.sort = model::ChartSort::kData;
  const auto found = bars(chart_pages(guide)[0].page);
  REQUIRE(found.size() == 5);
  const double figures[] = {127000, 130000, 148000, 155500, 147000};
  for (std::size_t i = 0; i < found.size(); ++i)
    CHECK(found[i].width == doctest::Approx(kA4PlotWidth * figures[i] / 160000));
}

TEST_CASE("a range is a track from 0 to its min and a bar from min to max, labelled with both ends") {
  const model::Guide guide = guide_with({role("提示工程师", range(120000, 150000)),
                                         role("顾问", average(300000))});
  const auto pages = chart_pages(guide);
  const Page& page = pages[0].page;
  const auto found = bars(page);
  REQUIRE(found.size() == 2);
  CHECK(found[0].x == doctest::Approx(kX0));  // an average starts at 0
  CHECK(found[1].x == doctest::Approx(kX0 + kA4PlotWidth * 120000 / 300000));
  CHECK(found[1].right() == doctest::Approx(kX0 + kA4PlotWidth * 150000 / 300000));
  const auto tracks = track_lines(page);
  REQUIRE(tracks.size() == 1);
  CHECK(tracks[0].from.x == doctest::Approx(kX0));
  CHECK(tracks[0].to.x == doctest::Approx(found[1].x));
  CHECK(tracks[0].from.y == doctest::Approx(found[1].y + 11));
  CHECK(tracks[0].stroke.width == 1);
  const auto labels = money_runs(page);
  REQUIRE(labels.size() >= 2);
  CHECK(labels.back()->utf8 == "$120,000–$150,000");
  CHECK(labels.back()->baseline.x == doctest::Approx(found[1].right() + 6));
}

TEST_CASE("a range labelled before its bar has its track stop 2 pt short of the label") {
  // 150,000–160,000 ends the axis: no room after the bar, none inside it.
  const model::Guide guide = guide_with({role("提示工程师", range(150000, 160000)),
                                         role("顾问", average(90000))});
  const auto pages = chart_pages(guide);
  const auto found = bars(pages[0].page);
  const auto tracks = track_lines(pages[0].page);
  REQUIRE(tracks.size() == 1);
  const double label_width = 5 * characters("$150,000–$160,000");
  const double label_x = found[0].x - 6 - label_width;
  CHECK(tracks[0].to.x == doctest::Approx(label_x - 2));
  bool drawn = false;
  for (const TextRun* run : money_runs(pages[0].page))
    drawn = drawn || (run->utf8 == "$150,000–$160,000" && run->baseline.x == doctest::Approx(label_x));
  CHECK(drawn);
}

TEST_CASE("roles without a figure are listed under the chart with their note") {
  const auto pages = chart_pages(default_like());
  const Page& page = pages[0].page;
  CHECK(has_text(page, "暂无平均数据"));
  CHECK(has_text(page, "未列入图表"));
  CHECK(has_text(page, "创始人"));
  const double chart_bottom = kContentTop + 204 + 5 * 48;
  for (const TextRun* run : runs(page))
    if (run->utf8 == "创始人") CHECK(run->baseline.y == doctest::Approx(chart_bottom + 44 + 24));
}

TEST_CASE("with no figure at all the page says so and draws no bars and no axis") {
  const auto pages = chart_pages(numbered(3, 1));
  REQUIRE(pages.size() == 1);
  const Page& page = pages[0].page;
  CHECK(bars(page).empty());
  CHECK(tick_labels(page).empty());
  CHECK_FALSE(has_text(page, "未列入图表"));
  for (const auto& item : page.items) {
    const auto* line = std::get_if<Line>(&item);
    CHECK_FALSE((line && line->from.x == doctest::Approx(kX0) && line->from.x == line->to.x));  // zero axis
  }
  CHECK(has_text(page, "职位1"));
  CHECK(has_text(page, "职位3"));
}

TEST_CASE("denser rows when they do not fit at 48 pt: 10 roles at 30 pt, 20 roles at 20 pt") {
  const auto ten_pages = chart_pages(numbered(10));
  const auto ten = bars(ten_pages[0].page);
  REQUIRE(ten.size() == 10);
  CHECK(ten[0].height == doctest::Approx(14));
  CHECK(ten[1].y - ten[0].y == doctest::Approx(30));
  const auto pages = chart_pages(numbered(20));
  REQUIRE(pages.size() == 1);
  const auto twenty = bars(pages[0].page);
  REQUIRE(twenty.size() == 20);
  CHECK(twenty[0].height == doctest::Approx(10));
  CHECK(twenty[1].y - twenty[0].y == doctest::Approx(20));
}

TEST_CASE("60 roles take two chart pages, 薪资概览 and 薪资概览（续）, with the same axis, each row once, "
          "on A4 and Letter") {
  for (const auto paper : {model::Paper::kA4, model::Paper::kLetter}) {
    for (const std::size_t missing : {0, 6}) {
      CAPTURE(missing);
      const auto pages = chart_pages(numbered(60, missing), paper);
      REQUIRE(pages.size() == 2);
      const std::vector<std::string> axis = tick_labels(pages[0].page);
      std::size_t rows = 0;
      for (std::size_t p = 0; p < pages.size(); ++p) {
        CAPTURE(p);
        CHECK(pages[p].header == (p == 0 ? "薪资概览" : "薪资概览（续）"));
        CHECK(tick_labels(pages[p].page) == axis);
        const auto found = bars(pages[p].page);
        REQUIRE_FALSE(found.empty());
        // 15 pt rows, the bar 3.5 pt down its slot.
        CHECK(found[0].height == doctest::Approx(8));
        if (p > 0) CHECK(found[0].y == doctest::Approx(kContentTop + 66 + 12 + 3.5));
        rows += found.size();
      }
      CHECK(rows == (missing == 0 ? 60 : 50));
      CHECK(has_text(pages.back().page, "数据说明："));
      CHECK_FALSE(has_text(pages.front().page, "数据说明："));
    }
  }
}

TEST_CASE("20 roles with three sharing a note take one chart page on A4 and Letter") {
  for (const auto paper : {model::Paper::kA4, model::Paper::kLetter}) {
    model::Guide guide = numbered(20);
    for (const std::size_t i : {4, 11, 17}) {
      guide.roles[i].salary = model::Salary{};
      guide.roles[i].salary_note = txt("没有公开的平均薪资数据。");
    }
    CHECK(chart_pages(guide, paper).size() == 1);
  }
}

TEST_CASE("nothing on a chart page lies below the content bottom, for 1 to 60 roles on both papers") {
  for (const auto paper : {model::Paper::kA4, model::Paper::kLetter}) {
    const double content_bottom = paper == model::Paper::kA4 ? 779.53 : 729.64;
    for (const std::size_t count : {1, 6, 20, 60}) {
      for (const std::size_t missing : {0, 3}) {
        CAPTURE(count);
        CAPTURE(missing);
        for (const DraftPage& draft : chart_pages(numbered(count, missing), paper))
          CHECK(lowest_y(draft.page) <= content_bottom + 0.01);
      }
    }
  }
}

TEST_CASE("many roles without a figure continue the list on a following chart page") {
  const auto pages = chart_pages(numbered(40, 2, true));
  REQUIRE(pages.size() >= 2);
  std::map<std::string, int> listed;
  for (const DraftPage& draft : pages)
    for (const std::string& title : bold_lines(draft.page)) ++listed[title];
  for (std::size_t i = 2; i <= 40; i += 2) CHECK(listed["职位" + std::to_string(i)] == 1);
  CHECK(has_text(pages.back().page, "暂无平均数据（续）"));
  CHECK(has_text(pages.back().page, "数据说明："));
  for (std::size_t p = 0; p + 1 < pages.size(); ++p) CHECK_FALSE(has_text(pages[p].page, "数据说明："));
}

TEST_CASE("roles without a figure that share a note share one entry, the note said once") {
  // 职位2, 4 … 40 share the note; 甲 has its own and stands after 职位8.
  model::Guide guide = numbered(40, 2);
  guide.roles.insert(guide.roles.begin() + 8, role("甲", {}, "甲的收入差别很大。"));
  const auto pages = chart_pages(guide);
  std::vector<std::string> titles;
  std::size_t notes = 0;
  for (const DraftPage& draft : pages) {
    for (const std::string& line : bold_lines(draft.page)) titles.push_back(line);
    for (const TextRun* run : runs(draft.page))
      if (run->utf8.find("没有公开的平均薪资数据") != std::string::npos) ++notes;
  }
  std::string joined;
  for (const std::string& line : titles) joined += line;
  // At most 12 titles an entry: 职位2 … 职位24, then 甲, then 职位26 … 职位40.
  std::string first;
  for (std::size_t i = 2; i <= 24; i += 2) first += (i > 2 ? "、" : "") + ("职位" + std::to_string(i));
  std::string rest;
  for (std::size_t i = 26; i <= 40; i += 2) rest += (i > 26 ? "、" : "") + ("职位" + std::to_string(i));
  CHECK(joined == first + "甲" + rest);
  CHECK(notes == 2);
  // Lines break between titles only: each ends with 、 or a whole title.
  REQUIRE(titles.size() > 3);
  for (const std::string& line : titles) {
    CAPTURE(line);
    const bool whole_end = line.ends_with("、") || line == "甲" || line.ends_with("24") ||
                           line.ends_with("40");
    CHECK(whole_end);
    CHECK((line.starts_with("职位") || line == "甲"));
  }
}

TEST_CASE("an English no-figure entry joins its titles with semicolons, as titles may hold commas") {
  model::Guide guide = guide_with({role("Analyst, junior", average(50000)), role("Founder", {}),
                                   role("Manager, operations", {}), role("Coach", {})});
  guide.language = model::Language::kEnglish;
  guide.labels = model::builtin_labels(model::Language::kEnglish);
  const auto pages = chart_pages(guide);
  REQUIRE(pages.size() == 1);
  std::string joined;
  for (const std::string& line : bold_lines(pages[0].page)) joined += line;
  CHECK(joined == "Founder; Manager, operations; Coach");
}

TEST_CASE("no bar is shorter than 2 pt, whatever the magnitudes") {
  const model::Guide guide = guide_with({role("甲", average(1500000)), role("乙", average(900)),
                                         role("丙", average(0)), role("丁", range(300, 310))});
  const auto pages = chart_pages(guide);
  const auto found = bars(pages[0].page);
  REQUIRE(found.size() == 4);
  for (const geom::Rect& bar : found) CHECK(bar.width >= 2);
}

TEST_CASE("value labels never overlap one another or another row's bar") {
  const model::Guide guide = guide_with({role("甲", average(1500000)), role("乙", average(1490000)),
                                         role("丙", range(20000, 1480000)), role("丁", average(900))});
  const auto pages = chart_pages(guide);
  const Page& page = pages[0].page;
  const auto found = bars(page);
  std::vector<geom::Rect> labels;
  for (const TextRun* run : money_runs(page))
    if (run->size == 10)
      labels.push_back({run->baseline.x, run->baseline.y - 8.8, 5 * characters(run->utf8), 10});
  REQUIRE(labels.size() == 4);
  for (std::size_t i = 0; i < labels.size(); ++i) {
    CHECK(labels[i].right() <= 595.28 - 62.36 + 0.01);
    for (std::size_t j = 0; j < labels.size(); ++j) {
      if (i != j) CHECK_FALSE(overlap(labels[i], labels[j]));
      if (i != j) CHECK_FALSE(overlap(labels[i], found[j]));
    }
  }
}

TEST_CASE("on Letter the data note's last baseline sits on the content bottom") {
  const auto pages = chart_pages(default_like(), model::Paper::kLetter);
  const Page& page = pages[0].page;
  double last = 0;
  for (const TextRun* run : runs(page))
    if (run->size == 8.5 && run->fill == geom::Color{0x6E, 0x78, 0x81})
      last = std::max(last, run->baseline.y);
  CHECK(last == doctest::Approx(792 - 62.362204724409452));
}

TEST_CASE("without a figure the data note says the list is in data order, not sorted by salary") {
  const auto pages = chart_pages(numbered(2, 1));
  CHECK(has_text(pages[0].page, "按本指南中的顺序排列"));
  CHECK_FALSE(has_text(pages[0].page, "按从高到低排列"));
  const auto sorted = chart_pages(default_like());
  CHECK(has_text(sorted[0].page, "按从高到低排列"));
}

TEST_CASE("a range too wide for the key-figures panel breaks after its dash, never cut") {
  const model::Guide guide = guide_with({role("提示工程师", range(1200000, 1500000)),
                                         role("顾问", average(90000))});
  const auto pages = chart_pages(guide);
  const double panel_top = kContentTop + 96;
  bool low = false;
  bool high = false;
  for (const TextRun* run : money_runs(pages[0].page)) {
    if (run->size != 14) continue;
    low = low || (run->utf8 == "$1,200,000–" && run->baseline.y == doctest::Approx(panel_top + 43));
    high = high || (run->utf8 == "$1,500,000" && run->baseline.y == doctest::Approx(panel_top + 58));
  }
  CHECK(low);
  CHECK(high);
}

namespace {

/// Whether `lines`, read in order with the spaces at their breaks put back,
/// are `title` itself, or (when `cut`) a prefix of it followed by "…".
bool reads_as_title(const std::vector<text::SetLine>& lines, const std::string& title, bool& cut) {
  const std::string ellipsis = "\u2026";
  std::size_t at = 0;
  cut = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string text;
    for (const text::Segment& segment : lines[i].segments) text += segment.utf8;
    if (i + 1 == lines.size() && text.size() >= ellipsis.size() &&
        text.compare(text.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0) {
      text.resize(text.size() - ellipsis.size());
      cut = true;
    }
    while (at < title.size() && title[at] == ' ') ++at;
    if (title.compare(at, text.size(), text) != 0) return false;
    at += text.size();
  }
  return cut ? at < title.size() : at == title.size();
}

}  // namespace

TEST_CASE("a chart label is always its title, or a prefix of it and …, for any title and width") {
  const model::Guide guide = default_like();
  const testing::FakeMeasurer measurer;
  const layout::LayoutContext context(guide, model::Paper::kA4, measurer);
  const std::vector<std::string> titles{
      "Diagnostic medical sonographer", "Medical and health services manager",
      "Nurse", "Occupational health and safety specialist and technician",
      "提示工程师", "人工智能伦理与合规顾问（兼数据保护官）", "AI 产品经理", "Machine learning engineer (NLP)",
      "Supercalifragilisticexpialidociousengineer of things"};
  for (const std::string& title : titles) {
    for (double width = 20; width <= 200; width += 7) {
      for (std::size_t max_lines : {1, 2}) {
        for (double size : {8.5, 9.5, 10.5}) {
          CAPTURE(title);
          CAPTURE(width);
          CAPTURE(max_lines);
          const layout::TextStyle style{text::FontFace::kRegular, size, {}, 0};
          const auto lines = layout::role_label_lines(context.typesetter, title, style, width, max_lines);
          bool cut = false;
          CHECK(lines.size() <= max_lines);
          CHECK(reads_as_title(lines, title, cut));
          if (lines.size() < max_lines) CHECK_FALSE(cut);
        }
      }
    }
  }
}

TEST_CASE("with room a long chart label wraps onto two lines, only the densest rows cut it") {
  const std::string title = "Medical and health services manager";
  const auto labels_of = [&](std::size_t count) {
    model::Guide guide = numbered(count);
    guide.roles[0].title = txt(title);
    const auto pages = chart_pages(guide);
    std::string joined;
    for (const auto& page : pages)
      for (const TextRun* run : runs(page.page))
        if (run->size < 10 && run->baseline.x < kX0) joined += run->utf8 + "|";
    return joined;
  };
  CHECK(labels_of(10).find("|Medical and health services|manager|") != std::string::npos);
  // 14 to 20 rows share one page at 20 pt rows: two lines 9.5 pt apart.
  for (std::size_t count : {14, 16, 20})
    CHECK(labels_of(count).find("|Medical and health services|manager|") != std::string::npos);
  const std::string dense = labels_of(60);  // two pages of 15 pt rows
  CHECK(dense.find("manager") == std::string::npos);
  CHECK(dense.find("|Medical and health services…|") != std::string::npos);
}

namespace {

/// `text` without its spaces: runs are drawn apart at spaces, so the joined
/// runs are compared with spaces left out.
std::string no_spaces(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
  return text;
}

/// The data note as drawn: its runs on the last chart page joined.
std::string data_note_text(const model::Guide& guide, model::Paper paper = model::Paper::kA4) {
  const auto pages = chart_pages(guide, paper);
  std::string joined;
  bool in_note = false;
  for (const TextRun* run : runs(pages.back().page)) {
    in_note = in_note || run->utf8.rfind("数据说明", 0) == 0 || run->utf8.rfind("About the data", 0) == 0;
    if (in_note) joined += run->utf8;
  }
  return no_spaces(joined);
}

model::Source source(std::string publisher, std::string title, std::string date) {
  model::Source s;
  s.publisher = txt(std::move(publisher));
  s.title = txt(std::move(title));
  s.date = txt(std::move(date));
  return s;
}

model::Guide monthly_cny(model::Language language) {
  model::Guide guide = guide_with({role("数据分析师", average(18000)), role("产品经理", range(20000, 30000))});
  guide.language = language;
  guide.labels = model::builtin_labels(language);
  guide.currency = {"CNY", "¥", language == model::Language::kChinese ? "元" : "yuan", model::Period::kMonth};
  return guide;
}

}  // namespace

TEST_CASE("a monthly guide says monthly in the chart subtitle, the axis and the data note, in both languages") {
  const model::Guide zh = monthly_cny(model::Language::kChinese);
  const auto pages = chart_pages(zh);
  CHECK(has_text(pages[0].page, "平均月薪（CNY）"));
  CHECK(has_text(pages[0].page, "元 / 月"));
  CHECK(data_note_text(zh) == no_spaces("数据说明：数值为美国市场的平均月薪，单位为元 / 月，按从高到低排列。"));
  model::Guide en = monthly_cny(model::Language::kEnglish);
  en.market = txt("Chinese market");
  const auto en_pages = chart_pages(en);
  CHECK(has_text(en_pages[0].page, "Average monthly pay, CNY"));
  CHECK_FALSE(has_text(en_pages[0].page, "annual"));
  CHECK(data_note_text(en).find(no_spaces("figures are average monthly pay (Chinese market), in yuan / month")) !=
        std::string::npos);
  en.currency.period = model::Period::kHour;
  CHECK(has_text(chart_pages(en)[0].page, "Average hourly pay, CNY"));
}

TEST_CASE("the data note drops the clause of a missing market or source, in both languages") {
  for (const auto language : {model::Language::kChinese, model::Language::kEnglish}) {
    model::Guide guide = monthly_cny(language);
    guide.market = {};
    const std::string note = data_note_text(guide);
    CAPTURE(note);
    if (language == model::Language::kChinese) {
      CHECK(note == no_spaces("数据说明：数值为平均月薪，单位为元 / 月，按从高到低排列。"));
    } else {
      CHECK(note == no_spaces("About the data: figures are average monthly pay, in yuan / month, sorted from highest to lowest."));
    }
  }
}

TEST_CASE("the data note names every source with its own date, as written when it is not a full date") {
  model::Guide guide = monthly_cny(model::Language::kChinese);
  guide.market = txt("中国市场");
  guide.sources = {source("智联招聘", "2024年秋季人才市场报告", "2024-08-29"),
                   source("国家统计局", "城镇单位就业人员平均工资", "2024年5月")};
  CHECK(data_note_text(guide) == no_spaces("数据说明：数值为中国市场的平均月薪，单位为元 / 月，按从高到低排列。来源：智联招聘《2024年秋季人才市场报告》，"
        "2024年8月29日；国家统计局《城镇单位就业人员平均工资》，2024年5月。"));
  guide.language = model::Language::kEnglish;
  guide.labels = model::builtin_labels(model::Language::kEnglish);
  guide.market = {};
  guide.sources = {source("BLS", "Occupational Outlook Handbook", "2024-08-29")};
  CHECK(data_note_text(guide).find(no_spaces("Source: BLS, “Occupational Outlook Handbook,” August 29, 2024.")) !=
        std::string::npos);
}

TEST_CASE("a data note of many long sources names as many as fit in 8 lines, then how many more, never above the chart") {
  for (const auto language : {model::Language::kChinese, model::Language::kEnglish}) {
    for (const auto paper : {model::Paper::kA4, model::Paper::kLetter}) {
      model::Guide guide = monthly_cny(language);
      for (int i = 1; i <= 30; ++i)
        guide.sources.push_back(source("出版方" + std::to_string(i),
                                       "一份标题很长很长的行业薪资调查报告，标题写满了整整一行还要多" + std::to_string(i),
                                       "2024-08-29"));
      const auto pages = chart_pages(guide, paper);
      const std::string note = data_note_text(guide, paper);
      CAPTURE(note);
      // The first source is named, the last is not, and the note says how many there are.
      CHECK(note.find("出版方1") != std::string::npos);
      CHECK(note.find("还要多30") == std::string::npos);
      if (language == model::Language::kChinese) {
        CHECK(note.find(no_spaces("等 30 项（全部列于结语页）。")) != std::string::npos);
      } else {
        CHECK(note.find(no_spaces("more (all listed on the closing page).")) != std::string::npos);
      }
      // The note's lines: baselines 14 pt apart from the content bottom up, at most 8.
      std::set<double> baselines;
      bool in_note = false;
      for (const TextRun* run : runs(pages.back().page)) {
        in_note = in_note || run->utf8.rfind("数据说明", 0) == 0 || run->utf8.rfind("About the data", 0) == 0;
        if (in_note) baselines.insert(run->baseline.y);
      }
      CHECK(baselines.size() >= 2);
      CHECK(baselines.size() <= 8);
      // Everything else on the page stays above the note's rule.
      for (const TextRun* run : runs(pages.back().page))
        if (baselines.count(run->baseline.y) == 0) CHECK(run->baseline.y < *baselines.begin() - 22);
    }
  }
}

TEST_CASE("a data note of a few sources names them all, without the count") {
  model::Guide guide = monthly_cny(model::Language::kChinese);
  for (int i = 1; i <= 4; ++i) guide.sources.push_back(source("出版方" + std::to_string(i), "报告", "2024-08-29"));
  const std::string note = data_note_text(guide);
  CHECK(note.find("出版方4《报告》") != std::string::npos);
  CHECK(note.find("全部列于结语页") == std::string::npos);
}

TEST_CASE("a long 未列入图表 wraps in the label column and deepens the block, on A4 and Letter") {
  for (const auto paper : {model::Paper::kA4, model::Paper::kLetter}) {
    for (const bool english : {false, true}) {
      CAPTURE(static_cast<int>(paper));
      CAPTURE(english);
      model::Guide guide = default_like();
      guide.labels.not_in_chart = english ? "These roles have no figure and are not shown in the chart" : "";
      if (!english)
        for (int i = 0; i < 60; ++i) guide.labels.not_in_chart += "测";
      const auto pages = chart_pages(guide, paper);
      const Page& page = pages.back().page;
      static const testing::FakeMeasurer measurer;
      std::vector<const TextRun*> sub;
      for (const TextRun* run : runs(page))
        if (run->size == 8 && run->baseline.x == doctest::Approx(kX0 - 136)) sub.push_back(run);
      REQUIRE(sub.size() > 1);
      for (const TextRun* run : sub) {
        CAPTURE(run->utf8);
        CHECK(run->baseline.x + measurer.width(run->utf8, run->face, run->size) <= kX0 - 10 + 1e-6);
      }
      for (std::size_t i = 1; i < sub.size(); ++i)
        CHECK(sub[i]->baseline.y - sub[i - 1]->baseline.y == doctest::Approx(11));
      const layout::LayoutContext context(guide, paper, measurer);
      const layout::NoFigureBlock block(context, layout::figure_table(guide));
      CHECK(block.heading_depth("暂无平均数据", true) ==
            doctest::Approx(38 + 11 * double(block.sub_label_lines().size() - 1)));
      CHECK(block.sub_label_lines().size() == sub.size());
    }
  }
}
