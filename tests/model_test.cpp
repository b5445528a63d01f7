#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/guide.h"
#include "model/labels.h"
#include "model/text_walk.h"

using namespace careerguide::model;
using careerguide::messages::english;

using careerguide::messages::message;
using careerguide::messages::MessageId;
using careerguide::messages::verbatim;

TEST_CASE("format_diagnostic: FILE:LINE:COLUMN: error: MESSAGE") {
  const Diagnostic d{{"data/roles.yaml", 12, 5}, Severity::kError,
                     message(MessageId::kExpected, {{"what", message(MessageId::kANumber)},
                                                    {"value", message(MessageId::kQuoted, {{"text", "lots"}})}}),
                     "roles[2].salary"};
  CHECK(format_diagnostic(d) ==
        "data/roles.yaml:12:5: error: roles[2].salary: expected a number (got \"lots\")");
  // The prefix and the key path stay as they are in Chinese; only the message changes.
  CHECK(format_diagnostic(d, careerguide::messages::Language::kChinese) ==
        "data/roles.yaml:12:5: error: roles[2].salary: 应为数字，实际为 \"lots\"");
}

TEST_CASE("format_diagnostic: warnings and unknown positions") {
  CHECK(format_diagnostic({{"a.yaml", 3, 0}, Severity::kWarning, verbatim("x")}) == "a.yaml:3: warning: x");
  CHECK(format_diagnostic({{"a.yaml", 0, 0}, Severity::kError, verbatim("empty")}) == "a.yaml: error: empty");
}

TEST_CASE("sort_by_position: orders by line then column, stable") {
  std::vector<Diagnostic> ds{{{"f", 9, 1}, Severity::kError, verbatim("c")},
                             {{"f", 2, 7}, Severity::kError, verbatim("b")},
                             {{"f", 2, 3}, Severity::kWarning, verbatim("a")},
                             {{"f", 9, 1}, Severity::kError, verbatim("d")}};
  sort_by_position(ds);
  CHECK(english(ds[0].message) == "a");
  CHECK(english(ds[1].message) == "b");
  CHECK(english(ds[2].message) == "c");
  CHECK(english(ds[3].message) == "d");
  CHECK(has_errors(ds));
  CHECK_FALSE(has_errors({{{"f", 1, 1}, Severity::kWarning, verbatim("w")}}));
}

TEST_CASE("fill: replaces known placeholders and keeps the rest") {
  CHECK(fill("第 {n} 页 / 共 {total} 页", {{"n", "3"}, {"total", "10"}}) == "第 3 页 / 共 10 页");
  CHECK(fill("{unknown} {n}", {{"n", "1"}}) == "{unknown} 1");
  CHECK(fill("unclosed {n", {{"n", "1"}}) == "unclosed {n");
}

TEST_CASE("builtin_labels: every key has a text in both languages") {
  const Labels zh = builtin_labels(Language::kChinese);
  const Labels en = builtin_labels(Language::kEnglish);
  for (const LabelKey& key : label_keys()) {
    // Subtitles in the second language are empty in the English edition by design.
    if (key.key.ends_with("_en") || key.key.ends_with("subtitle")) continue;
    CAPTURE(key.key);
    CHECK_FALSE((zh.*key.member).empty());
    CHECK_FALSE((en.*key.member).empty());
  }
}

TEST_CASE("label_keys: every {name} in a built-in label is one the label declares it takes") {
  for (const Language language : {Language::kChinese, Language::kEnglish}) {
    const Labels labels = builtin_labels(language);
    for (const LabelKey& key : label_keys()) {
      const std::string& text = labels.*key.member;
      for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
        const std::size_t close = text.find('}', open);
        REQUIRE(close != std::string::npos);
        const std::string name = text.substr(open + 1, close - open - 1);
        CAPTURE(key.key);
        CAPTURE(name);
        const std::string declared = " " + std::string(key.placeholders) + " ";
        CHECK(declared.find(" " + name + " ") != std::string::npos);
      }
    }
  }
}

TEST_CASE("fill_clauses: a bracketed clause is dropped when one of its fields is empty") {
  const std::string pattern = "数值为[{market}的]{salary}。[来源：{source}。]";
  CHECK(fill_clauses(pattern, {{"market", "中国市场"}, {"salary", "平均月薪"}, {"source", "某报告"}}) ==
        "数值为中国市场的平均月薪。来源：某报告。");
  CHECK(fill_clauses(pattern, {{"market", ""}, {"salary", "平均月薪"}, {"source", "某报告"}}) ==
        "数值为平均月薪。来源：某报告。");
  CHECK(fill_clauses(pattern, {{"market", "中国市场"}, {"salary", "平均月薪"}}) == "数值为中国市场的平均月薪。");
  CHECK(fill_clauses("no clause {n}", {{"n", "1"}}) == "no clause 1");
  CHECK(fill_clauses("unclosed [clause {n}", {{"n", "1"}}) == "unclosed [clause 1");
}

TEST_CASE("builtin_labels: the zh-CN labels hold no English words but the English subtitles") {
  const Labels zh = builtin_labels(Language::kChinese);
  for (const LabelKey& key : label_keys()) {
    if (key.key == "contents_subtitle" || key.key == "chart_subtitle_en" || key.key == "closing_entry_en" ||
        key.key == "closing_subtitle")
      continue;
    const std::string text = fill(zh.*key.member, {});
    std::string outside;  // the text outside {placeholders}
    int depth = 0;
    for (char c : text) {
      if (c == '{') ++depth;
      if (depth == 0) outside += c;
      if (c == '}') --depth;
    }
    CAPTURE(key.key);
    CHECK(std::none_of(outside.begin(), outside.end(),
                       [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }));
  }
}

TEST_CASE("escape_for_message: controls, bidi marks and line separators become \\u{…}") {
  CHECK(escape_for_message("a\nb\x1B[2J\x7F") == "a\\u{0A}b\\u{1B}[2J\\u{7F}");
  CHECK(escape_for_message("\xC2\x85 \xE2\x80\xA8 \xE2\x80\xAE \xE2\x81\xA6 \xEF\xBB\xBF") ==
        "\\u{85} \\u{2028} \\u{202E} \\u{2066} \\u{FEFF}");
  CHECK(escape_for_message("职位：数据 — ok") == "职位：数据 — ok");
  CHECK(escape_for_message("bad \xFF byte") == "bad \\x{FF} byte");
}

TEST_CASE("format_diagnostic: data in a message cannot forge a line of its own") {
  const Diagnostic d{{"a.yaml", 6, 5}, Severity::kWarning, message(MessageId::kUnknownKeyIgnored),
                     "roles[0].x\n/etc/passwd:1:1: error: forged"};
  CHECK(format_diagnostic(d) ==
        "a.yaml:6:5: warning: roles[0].x\\u{0A}/etc/passwd:1:1: error: forged: unknown key "
        "(ignored)");
}

TEST_CASE("quote_fragment: long data is cut after the limit in characters, then escaped") {
  CHECK(quote_fragment("一二三四五", 3) == "一二三…");
  CHECK(quote_fragment("a\tb", 3) == "a\\u{09}b");
  CHECK(quote_fragment("abc", 3) == "abc");
}

// One walk over every text (model::for_each_text): a field added to the model
// must be added to the walk, and this test fails until it is.
namespace {

// Converts to any field type: counts an aggregate's fields (T{f, f, …}).
struct AnyField {
  template <class T>
  operator T() const;
};

template <class T, class... Fields>
constexpr std::size_t field_count() {
  if constexpr (requires { T{Fields{}..., AnyField{}}; }) {
    return field_count<T, Fields..., AnyField>();
  } else {
    return sizeof...(Fields);
  }
}

Text marked(const std::string& marker) { return Text{marker, {"g.yaml", 1, 1}, 0}; }

// A guide with a distinct marker in every text field, and the markers.
Guide guide_marked_everywhere(std::vector<std::string>& markers) {
  const auto mark = [&markers](const std::string& name) {
    markers.push_back("<" + name + ">");
    return markers.back();
  };
  Guide g;
  for (Text* t : {&g.title, &g.subtitle, &g.date, &g.author, &g.market, &g.intro, &g.closing,
                  &g.disclaimer})
    *t = marked(mark("guide text " + std::to_string(markers.size())));
  Source s;
  for (Text* t : {&s.publisher, &s.title, &s.short_title, &s.credit, &s.date, &s.place, &s.url})
    *t = marked(mark("source text " + std::to_string(markers.size())));
  g.sources.push_back(s);
  Role r;
  r.id = Text{"not-a-printed-text", {}, 0};
  for (Text* t : {&r.title, &r.title_en, &r.salary_note, &r.summary, &r.getting_started, &r.notes})
    *t = marked(mark("role text " + std::to_string(markers.size())));
  r.skills = {marked(mark("skill"))};
  r.steps = {{marked(mark("lead")), marked(mark("step text"))}};
  r.links = {{marked(mark("link label")), marked(mark("link url")), "https://example.org/"}};
  g.roles.push_back(r);
  g.currency.symbol = mark("symbol");
  g.currency.name = mark("name");
  for (const LabelKey& label : label_keys()) g.labels.*label.member = mark(std::string(label.key));
  return g;
}

}  // namespace

TEST_CASE("for_each_text: the model's types have the fields the walk knows") {
  // When one of these fails, a field was added or removed: visit it in
  // src/model/text_walk.cpp (if it is text a user writes) and mark it in
  // guide_marked_everywhere, then update the count.
  CHECK(field_count<Guide>() == 19);
  CHECK(field_count<Role>() == 12);
  CHECK(field_count<Source>() == 7);
  CHECK(field_count<Link>() == 3);
  CHECK(field_count<Step>() == 2);
  CHECK(field_count<Currency>() == 6);
  CHECK(field_count<Text>() == 3);
  CHECK(label_keys().size() == field_count<Labels>());
}

TEST_CASE("for_each_text: visits every text once, with its path, and lets the visitor rewrite it") {
  std::vector<std::string> markers;
  Guide guide = guide_marked_everywhere(markers);
  std::vector<std::string> seen;
  std::vector<std::string> paths;
  for_each_text(guide, [&](TextField field) {
    seen.push_back(field.value);
    paths.emplace_back(field.path);
    field.value += "!";
  });
  std::vector<std::string> expected = markers;
  std::sort(expected.begin(), expected.end());
  std::sort(seen.begin(), seen.end());
  CHECK(seen == expected);
  CHECK(std::find(seen.begin(), seen.end(), "not-a-printed-text") == seen.end());
  CHECK(std::find(paths.begin(), paths.end(), "roles[0].links[0].url") != paths.end());
  CHECK(std::find(paths.begin(), paths.end(), "roles[0].getting_started[0].lead") != paths.end());
  CHECK(std::find(paths.begin(), paths.end(), "sources[0].short_title") != paths.end());
  CHECK(std::find(paths.begin(), paths.end(), "labels.summary") != paths.end());
  CHECK(guide.roles[0].summary.value == "<role text 18>!");
  CHECK(guide.roles[0].links[0].address == "https://example.org/");  // where it leads: not a text
}
