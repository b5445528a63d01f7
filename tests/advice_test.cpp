// The advice pass: its pure pieces (sentences, amounts in a note, salary
// outliers) at their edges, and the warnings it makes of a guide and of the
// layout's report, with their positions and English texts.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "advice/advise.h"
#include "advice/amounts_in_text.h"
#include "advice/salary_outliers.h"
#include "advice/sentences.h"
#include "layout/page_fill.h"
#include "messages/message.h"

using namespace careerguide;
using advice::count_sentences;

namespace {

model::Salary average(model::Hundredths units) {
  return {model::Salary::Kind::kAverage, units * 100, units * 100, {"g.yaml", 1, 1}};
}

model::Salary range(model::Hundredths min_units, model::Hundredths max_units) {
  return {model::Salary::Kind::kRange, min_units * 100, max_units * 100, {"g.yaml", 1, 1}};
}

std::vector<model::Role> roles_paid(const std::vector<model::Salary>& salaries) {
  std::vector<model::Role> roles(salaries.size());
  for (std::size_t i = 0; i < salaries.size(); ++i) roles[i].salary = salaries[i];
  return roles;
}

std::vector<model::Hundredths> amounts(std::string_view text) {
  std::vector<model::Hundredths> values;
  for (const advice::AmountInText& amount : advice::amounts_in_text(text)) values.push_back(amount.value);
  return values;
}

model::Text text_at(std::string value, int line, int column, int verbatim_column = 0) {
  return {std::move(value), {"g.yaml", line, column}, verbatim_column};
}

// A role that draws no warning of its own, at line `line`.
model::Role clean_role(int line) {
  model::Role role;
  role.pos = {"g.yaml", line, 5};
  role.id = text_at("role", line, 9);
  role.title = text_at("Role", line + 1, 12);
  role.summary = text_at("It does things. It matters.", line + 2, 14);
  role.skills = {text_at("Python", line + 3, 9)};
  role.getting_started = text_at("Start small.", line + 4, 22);
  return role;
}

model::Guide guide_of(std::vector<model::Role> roles) {
  model::Guide guide;
  guide.source_file = "g.yaml";
  guide.roles = std::move(roles);
  guide.labels.notes = "Notes";
  return guide;
}

std::vector<std::string> english_warnings(const model::Guide& guide, const page::Document& document = {}) {
  std::vector<std::string> out;
  for (const model::Diagnostic& d : advice::advise(guide, document)) {
    CHECK(d.severity == model::Severity::kWarning);
    out.push_back(model::format_diagnostic(d));
  }
  return out;
}

}  // namespace

TEST_CASE("count_sentences: Chinese sentences end at 。！？, a run of them once") {
  CHECK(count_sentences("人工智能工程师设计模型。") == 1);
  CHECK(count_sentences("人工智能工程师设计模型。他们训练模型！") == 2);
  CHECK(count_sentences("真的吗？！是的。") == 2);
  CHECK(count_sentences("没有句号的一句话") == 1);
  CHECK(count_sentences("第一句。第二句没有句号") == 2);
}

TEST_CASE("count_sentences: English sentences end at . ! ? before a space or the end") {
  CHECK(count_sentences("Engineers build models.") == 1);
  CHECK(count_sentences("Engineers build models. They train them!") == 2);
  CHECK(count_sentences("Why AI?\nBecause it pays.") == 2);
  CHECK(count_sentences("Version 3.5 is out.") == 1);
  CHECK(count_sentences("He said \"yes.\" Then he left.") == 2);
}

TEST_CASE("count_sentences: abbreviations and initials end no sentence") {
  CHECK(count_sentences("Tools, e.g. Python and R, are needed.") == 1);
  CHECK(count_sentences("Work in the U.S. market as Dr. Smith does.") == 1);
  CHECK(count_sentences("Ask J. Doe vs. the team.") == 1);
  CHECK(count_sentences("Python, R, etc. It pays well.") == 2);
  CHECK(count_sentences("Python, R, etc.") == 1);
  CHECK(count_sentences("Python, R, etc. and more.") == 1);
}

TEST_CASE("count_sentences: punctuation alone is no sentence") {
  CHECK(count_sentences("") == 0);
  CHECK(count_sentences("。") == 0);
  CHECK(count_sentences("……！") == 0);
  CHECK(count_sentences("  \n ") == 0);
}

TEST_CASE("amounts_in_text: the forms people type an amount in") {
  CHECK(amounts("850000") == std::vector<model::Hundredths>{85'000'000});
  CHECK(amounts("约 850,000 美元") == std::vector<model::Hundredths>{85'000'000});
  CHECK(amounts("850，000") == std::vector<model::Hundredths>{85'000'000});
  CHECK(amounts("85万") == std::vector<model::Hundredths>{85'000'000});
  CHECK(amounts("85 万元") == std::vector<model::Hundredths>{85'000'000});
  CHECK(amounts("85w") == std::vector<model::Hundredths>{85'000'000});
  CHECK(amounts("$850k a year") == std::vector<model::Hundredths>{85'000'000});
  CHECK(amounts("1.2M") == std::vector<model::Hundredths>{120'000'000});
  CHECK(amounts("8.5万") == std::vector<model::Hundredths>{8'500'000});
  CHECK(amounts("$41.38 an hour") == std::vector<model::Hundredths>{4138});
  CHECK(amounts("2亿") == std::vector<model::Hundredths>{20'000'000'000});
}

TEST_CASE("amounts_in_text: what is not an amount's separator or multiplier") {
  // A comma not followed by three digits separates two numbers.
  CHECK(amounts("12,50") == std::vector<model::Hundredths>{1200, 5000});
  CHECK(amounts("1,2345") == std::vector<model::Hundredths>{100, 234'500});
  // "km" is a unit, not k (thousand).
  CHECK(amounts("5km") == std::vector<model::Hundredths>{500});
  // Fractions of a hundredth cannot be a salary; nor can 10^15 units.
  CHECK(amounts("0.001").empty());
  CHECK(amounts("1000000000000000").empty());
  CHECK(amounts("999999999999999") == std::vector<model::Hundredths>{99'999'999'999'999'900});
  CHECK(amounts("没有数字").empty());
}

TEST_CASE("amounts_in_text: each amount says where its first digit is, in characters") {
  const auto found = advice::amounts_in_text("约 155,500 美元，即 15.55万");
  REQUIRE(found.size() == 2);
  CHECK(found[0].character == 2);
  CHECK(found[1].character == 15);
  CHECK(found[1].value == 15'550'000);
}

TEST_CASE("salary_outliers: exactly 5 times the median is not far, just above is") {
  const auto period = model::Period::kYear;
  CHECK(advice::salary_outliers(roles_paid({average(100), average(100), average(500)}), period).empty());
  const auto above = advice::salary_outliers(roles_paid({average(100), average(100), average(501)}), period);
  REQUIRE(above.size() == 1);
  CHECK(above[0].role == 2);
  CHECK(above[0].above);
  CHECK(above[0].median == 10'000);
}

TEST_CASE("salary_outliers: exactly a fifth of the median is not far, just below is") {
  const auto period = model::Period::kYear;
  CHECK(advice::salary_outliers(roles_paid({average(100), average(100), average(20)}), period).empty());
  const auto below = advice::salary_outliers(roles_paid({average(100), average(100), average(19)}), period);
  REQUIRE(below.size() == 1);
  CHECK_FALSE(below[0].above);
  REQUIRE(below[0].tenfold);  // 190 is within 3 times the median
  CHECK(below[0].tenfold->min == 19'000);
}

TEST_CASE("salary_outliers: a factor of 10 explains a figure it brings within 3 times the median") {
  const auto period = model::Period::kYear;
  const auto typo = advice::salary_outliers(
      roles_paid({average(127'000), average(130'000), average(1'470'000)}), period);
  REQUIRE(typo.size() == 1);
  REQUIRE(typo[0].tenfold);
  CHECK(typo[0].tenfold->min == 14'700'000);
  const auto missing = advice::salary_outliers(
      roles_paid({average(127'000), average(130'000), average(14'700)}), period);
  REQUIRE(missing.size() == 1);
  REQUIRE(missing[0].tenfold);
  CHECK(missing[0].tenfold->min == 14'700'000);
  // 40 times the median: divided by 10 still 4 times it.
  const auto far = advice::salary_outliers(roles_paid({average(100), average(100), average(4'000)}), period);
  REQUIRE(far.size() == 1);
  CHECK_FALSE(far[0].tenfold);
  // A yearly figure that is not a multiple of 10 units has no typed zero to remove.
  const auto odd = advice::salary_outliers(
      roles_paid({average(127'000), average(130'000), average(1'470'001)}), period);
  REQUIRE(odd.size() == 1);
  CHECK_FALSE(odd[0].tenfold);
}

TEST_CASE("salary_outliers: fewer than 3 figures give no warning") {
  CHECK(advice::salary_outliers(roles_paid({average(100), average(10'000)}), model::Period::kYear).empty());
  std::vector<model::Role> roles = roles_paid({average(100), average(10'000)});
  roles.push_back(model::Role{});  // no figure: not counted
  CHECK(advice::salary_outliers(roles, model::Period::kYear).empty());
}

TEST_CASE("salary_outliers: a range counts by its midpoint, an even count's median is the mean of the middle two") {
  const auto period = model::Period::kYear;
  // Midpoint 500 = 5 × 100: not far; midpoint 501: far.
  CHECK(advice::salary_outliers(roles_paid({average(100), average(100), range(2, 998)}), period).empty());
  CHECK(advice::salary_outliers(roles_paid({average(100), average(100), range(2, 1000)}), period).size() == 1);
  // Median of 100, 100, 300, 300 is 200: 1,000 is 5 times it, 1,001 more.
  CHECK(advice::salary_outliers(roles_paid({average(100), average(100), average(300), average(300), average(1'000)}), period)
            .empty());
  const auto four = advice::salary_outliers(roles_paid({average(100), average(300), average(300), average(1'600)}), period);
  REQUIRE(four.size() == 1);
  CHECK(four[0].median == 30'000);
}

TEST_CASE("salary_outliers: monthly and hourly figures are compared the same way") {
  const auto monthly = advice::salary_outliers(
      roles_paid({average(12'000), average(15'000), average(150'000)}), model::Period::kMonth);
  REQUIRE(monthly.size() == 1);
  REQUIRE(monthly[0].tenfold);
  CHECK(monthly[0].tenfold->min == 1'500'000);
  // Hourly: 415.00 is ten times 41.50, a multiple of 0.10.
  std::vector<model::Salary> hourly{average(40), average(42), {model::Salary::Kind::kAverage, 41'500, 41'500, {}}};
  const auto outliers = advice::salary_outliers(roles_paid(hourly), model::Period::kHour);
  REQUIRE(outliers.size() == 1);
  REQUIRE(outliers[0].tenfold);
  CHECK(outliers[0].tenfold->min == 4'150);
}

TEST_CASE("advise: a clean guide gets no warning") {
  CHECK(english_warnings(guide_of({clean_role(3), clean_role(10)})).empty());
}

TEST_CASE("advise: a salary far from the others, at the salary, with the median and the likely value") {
  std::vector<model::Role> roles{clean_role(3), clean_role(10), clean_role(17)};
  roles[0].salary = average(127'000);
  roles[1].salary = average(130'000);
  roles[2].salary = average(1'470'000);
  roles[2].salary.pos = {"g.yaml", 18, 13};
  CHECK(english_warnings(guide_of(roles)) ==
        std::vector<std::string>{"g.yaml:18:13: warning: roles[2].salary: 1,470,000 is more than 5 times "
                                 "the median of the guide's figures (130,000); if a zero was typed too "
                                 "many, write 147000"});
  roles[2].salary = range(12'000, 15'000);
  roles[2].salary.pos = {"g.yaml", 18, 13};
  CHECK(english_warnings(guide_of(roles)) ==
        std::vector<std::string>{"g.yaml:18:13: warning: roles[2].salary: the range 12,000–15,000 "
                                 "(midpoint 13,500) is less than a fifth of the median of the guide's "
                                 "figures (127,000); if a zero is missing, write min: 120000, max: 150000"});
}

TEST_CASE("advise: a role without skills or steps, at the role") {
  model::Role role = clean_role(3);
  role.skills.clear();
  role.getting_started = {};
  CHECK(english_warnings(guide_of({role})) ==
        std::vector<std::string>{
            "g.yaml:3:5: warning: roles[0]: the role has no skills; add skills: a list of what the "
            "role needs, one item per line starting with \"- \"",
            "g.yaml:3:5: warning: roles[0]: the role has no getting_started; add getting_started: the "
            "first steps into the role, as a list or as a text"});
  role = clean_role(3);
  role.getting_started = {};
  role.steps = {{{}, text_at("Read.", 8, 9)}};
  CHECK(english_warnings(guide_of({role})).empty());
}

TEST_CASE("advise: a one-sentence or empty summary, at the summary") {
  model::Role role = clean_role(3);
  role.summary = text_at("人工智能工程师设计模型。", 5, 14);
  CHECK(english_warnings(guide_of({role})) ==
        std::vector<std::string>{"g.yaml:5:14: warning: roles[0].summary: has only one sentence; a "
                                 "summary of two or three sentences says what the role does and why it "
                                 "matters"});
  role.summary = text_at("……", 5, 14);
  CHECK(english_warnings(guide_of({role})) ==
        std::vector<std::string>{"g.yaml:5:14: warning: roles[0].summary: has nothing but "
                                 "punctuation; write two or three sentences on what the role does"});
}

TEST_CASE("advise: a salary note that repeats the figure, at the number when written verbatim") {
  model::Role role = clean_role(3);
  role.salary = average(155'500);
  role.salary_note = text_at("约 155,500 美元。", 9, 18, 18);
  const std::string repeats =
      "roles[0].salary_note: repeats the figure (155,500) that the page already shows; say what "
      "the figure does not (where it comes from, what it includes), or remove the note";
  CHECK(english_warnings(guide_of({role})) == std::vector<std::string>{"g.yaml:9:20: warning: " + repeats});
  role.salary_note = text_at("约 15.55 万美元。", 9, 18);  // not verbatim: the note's position
  CHECK(english_warnings(guide_of({role})) == std::vector<std::string>{"g.yaml:9:18: warning: " + repeats});
  role.salary_note = text_at("原文给出的是约数。", 9, 18, 18);
  CHECK(english_warnings(guide_of({role})).empty());
  // A range's either end repeats it.
  role.salary = range(120'000, 150'000);
  role.salary_note = text_at("最高 $150k。", 9, 18, 18);
  CHECK(english_warnings(guide_of({role})).size() == 1);
}

TEST_CASE("advise: a link or source that is not https, at its address") {
  model::Role role = clean_role(3);
  role.links = {{text_at("Docs", 9, 17), text_at("http://example.com", 9, 28), "http://example.com"},
                {text_at("Mail", 10, 17), text_at("mailto:a@example.com", 10, 28), "mailto:a@example.com"},
                {text_at("Safe", 11, 17), text_at("https://example.com", 11, 28), "https://example.com"}};
  model::Guide guide = guide_of({role});
  guide.sources.push_back({});
  guide.sources[0].url = text_at("http://forbes.com/a", 2, 10);
  CHECK(english_warnings(guide) ==
        std::vector<std::string>{
            "g.yaml:2:10: warning: sources[0].url: \"http://forbes.com/a\" is not a secure address: "
            "browsers warn about http:// pages; write https:// if the site has it",
            "g.yaml:9:28: warning: roles[0].links[0].url: \"http://example.com\" is not a secure "
            "address: browsers warn about http:// pages; write https:// if the site has it",
            "g.yaml:10:28: warning: roles[0].links[1].url: \"mailto:a@example.com\" is not a web "
            "address (https://); check that this kind of link is what you want"});
}

TEST_CASE("advise: a sparse continuation page, at the end of the section that spills") {
  model::Role role = clean_role(3);
  role.notes = text_at("A long note.", 12, 12);
  page::Document document;
  document.sparse_pages.push_back({0, 5, 2, 2, "notes", true, 0.1875, 3, 120});
  CHECK(english_warnings(guide_of({role}), document) ==
        std::vector<std::string>{"g.yaml:12:12: warning: roles[0].notes: the section \"Notes\" spills "
                                 "onto the role's page 2 of 2, which is only 18 % full; cut about 120 "
                                 "characters from the role's text to save the page"});
  document.sparse_pages[0].source = "skills";
  document.sparse_pages[0].continued = false;
  role.skills.push_back(text_at("SQL", 7, 9));
  CHECK(english_warnings(guide_of({role}), document) ==
        std::vector<std::string>{"g.yaml:7:9: warning: roles[0].skills[1]: the section \"\" does not "
                                 "fit under the text above it and starts the role's page 2 of 2, which is "
                                 "only 18 % full; shorten what comes before it on the role's page (the "
                                 "title, the salary note, an earlier section) by a few lines, or cut the "
                                 "page's 120 characters, to save the page"});
}

TEST_CASE("advise: at most kMaxWarnings warnings, then one line for the rest") {
  std::vector<model::Role> roles;
  for (int i = 0; i < 600; ++i) {
    model::Role role = clean_role(3 + 6 * i);
    role.skills.clear();
    roles.push_back(role);
  }
  roles[0].summary = text_at("One.", 5, 14);
  for (model::Role& role : roles) role.getting_started = {};
  const std::vector<std::string> warnings = english_warnings(guide_of(roles));
  REQUIRE(warnings.size() == advice::kMaxWarnings + 1);
  CHECK(warnings.back() == "g.yaml: warning: 201 more warnings not shown (only the first 1000 are listed)");
}

TEST_CASE("sparse_pages: a continuation page under a quarter full is reported, one at a quarter is not") {
  const layout::PageFrame frame = layout::page_frame(model::Paper::kA4);
  const double height = frame.content_bottom - frame.content_top;
  const auto page_reaching = [&](double fill) {
    layout::DraftPage draft;
    layout::TextRun run;
    run.baseline = {frame.left(), frame.content_top + fill * height};
    run.utf8 = "x";
    draft.page.items.push_back(run);
    return draft;
  };
  const std::vector<layout::FlowedPage> flowed{{"summary", false, 30, 900}, {"notes", true, 2, 60}};
  const auto sparse = layout::sparse_pages(4, {page_reaching(0.9), page_reaching(0.24)}, flowed, frame);
  REQUIRE(sparse.size() == 1);
  CHECK(sparse[0].role == 4);
  CHECK(sparse[0].role_page == 2);
  CHECK(sparse[0].role_pages == 2);
  CHECK(sparse[0].source == "notes");
  CHECK(sparse[0].continued);
  CHECK(sparse[0].lines == 2);
  CHECK(sparse[0].characters == 60);
  CHECK(layout::sparse_pages(4, {page_reaching(0.9), page_reaching(0.25)}, flowed, frame).empty());
  // The role's own page is never a continuation page.
  CHECK(layout::sparse_pages(4, {page_reaching(0.1)}, {{"summary", false, 1, 10}}, frame).empty());
}

TEST_CASE("amounts_in_text and count_sentences: any bytes, cut anywhere, are read safely") {
  // Every prefix of texts that end inside a number, a multiplier, a UTF-8
  // sequence or a closing quote (the sanitizer builds check the reads).
  const std::vector<std::string> texts{"约 155,500 美元。", "85 万", "1,2", "12.", "850k", "\"yes.\u201D",
                                       "e.g.", "？！", "\xE4\xB8", "99999999999999999999.5万"};
  for (const std::string& text : texts)
    for (std::size_t end = 0; end <= text.size(); ++end) {
      const std::string_view cut(text.data(), end);
      CHECK(advice::amounts_in_text(cut).size() <= cut.size());
      CHECK(count_sentences(cut) <= cut.size());
    }
}
