#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

#include "load/load_guide.h"

namespace doctest {
/// Shows lists of messages one per line when a comparison fails.
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& lines) {
    std::string out = "{";
    for (const std::string& line : lines) out += "\n  " + line;
    return (out + "\n}").c_str();
  }
};
}  // namespace doctest

using namespace careerguide;
using load::load_guide;
using load::load_guide_from_string;
using load::LoadResult;

namespace {

const std::string kData = CAREERGUIDE_TEST_DATA "/load/";

/// A valid guide with one role, to which tests append or in which they replace text.
const std::string kMinimal =
    "title: T\n"
    "roles:\n"
    "  - id: a\n"
    "    title: A\n"
    "    summary: S\n";

LoadResult load_text(const std::string& yaml) {
  return load_guide_from_string(yaml, "t.yaml", "data");
}

/// Every diagnostic as the program prints it.
std::vector<std::string> messages(const LoadResult& result) {
  std::vector<std::string> out;
  for (const model::Diagnostic& d : result.diagnostics) out.push_back(model::format_diagnostic(d));
  return out;
}

std::vector<std::string> messages_of(const std::string& yaml) { return messages(load_text(yaml)); }

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("load_guide: a file using every field loads into every model field") {
  const LoadResult result = load_guide(kData + "full.yaml");
  CHECK(messages(result).empty());
  REQUIRE(result.guide);
  const model::Guide& g = *result.guide;
  CHECK(g.source_file == kData + "full.yaml");
  CHECK(g.title.value == "全字段测试");
  CHECK(g.title.pos == model::SourcePos{kData + "full.yaml", 3, 8});
  CHECK(g.subtitle.value == "职业指南手册");
  CHECK(g.language == model::Language::kChinese);
  CHECK(g.date.value == "2024-07-12");
  CHECK(g.author.value == "编辑部");
  CHECK(g.market.value == "美国市场");
  CHECK(g.intro.value == "第一段。\n\n第二段。");
  CHECK(g.closing.value == "结语文字");
  CHECK(g.disclaimer.value == "仅供参考");
  CHECK_FALSE(g.notes_area);
  REQUIRE(g.sources.size() == 1);
  const model::Source& s = g.sources[0];
  CHECK(s.publisher.value == "Forbes");
  CHECK(s.title.value == "The Long Title");
  CHECK(s.short_title.value == "Short");
  CHECK(s.credit.value == "AI深度研究员");
  CHECK(s.date.value == "2024-07-12");
  CHECK(s.place.value == "上海");
  CHECK(s.url.value == "https://example.com/a");
  CHECK(g.currency.code == "EUR");
  CHECK(g.currency.symbol == "€");
  CHECK(g.currency.name == "欧元");
  CHECK(g.currency.period == model::Period::kMonth);
  CHECK(g.chart.sort == model::ChartSort::kData);
  CHECK(g.chart.average_line);
}

TEST_CASE("load_guide: theme, labels and roles of the full file") {
  const LoadResult result = load_guide(kData + "full.yaml");
  REQUIRE(result.guide);
  const model::Guide& g = *result.guide;
  CHECK(g.theme.paper == model::Paper::kLetter);
  CHECK(g.theme.accent == geom::Color{0x1F, 0x6F, 0xEB});
  CHECK(g.theme.accent_pos.line == 28);
  // Font paths resolve against the data file's folder, lexically normalised.
  CHECK(g.theme.regular.file == CAREERGUIDE_SOURCE_DIR "/fonts/Regular.ttf");
  CHECK(g.theme.regular.index == 0);
  CHECK(g.theme.bold.file == kData + "fonts/Bold.ttc");
  CHECK(g.theme.bold.index == 2);
  CHECK(g.theme.fallback.file == "/usr/share/fonts/x.ttf");
  CHECK(g.labels.notes == "收入潜力");
  CHECK(g.labels.unit_year == "每年");
  CHECK(g.labels.skills == "核心技能");  // not overridden: built-in
  REQUIRE(g.roles.size() == 2);
  const model::Role& r = g.roles[0];
  CHECK(r.id.value == "first-role");
  CHECK(r.pos == model::SourcePos{kData + "full.yaml", 37, 5});
  CHECK(r.title.value == "第一个职位");
  CHECK(r.title_en.value == "First role");
  CHECK(r.salary.kind == model::Salary::Kind::kAverage);
  CHECK(r.salary.min == 127000);
  CHECK(r.salary.max == 127000);
  CHECK(r.salary_note.value == "约数");
  CHECK(r.summary.value == "概述");
  REQUIRE(r.skills.size() == 2);
  CHECK(r.skills[1].value == "技能二");
  REQUIRE(r.steps.size() == 2);
  CHECK(r.steps[0].lead.empty());
  CHECK(r.steps[0].body.value == "纯文字步骤");
  CHECK(r.steps[1].lead.value == "观看视频");
  CHECK(r.steps[1].body.value == "从公开的课程开始");
  CHECK(r.notes.value == "备注文字");
  REQUIRE(r.links.size() == 1);
  CHECK(r.links[0].label.value == "官网");
  CHECK(r.links[0].url.value == "https://example.com");
  const model::Role& r2 = g.roles[1];
  CHECK(r2.title.value == "2024");  // a number where text belongs is text
  CHECK(r2.salary.kind == model::Salary::Kind::kRange);
  CHECK(r2.salary.min == 100);
  CHECK(r2.salary.max == 200.5);
  CHECK(r2.steps.empty());
  CHECK(r2.getting_started.value == "一段文字");
}

TEST_CASE("load_guide: the default data files load without a single diagnostic") {
  for (const char* name : {"data/roles.yaml", "data/roles-en.yaml"}) {
    CAPTURE(name);
    const LoadResult result = load_guide(std::string(CAREERGUIDE_SOURCE_DIR "/") + name);
    CHECK(messages(result).empty());
    REQUIRE(result.guide);
    REQUIRE(result.guide->roles.size() == 6);
    CHECK(result.guide->roles[0].salary.min == 127000);
    CHECK(result.guide->roles[4].salary.min == 155500);
    CHECK_FALSE(result.guide->roles[5].salary.has_figure());
    CHECK_FALSE(result.guide->roles[5].salary_note.empty());
    CHECK(result.guide->date.value == "2024-07-12");
  }
  const LoadResult en = load_guide(CAREERGUIDE_SOURCE_DIR "/data/roles-en.yaml");
  REQUIRE(en.guide);
  CHECK(en.guide->language == model::Language::kEnglish);
  CHECK(en.guide->labels.skills == "Key skills");
}

TEST_CASE("load_guide: a missing file or a folder cannot be read") {
  CHECK_THROWS_WITH_AS(load_guide(kData + "no-such.yaml"),
                       ("cannot read " + kData + "no-such.yaml: No such file or directory").c_str(),
                       load::InputError);
  CHECK_THROWS_WITH_AS(load_guide(CAREERGUIDE_TEST_DATA),
                       ("cannot read " CAREERGUIDE_TEST_DATA ": it is a folder, not a data file"),
                       load::InputError);
}

TEST_CASE("load_guide: required fields missing are errors at the enclosing mapping") {
  CHECK(messages_of("subtitle: x\n") ==
        Lines{"t.yaml:1:1: error: title: required but missing",
              "t.yaml:1:1: error: roles: required but missing"});
  CHECK(messages_of("title: T\nroles:\n  - title_en: A\n") ==
        Lines{"t.yaml:3:5: error: roles[0].id: required but missing",
              "t.yaml:3:5: error: roles[0].title: required but missing",
              "t.yaml:3:5: error: roles[0].summary: required but missing"});
  CHECK(messages_of("title:\nroles: []\n") ==
        Lines{"t.yaml:1:1: error: title: required but empty",
              "t.yaml:2:8: error: roles: needs at least one role (the list is empty)"});
}

TEST_CASE("load_guide: a list or mapping where text belongs is an error") {
  CHECK(messages_of("title: [a, b]\nsubtitle: {x: 1}\nroles:\n  - {id: a, title: A, summary: S}\n") ==
        Lines{"t.yaml:1:8: error: title: expected text (got a list)",
              "t.yaml:2:11: error: subtitle: expected text (got a mapping)"});
}

TEST_CASE("load_guide: font paths resolve against the data file's folder, as written") {
  const std::string theme =
      "theme:\n"
      "  fonts:\n"
      "    regular: ../fonts/X.ttf\n"
      "    bold: {file: sub/./B.ttc, index: 1}\n";
  const LoadResult relative = load_guide_from_string(kMinimal + theme, "data/g.yaml", "data");
  REQUIRE(relative.guide);
  CHECK(relative.guide->theme.regular.file == "fonts/X.ttf");
  CHECK(relative.guide->theme.regular.pos == model::SourcePos{"data/g.yaml", 8, 14});
  CHECK(relative.guide->theme.bold.file == "data/sub/B.ttc");
  CHECK(relative.guide->theme.bold.index == 1);
  CHECK_FALSE(relative.guide->theme.fallback.set());
  const LoadResult here = load_guide_from_string(kMinimal + theme, "g.yaml", "");
  REQUIRE(here.guide);
  CHECK(here.guide->theme.regular.file == "../fonts/X.ttf");
  CHECK(messages_of(kMinimal + "theme:\n  fonts:\n    bold: {file: B.ttc, index: -1}\n"
                               "    regular: \"\"\n") ==
        Lines{"t.yaml:8:32: error: theme.fonts.bold.index: expected a face number 0, 1, 2 … "
              "inside a .ttc collection (got \"-1\")",
              "t.yaml:9:14: error: theme.fonts.regular: expected a font file path (got \"\")"});
}

TEST_CASE("load_guide: ids must be unique slugs") {
  CHECK(messages_of("title: T\nroles:\n"
                    "  - {id: 123, title: A, summary: S}\n"
                    "  - {id: Prompt Engineer, title: B, summary: S}\n"
                    "  - {id: ok-1, title: C, summary: S}\n"
                    "  - {id: ok-1, title: D, summary: S}\n") ==
        Lines{"t.yaml:3:10: error: roles[0].id: expected a slug of lowercase letters, digits and "
              "hyphens that starts with a letter, such as \"prompt-engineer\" (got \"123\")",
              "t.yaml:4:10: error: roles[1].id: expected a slug of lowercase letters, digits and "
              "hyphens that starts with a letter, such as \"prompt-engineer\" (got \"Prompt "
              "Engineer\")",
              "t.yaml:6:10: error: roles[3].id: duplicate id \"ok-1\" (first used on line 5)"});
}

TEST_CASE("load_guide: salaries are numbers of 0 or more, or ranges with min <= max") {
  CHECK(messages_of("title: T\nroles:\n"
                    "  - {id: a, title: A, summary: S, salary: lots}\n"
                    "  - {id: b, title: B, summary: S, salary: \"127,000\"}\n"
                    "  - {id: c, title: C, summary: S, salary: -5}\n"
                    "  - {id: d, title: D, summary: S, salary: {min: 9, max: 3}}\n"
                    "  - {id: e, title: E, summary: S, salary: [1, 2]}\n"
                    "  - {id: f, title: F, summary: S, salary: {min: 1}}\n") ==
        Lines{"t.yaml:3:43: error: roles[0].salary: expected a number (got \"lots\")",
              "t.yaml:4:43: error: roles[1].salary: expected a number (got \"127,000\"); write it "
              "as 127000",
              "t.yaml:5:43: error: roles[2].salary: expected a number of 0 or more (got \"-5\")",
              "t.yaml:6:49: error: roles[3].salary.min: 9 is above max (3)",
              "t.yaml:7:43: error: roles[4].salary: expected a number (got a list)",
              "t.yaml:8:43: error: roles[5].salary.max: required but missing"});
  const LoadResult none = load_text(kMinimal + "    salary: ~\n");
  REQUIRE(none.guide);
  CHECK_FALSE(none.guide->roles[0].salary.has_figure());
}

TEST_CASE("load_guide: unknown keys are warnings with the closest known key suggested") {
  const LoadResult result = load_text(
      "title: T\nTitel: x\nroles:\n  - id: a\n    titel: A\n    title: A\n    summary: S\n"
      "    zzz: 1\ntheme: {acent: \"#1F6FEB\"}\nlabels: {note: 收入潜力}\n");
  CHECK(messages(result) ==
        Lines{"t.yaml:2:1: warning: Titel: unknown key (did you mean \"title\"?)",
              "t.yaml:5:5: warning: roles[0].titel: unknown key (did you mean \"title\"?)",
              "t.yaml:8:5: warning: roles[0].zzz: unknown key (ignored)",
              "t.yaml:9:9: warning: theme.acent: unknown key (did you mean \"accent\"?)",
              "t.yaml:10:10: warning: labels.note: unknown key (did you mean \"notes\"?)"});
  CHECK(result.guide);  // warnings alone do not stop the guide
}

TEST_CASE("load_guide: duplicate keys are errors naming the first line") {
  CHECK(messages_of("title: T\nroles:\n  - id: a\n    title: A\n    summary: S\n    title: B\n"
                    "title: U\n") ==
        Lines{"t.yaml:6:5: error: roles[0].title: duplicate key (first on line 4)",
              "t.yaml:7:1: error: title: duplicate key (first on line 1)"});
}

TEST_CASE("load_guide: label overrides replace built-in labels of the chosen language") {
  const LoadResult result =
      load_text(kMinimal + "language: en\nlabels:\n  notes: Income potential\n  continued: \"\"\n");
  REQUIRE(result.guide);
  CHECK(result.guide->language == model::Language::kEnglish);
  CHECK(result.guide->labels.notes == "Income potential");
  CHECK(result.guide->labels.continued.empty());
  CHECK(result.guide->labels.skills == "Key skills");
  CHECK(messages_of(kMinimal + "labels: [a]\n") ==
        Lines{"t.yaml:6:9: error: labels: expected a mapping of keys and values (key: value) "
              "(got a list)"});
}
