// The unprintable-character pass, with a fake coverage: no font is read.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "load/load_guide.h"
#include "model/diagnostic.h"
#include "substitute/unprintable.h"

using namespace careerguide;
namespace fs = std::filesystem;

namespace {

fonts::Coverage fake_coverage(char32_t cp) {
  if (cp > 0xFFFF) return fonts::Coverage::kOutsideBmp;
  if (cp == U'\uA000' || cp == U'\u0E01' || cp == U'\u263A' || cp == U'\uFE0F') {
    return fonts::Coverage::kMissing;
  }
  return fonts::Coverage::kPrintable;
}

const std::string kUnprintable = std::string(CAREERGUIDE_TEST_DATA) + "/coverage/unprintable.yaml";

substitute::SubstitutedGuide covered_fixture() {
  const load::LoadResult loaded = load::load_guide(kUnprintable);
  REQUIRE(loaded.guide.has_value());
  return substitute::substitute_unprintable(*loaded.guide, fake_coverage);
}

std::vector<std::string> formatted(const std::vector<model::Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const model::Diagnostic& d : diagnostics) out.push_back(model::format_diagnostic(d));
  return out;
}

constexpr const char* kOutsideBmp =
    "cannot be printed (outside the Basic Multilingual Plane: the PDF library draws only "
    "U+0000 to U+FFFF); it is shown as \u25A1";
constexpr const char* kNoFont =
    "cannot be printed (no configured font has it; theme.fonts.fallback can name a font that "
    "does); it is shown as \u25A1";

}  // namespace

TEST_CASE("substitute_unprintable: each unprintable character becomes \u25A1 and is reported once per value "
          "at its own column") {
  const substitute::SubstitutedGuide covered = covered_fixture();
  const model::Role& role = covered.guide.roles.at(0);
  CHECK(covered.guide.title.value == "职业指南\u25A1");
  CHECK(role.title.value == "提示工程师\u25A1");
  CHECK(role.summary.value == "负责设计提示词\u25A1和\u25A1，以及\u25A1。");
  CHECK(role.skills.at(1).value == "书写\u25A1");
  CHECK(role.steps.at(0).lead.value == "看视频");
  CHECK(role.steps.at(0).body.value == "先了解基本思路\u25A1。");
  CHECK(role.steps.at(1).body.value == "多动手\u25A1");
  const std::string& f = kUnprintable;
  CHECK(formatted(covered.warnings) ==
        std::vector<std::string>{
            f + ":5:12: warning: title: 😀 (U+1F600) " + kOutsideBmp,
            f + ":8:18: warning: roles[0].title: ꀀ (U+A000) " + kNoFont,
            f + ":9:21: warning: roles[0].summary: 😀 (U+1F600) " + kOutsideBmp,
            f + ":9:27: warning: roles[0].summary: ก (U+0E01) " + kNoFont,
            f + ":11:19: warning: roles[0].skills[0]: ☺ (U+263A) " + kNoFont,
            f + ":12:11: warning: roles[0].skills[1]: 𠀀 (U+20000) " + kOutsideBmp,
            f + ":15:22: warning: roles[0].getting_started[0].text: ก (U+0E01) " + kNoFont,
            f + ":16:12: warning: roles[0].getting_started[1]: ꀀ (U+A000) " + kNoFont,
            f + ":17:12: warning: roles[0].notes: 😀 (U+1F600) " + kOutsideBmp,
            f + ":22:11: warning: currency.name: ก (U+0E01) " + kNoFont,
            f + ":24:14: warning: labels.summary: ꀀ (U+A000) " + kNoFont,
        });
  CHECK(covered.guide.labels.summary == "概述\u25A1");
  CHECK(covered.guide.currency.name == "美元\u25A1");
}

TEST_CASE("substitute_unprintable: a block scalar keeps its line breaks and is reported at its own position") {
  const substitute::SubstitutedGuide covered = covered_fixture();
  CHECK(covered.guide.roles.at(0).notes.value == "第一行没有问题。\n第二行有\u25A1。");
  CHECK(covered.warnings.at(8).pos == covered.guide.roles.at(0).notes.pos);
}

TEST_CASE("substitute_unprintable: an invisible variation selector the fonts lack is dropped silently") {
  // ☺ U+263A is followed by U+FE0F in the data: one substitute, one warning.
  const substitute::SubstitutedGuide covered = covered_fixture();
  CHECK(covered.guide.roles.at(0).skills.at(0).value == "深入理解自然语言处理\u25A1");
}

TEST_CASE("substitute_unprintable: labels and currency not found in the data file name the file only") {
  model::Guide guide;
  guide.source_file = "guide.yaml";
  guide.labels.summary = "概述ก";
  guide.currency.symbol = "฿";
  const substitute::SubstitutedGuide covered = substitute::substitute_unprintable(guide, fake_coverage);
  CHECK(covered.guide.labels.summary == "概述\u25A1");
  CHECK(covered.guide.currency.symbol == "฿");  // U+0E3F: printable here
  CHECK(formatted(covered.warnings) ==
        std::vector<std::string>{"guide.yaml: warning: labels.summary: ก (U+0E01) " +
                                 std::string(kNoFont)});
}

TEST_CASE("substitute_unprintable: a guide the fonts can print is returned unchanged without warnings") {
  const load::LoadResult loaded =
      load::load_guide(fs::path(CAREERGUIDE_SOURCE_DIR) / "data" / "roles.yaml");
  REQUIRE(loaded.guide.has_value());
  const substitute::SubstitutedGuide covered = substitute::substitute_unprintable(*loaded.guide, fake_coverage);
  CHECK(covered.warnings.empty());
  CHECK(covered.guide.roles.at(0).summary.value == loaded.guide->roles.at(0).summary.value);
  CHECK(covered.guide.labels.summary == loaded.guide->labels.summary);
}

TEST_CASE("choose_substitute: takes \u25A1, else 〓, else a question mark") {
  CHECK(substitute::choose_substitute(fake_coverage) == U'\u25A1');
  const auto no_square = [](char32_t cp) {
    return cp == U'\u25A1' ? fonts::Coverage::kMissing : fonts::Coverage::kPrintable;
  };
  CHECK(substitute::choose_substitute(no_square) == U'\u3013');
  const auto ascii_only = [](char32_t cp) {
    return cp < 0x80 ? fonts::Coverage::kPrintable : fonts::Coverage::kMissing;
  };
  CHECK(substitute::choose_substitute(ascii_only) == U'?');
}

TEST_CASE("lacks_too_many: more than 5 % of the printed characters") {
  CHECK_FALSE(substitute::lacks_too_many(5, 100));
  CHECK(substitute::lacks_too_many(6, 100));
  CHECK_FALSE(substitute::lacks_too_many(0, 0));
}

TEST_CASE("substitute_unprintable: a value used again is reported once, and counted once") {
  load::LoadResult loaded = load::load_guide(kUnprintable);
  REQUIRE(loaded.guide.has_value());
  model::Guide guide = *loaded.guide;
  guide.roles.push_back(guide.roles.at(0));  // the same texts, as through an alias
  guide.roles.back().id.value = "copy";
  const substitute::SubstitutedGuide twice = substitute::substitute_unprintable(guide, fake_coverage);
  const substitute::SubstitutedGuide once = covered_fixture();
  CHECK(formatted(twice.warnings) == formatted(once.warnings));
  CHECK(twice.guide.roles.at(1).summary.value == once.guide.roles.at(0).summary.value);
  CHECK(twice.counts.lacking_regular == once.counts.lacking_regular);
  CHECK(once.counts.lacking_regular == 3);  // ꀀ, ก and ☺; outside the BMP is not the font's fault
}

TEST_CASE("substitute_unprintable: the pay labels of other periods are never printed, so not checked") {
  load::LoadResult loaded = load::load_guide(kUnprintable);
  REQUIRE(loaded.guide.has_value());
  model::Guide guide = *loaded.guide;
  guide.currency.period = model::Period::kYear;
  guide.labels.salary_hour = "时薪\uA000";
  guide.labels.salary_year = "年薪\u0E01";
  const substitute::SubstitutedGuide covered = substitute::substitute_unprintable(guide, fake_coverage);
  CHECK(covered.guide.labels.salary_hour == "时薪\uA000");
  CHECK(covered.guide.labels.salary_year == "年薪\u25A1");
}


namespace {

// Loads `yaml` from a scratch file and substitutes with the fake coverage.
substitute::SubstitutedGuide substituted(const std::string& name, const std::string& yaml) {
  const fs::path file = fs::temp_directory_path() / ("careerguide-substitute-" + name + ".yaml");
  std::ofstream(file) << yaml;
  const load::LoadResult loaded = load::load_guide(file.string());
  REQUIRE(loaded.guide.has_value());
  return substitute::substitute_unprintable(*loaded.guide, fake_coverage);
}

}  // namespace

TEST_CASE("substitute_unprintable: flow-style labels and currency point at the character itself") {
  const auto result = substituted("flow", "title: t\nroles: [{id: a, title: b, summary: c}]\n"
                                          "currency: {code: USD, name: 美元ก}\n"
                                          "labels: {summary: 概述ꀀ, skills: \"技能ก\"}\n");
  const std::string f = (fs::temp_directory_path() / "careerguide-substitute-flow.yaml").string();
  CHECK(formatted(result.warnings) ==
        std::vector<std::string>{f + ":3:31: warning: currency.name: ก (U+0E01) " + kNoFont,
                                 f + ":4:21: warning: labels.summary: ꀀ (U+A000) " + kNoFont,
                                 f + ":4:35: warning: labels.skills: ก (U+0E01) " + kNoFont});
}

TEST_CASE("substitute_unprintable: a text used again through an alias is reported once, at its anchor") {
  const auto result = substituted("alias", "title: &t 指南ก\nsubtitle: t\n"
                                           "roles: [{id: a, title: *t, summary: c}]\n");
  const std::string f = (fs::temp_directory_path() / "careerguide-substitute-alias.yaml").string();
  // One warning for the value, at its first use (the anchored value, whose
  // anchor `&t` keeps it from a character's column); the alias is not reported again.
  CHECK(formatted(result.warnings) ==
        std::vector<std::string>{f + ":1:8: warning: title: ก (U+0E01) " + std::string(kNoFont)});
  CHECK(result.guide.roles.at(0).title.value == "指南\u25A1");
}

TEST_CASE("substitute_unprintable: a link's printed address is substituted, where it leads is not") {
  const auto result = substituted(
      "links", "title: t\nroles:\n  - {id: a, title: b, summary: c, links: [{label: x, url: "
               "\"https://\\u0E01.example/\"}, {label: y, url: \"https://\\uA000.example/\"}]}\n");
  const auto& links = result.guide.roles.at(0).links;
  REQUIRE(links.size() == 2);
  CHECK(links[0].url.value == "https://\u25A1.example/");
  CHECK(links[1].url.value == "https://\u25A1.example/");
  CHECK(links[0].address == "https://\u0E01.example/");
  CHECK(links[1].address == "https://\uA000.example/");
}
