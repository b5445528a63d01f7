#include <doctest/doctest.h>
#include <sys/stat.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "load/amount.h"
#include "load/data_file.h"
#include "load/line_checks.h"
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
std::vector<std::string> printed(const LoadResult& result) {
  std::vector<std::string> out;
  for (const model::Diagnostic& d : result.diagnostics) out.push_back(model::format_diagnostic(d));
  return out;
}

std::vector<std::string> messages_of(const std::string& yaml) { return printed(load_text(yaml)); }

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("load_guide: a file using every field loads into every model field") {
  const LoadResult result = load_guide(kData + "full.yaml");
  CHECK(printed(result).empty());
  REQUIRE(result.guide);
  const model::Guide& g = *result.guide;
  CHECK(g.source_file == kData + "full.yaml");
  CHECK(g.format == 1);
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
  CHECK(r.salary.min == 12700000);  // hundredths
  CHECK(r.salary.max == 12700000);
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
  CHECK(r2.salary.min == 10000);
  CHECK(r2.salary.max == 20000);
  CHECK(r2.steps.empty());
  CHECK(r2.getting_started.value == "一段文字");
}

TEST_CASE("load_guide: the default data files load without a single diagnostic") {
  for (const char* name : {"data/roles.yaml", "data/roles-en.yaml"}) {
    CAPTURE(name);
    const LoadResult result = load_guide(std::string(CAREERGUIDE_SOURCE_DIR "/") + name);
    CHECK(printed(result).empty());
    REQUIRE(result.guide);
    REQUIRE(result.guide->roles.size() == 6);
    CHECK(result.guide->roles[0].salary.min == 12700000);
    CHECK(result.guide->roles[4].salary.min == 15550000);
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
  // Columns count characters, not bytes, so editors land on the value.
  CHECK(messages_of("title: T\nroles:\n  - {id: a, title: 提示工程师, summary: S, salary: 很多}\n") ==
        Lines{"t.yaml:3:47: error: roles[0].salary: expected a number (got \"很多\")"});
  const LoadResult none = load_text(kMinimal + "    salary: ~\n");
  REQUIRE(none.guide);
  CHECK_FALSE(none.guide->roles[0].salary.has_figure());
}

TEST_CASE("load_guide: unknown keys are warnings with the closest known key suggested") {
  const LoadResult result = load_text(
      "title: T\nTitel: x\nroles:\n  - id: a\n    titel: A\n    title: A\n    summary: S\n"
      "    zzz: 1\ntheme: {acent: \"#1F6FEB\"}\nlabels: {note: 收入潜力}\n");
  CHECK(printed(result) ==
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

TEST_CASE("load_guide: a {name} a label does not fill in is a warning at its position, naming those it takes") {
  CHECK(messages_of(kMinimal + "language: en\nlabels:\n  summary: About {titel}\n  role_kicker: \"R {nn}/{total} {x}\"\n") ==
        Lines{"t.yaml:8:12: warning: labels.summary: {titel} is not filled in here and would print as written; "
              "this label takes no placeholders",
              "t.yaml:9:16: warning: labels.role_kicker: {x} is not filled in here and would print as written; "
              "this label takes {nn} {total}"});
  // The names a label does take, braces in prose and an unclosed brace pass.
  CHECK(messages_of(kMinimal + "labels:\n  page_footer: \"{n} / {total}\"\n  notes: \"备注 {1} {A}\"\n"
                    "  intro: \"开始 {\"\n  cover_description: \"{n} 个职位（{market}）\"\n").empty());
}

TEST_CASE("load_guide: the accent is a quoted #RRGGBB colour that prints well") {
  CHECK(messages_of(kMinimal + "theme:\n  accent: blue\n") ==
        Lines{"t.yaml:7:11: error: theme.accent: expected a colour written \"#RRGGBB\" in quotes, "
              "such as \"#1F6FEB\" (got \"blue\")"});
  CHECK(messages_of(kMinimal + "theme:\n  accent: #1F6FEB\n") ==
        Lines{"t.yaml:7:3: error: theme.accent: expected a colour written \"#RRGGBB\" in quotes, "
              "such as \"#1F6FEB\" (got nothing; without quotes, # starts a comment)"});
  const LoadResult light = load_text(kMinimal + "theme: {accent: \"#FFE000\"}\n");
  CHECK(printed(light) ==
        Lines{"t.yaml:6:17: warning: theme.accent: \"#FFE000\" is too light to print well (luma "
              "208; choose a colour with luma between 60 and 110)"});
  CHECK(light.guide);
  CHECK(messages_of(kMinimal + "theme: {accent: \"#101010\"}\n") ==
        Lines{"t.yaml:6:17: warning: theme.accent: \"#101010\" is too dark to print well (luma "
              "16; choose a colour with luma between 60 and 110)"});
}

TEST_CASE("load_guide: the other fields check their values") {
  CHECK(messages_of(kMinimal +
                    "format: 2\nlanguage: fr\ndate: 2024-02-30\nnotes_area: maybe\n"
                    "currency: {code: usd, period: week}\nchart: {sort: name, average_line: 1}\n"
                    "sources:\n  - {publisher: Forbes}\n  - text\n") ==
        Lines{"t.yaml:6:9: error: format: expected 1, the only format version this program reads "
              "(got \"2\")",
              "t.yaml:7:11: error: language: expected zh-CN or en (got \"fr\")",
              "t.yaml:8:7: error: date: expected a date written YYYY-MM-DD, such as 2024-07-12 "
              "(got \"2024-02-30\")",
              "t.yaml:9:13: error: notes_area: expected true or false (got \"maybe\")",
              "t.yaml:10:18: error: currency.code: expected a three-letter code such as USD or CNY "
              "(got \"usd\")",
              "t.yaml:10:31: error: currency.period: expected year, month or hour (got \"week\")",
              "t.yaml:11:15: error: chart.sort: expected salary or data (got \"name\")",
              "t.yaml:11:35: error: chart.average_line: expected true or false (got \"1\")",
              "t.yaml:13:5: error: sources[0].title: required but missing",
              "t.yaml:14:5: error: sources[1]: expected a mapping of keys and values (key: value) "
              "(got \"text\")"});
  CHECK(messages_of(kMinimal +
                    "    skills: Python, SQL\n"
                    "    getting_started:\n      - {lead: 观看视频}\n"
                    "    links:\n      - {label: x, url: www.example.com}\n") ==
        Lines{"t.yaml:6:13: error: roles[0].skills: expected a list (one item per line, each "
              "starting with \"- \") (got \"Python, SQL\")",
              "t.yaml:8:9: error: roles[0].getting_started[0].text: required but missing",
              "t.yaml:10:25: error: roles[0].links[0].url: expected a web address starting with "
              "https:// or http:// (got \"www.example.com\")"});
}

TEST_CASE("load_guide: problems of the whole file come together, sorted by position") {
  const LoadResult result = load_text(
      "roles:\n  - id: B\n    title: [x]\n    summary: S\n    salary: lots\nlanguage: fr\n");
  CHECK(printed(result) ==
        Lines{"t.yaml:1:1: error: title: required but missing",
              "t.yaml:2:9: error: roles[0].id: expected a slug of lowercase letters, digits and "
              "hyphens that starts with a letter, such as \"prompt-engineer\" (got \"B\")",
              "t.yaml:3:12: error: roles[0].title: expected text (got a list)",
              "t.yaml:5:13: error: roles[0].salary: expected a number (got \"lots\")",
              "t.yaml:6:11: error: language: expected zh-CN or en (got \"fr\")"});
  CHECK_FALSE(result.guide);
}

TEST_CASE("load_guide: a UTF-8 byte-order mark is accepted and not counted as a column") {
  const LoadResult result = load_guide(kData + "bom.yaml");
  CHECK(printed(result).empty());
  REQUIRE(result.guide);
  CHECK(result.guide->title.value == "BOM");
  CHECK(result.guide->title.pos.column == 8);
}

TEST_CASE("load_guide: invalid UTF-8 and NUL bytes are refused at the first bad byte") {
  CHECK(printed(load_guide(kData + "invalid-utf8.yaml")) ==
        Lines{kData + "invalid-utf8.yaml:4:18: error: invalid UTF-8 byte 0xFF; save the file as "
                      "UTF-8"});
  CHECK(messages_of(std::string("title: a\0b\n", 11)) ==
        Lines{"t.yaml:1:9: error: NUL byte (0x00) in the file; is this really a text file?"});
  CHECK(messages_of("title: \xE4\xB8\n") ==
        Lines{"t.yaml:1:8: error: invalid UTF-8 byte 0xE4; save the file as UTF-8"});
}

TEST_CASE("load_guide: UTF-16 and UTF-32 files are refused with advice to save as UTF-8") {
  CHECK(messages_of(std::string("\xFF\xFEt\0i\0", 6)) ==
        Lines{"t.yaml:1:1: error: the file is saved as UTF-16; save it as UTF-8 instead"});
  CHECK(messages_of(std::string("t\0i\0t\0", 6)) ==
        Lines{"t.yaml:1:1: error: the file is saved as UTF-16; save it as UTF-8 instead"});
  CHECK(messages_of(std::string("\0\0\xFE\xFF\0\0\0t", 8)) ==
        Lines{"t.yaml:1:1: error: the file is saved as UTF-32; save it as UTF-8 instead"});
}

TEST_CASE("load_guide: YAML syntax errors get one plain-language message") {
  CHECK(messages_of("title: T\n\troles: x\n") ==
        Lines{"t.yaml:2:1: error: tabs are not allowed for indentation; use spaces"});
  CHECK(messages_of("title: [a, b\nroles: x\n") ==
        Lines{"t.yaml:1:8: error: this list in [brackets] is not closed; add the missing \"]\""});
  CHECK(messages_of("title: T\nroles: [{id: a, title: A\n") ==
        Lines{"t.yaml:2:9: error: this mapping in {braces} is not closed; add the missing "
              "\"}\""});
  CHECK(messages_of("title: T\nroles:\n  - id: a\n    title: \"A\n    summary: S\n") ==
        Lines{"t.yaml:4:12: error: roles[0].title: the quoted text starting here has no "
              "closing \""});
  CHECK(messages_of("title: 标题: 二\n") ==
        Lines{"t.yaml:1:10: error: unexpected \":\" here; put text that contains \": \" in "
              "quotes, or check the indentation"});
  CHECK(messages_of("title: T\nroles:\n  - id: a\n    title: b\n   summary: c\n") ==
        Lines{"t.yaml:5:4: error: the indentation here does not match the lines above; items of "
              "one list and their keys need the same number of spaces"});
  CHECK(messages_of("- a\ntitle: T\n") ==
        Lines{"t.yaml:2:1: error: only one YAML document is allowed in a data file, and a second "
              "one starts here; check the indentation, or remove the \"---\" above it"});
}

TEST_CASE("load_guide: empty files, comments only and a top level that is not a mapping") {
  CHECK(messages_of("") ==
        Lines{"t.yaml:1:1: error: the file is empty; it needs at least \"title:\" and \"roles:\""});
  CHECK(messages_of("# only a comment\n\n   # another\n") ==
        Lines{"t.yaml:1:1: error: the file has only comments and no data; it needs at least "
              "\"title:\" and \"roles:\""});
  CHECK(messages_of("- title: T\n") ==
        Lines{"t.yaml:1:1: error: expected keys such as \"title:\" and \"roles:\" at the top "
              "level (got a list)"});
  CHECK(messages_of("just text\n") ==
        Lines{"t.yaml:1:1: error: expected keys such as \"title:\" and \"roles:\" at the top "
              "level (got \"just text\")"});
}

namespace {

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

}  // namespace

TEST_CASE("load_guide: nesting deeper than the limit is refused, even 100,000 levels") {
  CHECK(messages_of("title: " + repeat("[", 100'000) + repeat("]", 100'000) + "\n") ==
        Lines{"t.yaml:1:71: error: lists and mappings are nested more than 64 levels deep; this "
              "is the limit"});
  CHECK(messages_of(repeat("- ", 100'000) + "x\n") ==
        Lines{"t.yaml:1:129: error: lists and mappings are nested more than 64 levels deep; this "
              "is the limit"});
  std::string block;
  for (int level = 0; level < 100; ++level) block += std::string(2 * level, ' ') + "k:\n";
  CHECK(messages_of(block) ==
        Lines{"t.yaml:65:129: error: lists and mappings are nested more than 64 levels deep; "
              "this is the limit"});
}

TEST_CASE("load_guide: alias bombs and self-referencing anchors are refused") {
  std::string bomb = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (char name = 'b'; name <= 'j'; ++name) {
    bomb += std::string{name} + ": &" + name + " [";
    for (int i = 0; i < 9; ++i) bomb += std::string(i ? ", *" : "*") + char(name - 1);
    bomb += "]\n";
  }
  CHECK(messages_of(bomb) ==
        Lines{"t.yaml:6:8: error: the lists hold more than 100000 items in all, counting each use "
              "of an alias (\"*name\") in full; this is the limit"});
  CHECK(messages_of("title: &t [a, *t]\n") ==
        Lines{"t.yaml:1:15: error: title[1]: alias \"*t\" refers to the list or mapping that "
              "contains it"});
  CHECK(messages_of("title: *nowhere\n") ==
        Lines{"t.yaml:1:8: error: this alias refers to an anchor that is not defined above it"});
  const LoadResult shared = load_text(
      "title: T\nroles:\n  - &first {id: a, title: A, summary: S}\n  - {id: b, title: B, summary: S}\n");
  CHECK(shared.guide);
}

TEST_CASE("load_guide: huge texts, files and role lists are refused naming the limit") {
  CHECK(messages_of("title: " + repeat("x", 10'000'000) + "\nroles: []\n") ==
        Lines{"t.yaml:1:8: error: title: the text is 10000000 bytes long; the limit is 100000 "
              "bytes",
              "t.yaml:2:8: error: roles: needs at least one role (the list is empty)"});
  CHECK(messages_of(repeat("# padding\n", 1'700'000)) ==
        Lines{"t.yaml: error: the file is larger than 16777216 bytes (16 MiB), the limit for a "
              "data file"});
  const LoadResult endless = load_guide("/dev/zero");  // read no further than the limit
  CHECK(printed(endless) ==
        Lines{"/dev/zero: error: the file is larger than 16777216 bytes (16 MiB), the limit for a "
              "data file"});
  std::string keys = "title: {";
  for (int i = 0; i < 500'000; ++i) keys += "k" + std::to_string(i) + ": a, ";
  CHECK(messages_of(keys + "k: a}\n") ==
        Lines{"t.yaml:1:5888884: error: the data has more than 1000000 values, counting each use "
              "of an alias (\"*name\") in full; this is the limit"});
  CHECK(messages_of("title: [" + repeat("a, ", 1'000'000) + "a]\n") ==
        Lines{"t.yaml:1:300009: error: the lists hold more than 100000 items in all, counting "
              "each use of an alias (\"*name\") in full; this is the limit"});
  std::string many = "title: T\nroles:\n";
  for (int i = 0; i <= 10'000; ++i) {
    many += "  - {id: r" + std::to_string(i) + ", title: R, summary: S}\n";
  }
  CHECK(messages_of(many) ==
        Lines{"t.yaml:3:3: error: roles: 10001 roles; the limit is 10000"});
}

TEST_CASE("load_guide: only the first 1000 problems are listed, then a count of the rest") {
  std::string yaml = kMinimal + "    skills:\n";
  for (int i = 0; i < 1500; ++i) yaml += "      - [x]\n";
  const Lines lines = messages_of(yaml);
  REQUIRE(lines.size() == 1001);
  CHECK(lines[0] == "t.yaml:7:9: error: roles[0].skills[0]: expected text (got a list)");
  CHECK(lines[1000] == "t.yaml: error: 500 more problems not shown (only the first 1000 are listed)");
}

TEST_CASE("load_guide: an empty item points at its own dash, not at the next line") {
  CHECK(messages_of(kMinimal + "    skills:\n      - \n      # a comment\n      - [x]\n") ==
        Lines{"t.yaml:7:7: error: roles[0].skills[0]: expected text (got nothing)",
              "t.yaml:9:9: error: roles[0].skills[1]: expected text (got a list)"});
  CHECK(messages_of("title: ~\nroles:\n  - id: a\n    title:    # to do\n\n    summary: S\n") ==
        Lines{"t.yaml:1:8: error: title: required but empty",
              "t.yaml:4:5: error: roles[0].title: required but empty"});
}

TEST_CASE("load_guide: a bad value is quoted on one line and cut after 40 characters") {
  CHECK(messages_of(kMinimal + "    salary: |\n      one\n      two\n") ==
        Lines{"t.yaml:6:13: error: roles[0].salary: expected a number (got \"one two \")"});
  CHECK(messages_of(kMinimal + "    salary: 一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二\n") ==
        Lines{"t.yaml:6:13: error: roles[0].salary: expected a number (got "
              "\"一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十…\")"});
}

TEST_CASE("check_lines: Chinese-keyboard slips only where YAML structure needs ASCII") {
  const auto found = [](const std::string& text) {
    std::vector<std::string> out;
    for (const load::LineFinding& f : load::check_lines(text)) {
      out.push_back(std::to_string(f.offset) + " " + f.replacement + "|" +
                    (f.message ? messages::english(*f.message) : std::string()));
    }
    return out;
  };
  CHECK(found("title_en：Data\n") ==
        Lines{"8 : |full-width colon \"：\" after the key \"title_en\"; write an ASCII colon and "
              "a space, \"title_en: \""});
  CHECK(found("summary: 要求：熟悉\n\"a：b\": x\nskills: [\"要求：熟悉\"]\n").empty());
  CHECK(found("summary: |\n  　　第一段：内容\n  url:x\nid：a\n").size() == 1);
  CHECK(found("- mailto:someone@example.com\nurl: https://x\n").empty());
  CHECK(found("s: {min：1，max：2}\n").size() == 3);
  CHECK(found("　　a: 1\n").size() == 1);  // one message for a run of full-width spaces
  CHECK(load::repair_lines("a: 1\r  b：2\r", load::check_lines("a: 1\r  b：2\r")) ==
        "a: 1\n  b: 2\n");
}

TEST_CASE("original_column: columns after a repair map back to the text as written") {
  const std::vector<load::ColumnShift> shifts{{5, 13, 1, 2}, {5, 20, 1, 0}};
  CHECK(load::original_column(5, 12, shifts) == 12);
  CHECK(load::original_column(5, 14, shifts) == 13);  // inside the repair: at its start
  CHECK(load::original_column(5, 16, shifts) == 15);
  CHECK(load::original_column(5, 30, shifts) == 30);  // +1 and -1 cancel out
  CHECK(load::original_column(6, 16, shifts) == 16);
}

TEST_CASE("load_guide: after keyboard slips the rest of the file is checked at true columns") {
  CHECK(messages_of("title: T\nroles:\n  - id：A b\n    title: A\n    summary: S\n") ==
        Lines{"t.yaml:3:7: error: full-width colon \"：\" after the key \"id\"; write an ASCII "
              "colon and a space, \"id: \"",
              "t.yaml:3:8: error: roles[0].id: expected a slug of lowercase letters, digits and "
              "hyphens that starts with a letter, such as \"prompt-engineer\" (got \"A b\")"});
  // A tab's width is a guess, so nothing is checked after it.
  CHECK(messages_of("title: T\n\troles: x\n") ==
        Lines{"t.yaml:2:1: error: tabs are not allowed for indentation; use spaces"});
}

TEST_CASE("load_guide: a file in GBK is named as such, one broken UTF-8 character is not") {
  CHECK(messages_of("title: \xCA\xFD\xBE\xDD\n") ==
        Lines{"t.yaml:1:8: error: invalid UTF-8 byte 0xCA: the file looks like it is saved as "
              "GBK (Chinese Windows); save it as UTF-8 (Notepad: 另存为 → 编码 UTF-8)"});
  CHECK(messages_of("title: 职业\xE4\xB8\n") ==
        Lines{"t.yaml:1:10: error: invalid UTF-8 byte 0xE4; save the file as UTF-8"});
}

TEST_CASE("load_guide: null keys, complex keys and merge keys are reported where they are") {
  CHECK(messages_of(kMinimal + "    ~: x\n") ==
        Lines{"t.yaml:6:5: error: roles[0]: expected a key name (got nothing)"});
  CHECK(messages_of(kMinimal + "    ? [a, b]\n    : x\n    ? {x: 1}\n    : y\n") ==
        Lines{"t.yaml:6:7: error: roles[0]: a list or mapping as a key (\"? …\") is not "
              "supported; keys are plain text, such as \"title\"",
              "t.yaml:8:7: error: roles[0]: a list or mapping as a key (\"? …\") is not "
              "supported; keys are plain text, such as \"title\""});
  CHECK(messages_of("title: T\nroles:\n  - &a {id: a, title: A, summary: S}\n  - <<: *a\n") ==
        Lines{"t.yaml:4:5: error: roles[1]: merge keys (\"<<\") are not supported; repeat the "
              "fields in each mapping"});
  CHECK(messages_of("title: T\nroles:\n  - &a {id: a, title: A, summary: S}\n  - *a\n") ==
        Lines{"t.yaml:4:5: error: roles[1].id: duplicate id \"a\" (first used on line 3)"});
}

TEST_CASE("load_guide: aliases cannot grow the texts beyond 16 MiB in all") {
  std::string yaml = "title: &t " + std::string(99'000, 'x') + "\nroles:\n";
  for (int i = 0; i < 200; ++i) {
    yaml += "  - {id: r" + std::to_string(i) + ", title: *t, summary: S}\n";
  }
  CHECK(messages_of(yaml) ==
        Lines{"t.yaml:171:23: error: the texts add up to more than 16777216 bytes (16 MiB), "
              "counting each use of an alias (\"*name\") in full; this is the limit"});
}

// ---- Salary amounts -------------------------------------------------------

TEST_CASE("round_amount: 0 and 0.01 to 1e12 as written are accepted, exactly at both bounds") {
  const auto exact = [](std::string_view text, int decimals) -> std::optional<std::int64_t> {
    const auto value = load::parse_decimal(text);
    REQUIRE(value);
    const auto rounded = load::round_amount(*value, decimals);
    return rounded ? std::optional(rounded->value) : std::nullopt;
  };
  CHECK(exact("0", 2) == 0);
  CHECK(exact("0.01", 2) == 1);
  CHECK(exact("1e12", 2) == model::kMaxSalary);
  CHECK(exact("1000000000000.00", 0) == model::kMaxSalary);
  CHECK(exact("999999999999.995", 2) == model::kMaxSalary);
  CHECK(exact("0.009", 2) == std::nullopt);
  CHECK(exact("1e-320", 2) == std::nullopt);
  CHECK(exact("1000000000000.001", 2) == std::nullopt);
  CHECK(exact("99999999999999999999999", 0) == std::nullopt);
  CHECK(exact("1e308", 0) == std::nullopt);
  CHECK(exact("1e99999999999999", 0) == std::nullopt);
}

TEST_CASE("round_amount: rounds a half up once, from the decimal text") {
  const auto rounded = [](std::string_view text, int decimals) {
    return load::round_amount(*load::parse_decimal(text), decimals).value();
  };
  CHECK(rounded("45000.50", 0).value == 4500100);
  CHECK(rounded("45000.50", 0).changed);
  CHECK(rounded("45000.4999", 0).value == 4500000);
  CHECK(rounded("45000.00", 0).value == 4500000);
  CHECK_FALSE(rounded("45000.00", 0).changed);
  CHECK(rounded("15.5", 2).value == 1550);
  CHECK_FALSE(rounded("15.5", 2).changed);
  CHECK(rounded("41.375", 2).value == 4138);
  CHECK(rounded("1.005", 2).value == 101);  // as a double 1.005 is 1.00499999…
  CHECK(rounded("4.5e4", 0).value == 4500000);
}

TEST_CASE("amount_hint and range_hint: money as people write it, as the plain number it means") {
  CHECK(load::amount_hint("¥45,000") == "45000");
  CHECK(load::amount_hint("45000元") == "45000");
  CHECK(load::amount_hint("45k") == "45000");
  CHECK(load::amount_hint("4.5万") == "45000");
  CHECK(load::amount_hint("4.5万元") == "45000");
  CHECK(load::amount_hint("$15.50") == "15.5");
  CHECK(load::amount_hint("45000").empty());
  CHECK(load::amount_hint("lots").empty());
  CHECK(load::range_hint("25000-40000") == "{min: 25000, max: 40000}");
  CHECK(load::range_hint("¥25,000–¥40,000") == "{min: 25000, max: 40000}");
  CHECK(load::range_hint("40000 ~ 25000") == "{min: 25000, max: 40000}");
  CHECK(load::range_hint("25-40k") == "{min: 25000, max: 40000}");
  CHECK(load::range_hint("-5").empty());
  CHECK(load::range_hint("a-b").empty());
}

TEST_CASE("load_guide: a quoted currency symbol keeps its spaces, a plain one is trimmed") {
  const auto symbol_of = [](const std::string& written) {
    const LoadResult result = load_text(
        "title: T\ncurrency: {code: CHF, symbol: " + written + "}\nroles:\n  - {id: a, title: A, summary: S}\n");
    REQUIRE(result.guide);
    return result.guide->currency.symbol;
  };
  CHECK(symbol_of("\"CHF \"") == "CHF ");
  CHECK(symbol_of("HK$") == "HK$");
}

TEST_CASE("load_guide: an hourly salary keeps its hundredths, a monthly one is rounded with a warning") {
  const LoadResult hourly = load_text(
      "title: T\ncurrency: {period: hour}\nroles:\n  - {id: a, title: A, summary: S, salary: 15.5}\n");
  REQUIRE(hourly.guide);
  CHECK(hourly.guide->roles[0].salary.min == 1550);
  CHECK(hourly.diagnostics.empty());
  const LoadResult monthly = load_text(
      "title: T\ncurrency: {period: month}\nroles:\n  - {id: a, title: A, summary: S, salary: 45000.50}\n");
  REQUIRE(monthly.guide);
  CHECK(monthly.guide->roles[0].salary.min == 4500100);
  REQUIRE(monthly.diagnostics.size() == 1);
  CHECK(monthly.diagnostics[0].severity == model::Severity::kWarning);
}

TEST_CASE("non_regular_data_problem: a FIFO is refused at once, a regular file passes") {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / "careerguide-load-test-fifo";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string fifo = (dir / "pipe.yaml").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const auto problem = load::non_regular_data_problem(fifo);
  REQUIRE(problem);
  CHECK(messages::english(*problem) ==
        "cannot read " + fifo + ": it is a FIFO (named pipe), not a data file; give a regular file");
  CHECK_FALSE(load::non_regular_data_problem(CAREERGUIDE_SOURCE_DIR "/data/roles.yaml"));
  CHECK_FALSE(load::non_regular_data_problem((dir / "missing.yaml").string()));
}

TEST_CASE("load_guide: an accent just outside the luma range is said as outside it, not rounded into it") {
  // #8B1A1A: luma 59.8.
  CHECK(messages_of(kMinimal + "theme: {accent: \"#8B1A1A\"}\n") ==
        Lines{"t.yaml:6:17: warning: theme.accent: \"#8B1A1A\" is too dark to print well (luma "
              "59; choose a colour with luma between 60 and 110)"});
}
