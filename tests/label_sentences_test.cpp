// Every printed label with placeholders reads as a correct sentence when any
// optional field it draws on is absent (issue 10): the whole guide is laid
// out with each optional field removed in turn, in both languages, and every
// printed line is searched for the marks a missing value leaves behind.

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "fake_measurer.h"
#include "layout/layout_guide.h"
#include "model/guide.h"
#include "unpacked_pages.h"

using namespace careerguide;

namespace {

model::Text txt(std::string value) { return model::Text{std::move(value), {}}; }

model::Role role(const std::string& id, const std::string& title, double salary) {
  model::Role r;
  r.id = txt(id);
  r.title = txt(title);
  r.title_en = txt("Role " + id);
  if (salary > 0) {
    const model::Hundredths cents = std::llround(salary * 100);
    r.salary = {model::Salary::Kind::kAverage, cents, cents, {}};
  }
  r.salary_note = txt(salary > 0 ? "约数。" : "暂无数据。");
  r.summary = txt("概述。");
  r.skills = {txt("技能")};
  r.steps = {{txt("开始"), txt("做一件事。")}};
  r.notes = txt("备注。");
  r.links = {{txt("主页"), txt("https://example.org/")}};
  return r;
}

// A guide with every optional field present.
model::Guide full_guide(model::Language language) {
  model::Guide g;
  g.language = language;
  g.labels = model::builtin_labels(language);
  g.title = txt("测试指南");
  g.subtitle = txt("副标题");
  g.date = txt("2024-07-12");
  g.author = txt("编者");
  g.market = txt(language == model::Language::kChinese ? "美国市场" : "US market");
  g.intro = txt("引言。");
  g.closing = txt("结语。");
  g.disclaimer = txt("免责声明。");
  model::Source source;
  source.publisher = txt("Forbes");
  source.title = txt("The Highest Paying Jobs");
  source.short_title = txt("Paying Jobs");
  source.credit = txt("整理者");
  source.date = txt("2024-07-12");
  source.place = txt("上海");
  source.url = txt("https://example.com/a");
  g.sources = {source, source};
  g.sources[1].publisher = txt("BLS");
  g.sources[1].date = txt("2024年5月");
  g.currency = {"CNY", "¥", "元", model::Period::kMonth};
  g.roles = {role("a", "甲", 12000), role("b", "乙", 15000), role("c", "丙", 0)};
  return g;
}

using Removal = std::function<void(model::Guide&)>;

// Each optional field the labels draw on, removed alone; the last removes all.
std::map<std::string, Removal> removals() {
  std::map<std::string, Removal> out{
      {"subtitle", [](model::Guide& g) { g.subtitle = {}; }},
      {"date", [](model::Guide& g) { g.date = {}; }},
      {"author", [](model::Guide& g) { g.author = {}; }},
      {"market", [](model::Guide& g) { g.market = {}; }},
      {"intro", [](model::Guide& g) { g.intro = {}; }},
      {"closing", [](model::Guide& g) { g.closing = {}; }},
      {"disclaimer", [](model::Guide& g) { g.disclaimer = {}; }},
      {"sources", [](model::Guide& g) { g.sources.clear(); }},
      {"one source", [](model::Guide& g) { g.sources.pop_back(); }},
      {"currency.name", [](model::Guide& g) { g.currency.name.clear(); }},
      {"currency.symbol", [](model::Guide& g) { g.currency.symbol.clear(); }},
      {"title_en", [](model::Guide& g) { for (auto& r : g.roles) r.title_en = {}; }},
      {"salary_note", [](model::Guide& g) { for (auto& r : g.roles) r.salary_note = {}; }},
      {"every salary", [](model::Guide& g) { for (auto& r : g.roles) r.salary = {}; }},
      {"links", [](model::Guide& g) { for (auto& r : g.roles) r.links.clear(); }},
      {"step lead", [](model::Guide& g) { for (auto& r : g.roles) r.steps[0].lead = {}; }},
  };
  const char* source_fields[] = {"publisher", "title", "short_title", "credit", "date", "place", "url"};
  for (const char* field : source_fields)
    out[std::string("sources[].") + field] = [field](model::Guide& g) {
      for (model::Source& s : g.sources) {
        const std::string f = field;
        model::Text& t = f == "publisher" ? s.publisher : f == "title" ? s.title
                         : f == "short_title" ? s.short_title : f == "credit" ? s.credit
                         : f == "date" ? s.date : f == "place" ? s.place : s.url;
        t = {};
      }
    };
  std::vector<Removal> all;
  for (const auto& [name, removal] : out) all.push_back(removal);
  out["everything optional"] = [all](model::Guide& g) {
    for (const Removal& removal : all) removal(g);
  };
  return out;
}

// The printed lines of a page: runs on one baseline, left to right.
std::vector<std::string> printed_lines(const layout::Page& page) {
  std::map<long, std::vector<const layout::TextRun*>> by_baseline;
  for (const auto& item : page.items)
    if (const auto* run = std::get_if<layout::TextRun>(&item))
      by_baseline[std::lround(run->baseline.y * 100)].push_back(run);
  std::vector<std::string> lines;
  for (auto& [y, runs] : by_baseline) {
    std::sort(runs.begin(), runs.end(),
              [](const auto* a, const auto* b) { return a->baseline.x < b->baseline.x; });
    std::string line;
    for (const auto* run : runs) line += run->utf8;
    lines.push_back(line);
  }
  return lines;
}

// What a hole in a sentence looks like: a placeholder or clause left in,
// an empty pair of brackets or quotes, punctuation doubled or dangling.
const char* const kHoles[] = {
    "{", "}", "[", "]", "（）", "()", "《》", "“”", "\"\"", "「」",
    "，。", "，，", "。。", "、。", "：。", "：，", "，）", "（，", "的，", "为的", "为，",
    " .", " ,", ",.", ", ,", "..", ":.", ": .", "  ", "· ·", "··", "in the ,", "in ,",
};

std::string hole_in(std::string line) {
  for (const char* hole : kHoles)
    if (line.find(hole) != std::string::npos) return hole;
  line.erase(0, line.find_first_not_of(' '));
  line.erase(line.find_last_not_of(' ') + 1);
  // A wrapped line may end with a comma or colon; none may start with one.
  if (line.starts_with("·") || line.ends_with("·") || line.starts_with("，") ||
      line.starts_with(",") || line.starts_with("：") || line.starts_with(":"))
    return "a dangling separator";
  return {};
}

}  // namespace

TEST_CASE("every printed line reads whole with any optional field absent, in both languages") {
  static const testing::FakeMeasurer measurer;
  for (model::Language language : {model::Language::kChinese, model::Language::kEnglish}) {
    for (const auto& [field, remove] : removals()) {
      model::Guide guide = full_guide(language);
      remove(guide);
      for (model::Paper paper : {model::Paper::kA4, model::Paper::kLetter}) {
        const testing::UnpackedDocument doc = testing::unpacked(layout::layout_guide(guide, paper, measurer));
        for (std::size_t p = 0; p < doc.pages.size(); ++p)
          for (const std::string& line : printed_lines(doc.pages[p])) {
            const std::string hole = hole_in(line);
            INFO("language ", language == model::Language::kChinese ? "zh" : "en", ", without ",
                 field, ", page ", p + 1, ": ", line);
            CHECK_MESSAGE(hole.empty(), "holds ", hole);
          }
      }
    }
  }
}

// The holes of every line of `guide` laid out on A4.
std::vector<std::string> holes_of(const model::Guide& guide) {
  static const testing::FakeMeasurer measurer;
  std::vector<std::string> holes;
  for (const layout::Page& page : testing::unpacked(layout::layout_guide(guide, model::Paper::kA4, measurer)).pages)
    for (const std::string& line : printed_lines(page))
      if (const std::string hole = hole_in(line); !hole.empty()) holes.push_back(hole);
  return holes;
}

TEST_CASE("the sweep finds the hole of a data note written without clauses") {
  model::Guide guide = full_guide(model::Language::kChinese);
  guide.labels.data_note = "数值为{market}的{salary}，单位为{name} {unit}。来源：{source}。";
  guide.market = {};
  CHECK(holes_of(guide) == std::vector<std::string>{"为的"});
  guide.sources.clear();
  CHECK(holes_of(guide) == std::vector<std::string>{"：。"});  // the first hole of the line
  guide.labels.data_note = model::builtin_labels(model::Language::kChinese).data_note;
  CHECK(holes_of(guide).empty());
}

TEST_CASE("the sentence detector finds the holes a missing value used to leave") {
  CHECK(hole_in("数值为的平均月薪") == "为的");
  CHECK(hole_in("来源：。") == "：。");
  CHECK(hole_in("figures are average pay in the , in yuan") == " ,");
  CHECK(hole_in(" · 2024年") == "a dangling separator");
  CHECK(hole_in("美国市场 · 2024年").empty());
  CHECK(hole_in("《标题》，2024年8月29日。").empty());
}
