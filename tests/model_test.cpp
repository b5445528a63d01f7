#include <doctest/doctest.h>

#include "model/diagnostic.h"
#include "model/labels.h"

using namespace careerguide::model;

TEST_CASE("format_diagnostic: FILE:LINE:COLUMN: error: MESSAGE") {
  Diagnostic d{{"data/roles.yaml", 12, 5}, Severity::kError,
               "roles[2].salary: expected a number (got \"lots\")"};
  CHECK(format_diagnostic(d) ==
        "data/roles.yaml:12:5: error: roles[2].salary: expected a number (got \"lots\")");
}

TEST_CASE("format_diagnostic: warnings and unknown positions") {
  CHECK(format_diagnostic({{"a.yaml", 3, 0}, Severity::kWarning, "x"}) == "a.yaml:3: warning: x");
  CHECK(format_diagnostic({{"a.yaml", 0, 0}, Severity::kError, "empty"}) == "a.yaml: error: empty");
}

TEST_CASE("sort_by_position: orders by line then column, stable") {
  std::vector<Diagnostic> ds{{{"f", 9, 1}, Severity::kError, "c"},
                             {{"f", 2, 7}, Severity::kError, "b"},
                             {{"f", 2, 3}, Severity::kWarning, "a"},
                             {{"f", 9, 1}, Severity::kError, "d"}};
  sort_by_position(ds);
  CHECK(ds[0].message == "a");
  CHECK(ds[1].message == "b");
  CHECK(ds[2].message == "c");
  CHECK(ds[3].message == "d");
  CHECK(has_errors(ds));
  CHECK_FALSE(has_errors({{{"f", 1, 1}, Severity::kWarning, "w"}}));
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
