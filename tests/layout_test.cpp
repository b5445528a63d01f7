#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "fake_measurer.h"
#include "layout/dump.h"
#include "layout/layout_guide.h"
#include "model/guide.h"

using namespace careerguide;
using layout::Document;
using layout::Page;
using layout::TextRun;

namespace {

model::Text txt(std::string value) { return model::Text{std::move(value), {}}; }

model::Role role(std::string id, std::string title, double salary) {
  model::Role r;
  r.id = txt(id);
  r.title = txt(title);
  r.title_en = txt("Role " + id);
  if (salary > 0) r.salary = {model::Salary::Kind::kAverage, salary, salary, {}};
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

Document lay_out(const model::Guide& guide, layout::PaperSize paper = layout::PaperSize::kA4) {
  static const testing::FakeMeasurer measurer;
  return layout::layout_guide(guide, paper, measurer);
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

TEST_CASE("layout_guide: A4 and Letter are laid out natively") {
  CHECK(lay_out(sample_guide()).pages[0].size == geom::Size{595.28, 841.89});
  CHECK(lay_out(sample_guide(), layout::PaperSize::kLetter).pages[0].size == geom::Size{612, 792});
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

TEST_CASE("layout_guide: a role three pages long continues with （续） titles") {
  model::Guide guide = sample_guide(2);
  std::string long_text;
  for (int i = 0; i < 120; ++i) long_text += "这是一段很长的职位说明文字，用来测试分页。";
  guide.roles[0].summary = txt(long_text + "\n\n" + long_text);
  const Document doc = lay_out(guide);
  // Role 1 starts on page 4 and runs for several pages before role 2.
  std::vector<std::size_t> continued;
  for (std::size_t i = 0; i < doc.pages.size(); ++i)
    if (page_text(doc.pages[i]).find("职位1（续）") != std::string::npos) continued.push_back(i);
  REQUIRE(continued.size() >= 2);
  CHECK(continued.front() == 4);
  // The contents links role 2 to its first page, after the continuations.
  const std::size_t role2 = continued.back() + 1;
  CHECK(page_text(doc.pages[role2]).find("职业 02 / 02") != std::string::npos);
  bool linked = false;
  for (const auto& item : doc.pages[1].items)
    if (const auto* link = std::get_if<layout::Link>(&item))
      linked = linked || link->target_page == int(role2);
  CHECK(linked);
  // Page M counts the continuation pages.
  const std::string total = "共 " + std::to_string(doc.pages.size()) + " 页";
  CHECK(page_text(doc.pages.back()).find(total) != std::string::npos);
}

TEST_CASE("layout_guide: nothing is placed outside the 10 mm safe area") {
  model::Guide guide = sample_guide(6);
  guide.roles[2].title = txt("一个名字非常非常非常非常非常非常非常非常长的人工智能职位");
  for (auto paper : {layout::PaperSize::kA4, layout::PaperSize::kLetter}) {
    const Document doc = lay_out(guide, paper);
    const double safe = geom::mm(10);
    for (const Page& page : doc.pages) {
      for (const TextRun* run : runs(page)) {
        CAPTURE(run->utf8);
        CHECK(run->baseline.x >= safe);
        CHECK(run->baseline.y <= page.size.height - safe);
        CHECK(run->baseline.y - run->size >= safe);
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

TEST_CASE("layout_guide: the outline lists cover, contents, chart, roles and closing") {
  const Document doc = lay_out(sample_guide(2));
  REQUIRE(doc.outline.size() == 6);
  CHECK(doc.outline[0].title == "封面");
  CHECK(doc.outline[3].title == "职位1");
  CHECK(doc.outline[3].page == 3);
  CHECK(doc.outline[5].page == 5);
  CHECK(doc.meta.language == "zh-CN");
}

TEST_CASE("dump: one line per item with coordinates at 0.01 pt") {
  const std::string text = layout::dump(lay_out(sample_guide(1)));
  CHECK(text.rfind("document title=\"2024年人工智能领域收入最高的6种工作\" lang=zh-CN pages=5\n", 0) == 0);
  CHECK(text.find("page 1 595.28x841.89 number=-\n") != std::string::npos);
  CHECK(text.find("  box 62.36,77.54 7.50x7.50 fill=#17707A\n") != std::string::npos);
}
