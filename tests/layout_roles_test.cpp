// Every laid-out item has its role in the document (issue 15), on real
// guides read by the real loader and measured with the fake measurer: the
// structure tree and the bookmarks are built from these roles.

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <variant>

#include "fake_measurer.h"
#include "layout/dump.h"
#include "layout/layout_guide.h"
#include "load/load_guide.h"
#include "unpacked_pages.h"

using namespace careerguide;
using page::Element;
using page::Role;

namespace {

namespace fs = std::filesystem;

testing::UnpackedDocument lay_out(const std::string& relative, model::Paper paper = model::Paper::kA4) {
  static const testing::FakeMeasurer measurer;
  const load::LoadResult loaded = load::load_guide(fs::path(CAREERGUIDE_SOURCE_DIR) / relative);
  REQUIRE_MESSAGE(loaded.guide.has_value(), relative);
  return testing::unpacked(layout::layout_guide(*loaded.guide, paper, measurer));
}

const page::TextRun* run_of(const page::Item& item) { return std::get_if<page::TextRun>(&item); }

/// The element of the first item of `page` that is a text run `text`.
const Element* element_of_text(const page::Page& page, const std::string& text) {
  for (std::size_t i = 0; i < page.items.size(); ++i)
    if (const auto* run = run_of(page.items[i]); run && run->utf8 == text) return page.element_of(i);
  return nullptr;
}

bool inside(const Element* element, Role role) {
  for (; element; element = element->parent.get())
    if (element->role == role) return true;
  return false;
}

// The default, English, every-optional-field guide and some large or odd ones.
const char* const kGuides[] = {
    "data/roles.yaml",
    "data/roles-en.yaml",
    "tests/data/load/full.yaml",
    "tests/guides/pages-zh-60.yaml",
    "tests/guides/pages-en-60.yaml",
    "tests/guides/text-no-optional-fields.yaml",
    "tests/guides/text-mixed-scripts.yaml",
    "tests/guides/text-figure-notes-zh-10.yaml",
    "tests/guides/money-extreme-letter.yaml",
    "tests/guides/save-workshop-links.yaml",
};

}  // namespace

TEST_CASE("every item of every page has a role") {
  for (const char* guide : kGuides) {
    for (const model::Paper paper : {model::Paper::kA4, model::Paper::kLetter}) {
      const testing::UnpackedDocument doc = lay_out(guide, paper);
      std::size_t without = 0;
      std::string first;
      for (std::size_t p = 0; p < doc.pages.size(); ++p) {
        const page::Page& page = doc.pages[p];
        for (std::size_t i = 0; i < page.items.size(); ++i) {
          if (page.element_of(i) != nullptr) continue;
          if (without++ == 0) first = "page " + std::to_string(p + 1) + ":" + layout::dump_item(page.items[i]);
        }
      }
      INFO(guide, " ", first);
      CHECK(without == 0);
    }
  }
}

TEST_CASE("page titles are H1 and the English second title says it is English") {
  const testing::UnpackedDocument doc = lay_out("data/roles.yaml");
  for (const char* title : {"目录", "薪资概览", "提示工程师", "结语"}) {
    bool found = false;
    for (const page::Page& page : doc.pages) {
      const Element* element = element_of_text(page, title);
      if (!element || element->role != Role::kHeading) continue;
      CHECK(element->level == 1);
      found = true;
    }
    CHECK_MESSAGE(found, title);
  }
  const Element* english = element_of_text(doc.pages[3], "Prompt engineer");
  REQUIRE(english != nullptr);
  CHECK(english->role == Role::kParagraph);
  CHECK(english->language == "en");
  // The Chinese ones carry no language of their own: they are the guide's.
  CHECK(element_of_text(doc.pages[3], "提示工程师")->language.empty());
}

TEST_CASE("the contents are a TOC of TOCIs, each with its Link, the leader dots are artifacts") {
  const testing::UnpackedDocument doc = lay_out("data/roles.yaml");
  const page::Page& contents = doc.pages[1];
  std::size_t links = 0;
  const Element* toc = nullptr;
  for (std::size_t i = 0; i < contents.items.size(); ++i) {
    const Element* element = contents.element_of(i);
    REQUIRE(element != nullptr);
    const page::Item& item = contents.items[i];
    if (std::holds_alternative<page::Link>(item)) {
      ++links;
      CHECK(element->role == Role::kLink);
      REQUIRE(element->parent != nullptr);
      CHECK(element->parent->role == Role::kTocEntry);
      REQUIRE(element->parent->parent != nullptr);
      CHECK(element->parent->parent->role == Role::kToc);
      if (toc) CHECK(element->parent->parent.get() == toc);  // one TOC for every entry
      toc = element->parent->parent.get();
    } else if (const auto* line = std::get_if<page::Line>(&item); line && line->stroke.dot_pitch > 0) {
      CHECK(element->role == Role::kArtifact);
    }
  }
  CHECK(links == 8);  // the chart, six roles, the closing page
  // The page number is part of its entry, not of the link's text.
  const Element* number = element_of_text(contents, "4");
  REQUIRE(number != nullptr);
  CHECK(inside(number, Role::kTocEntry));
  CHECK_FALSE(inside(number, Role::kLink));
  const Element* title = element_of_text(contents, "提示工程师");
  REQUIRE(title != nullptr);
  CHECK(title->role == Role::kLink);
  const Element* english = element_of_text(contents, "Prompt engineer");
  REQUIRE(english != nullptr);
  CHECK(inside(english, Role::kTocEntry));
  CHECK(english->language == "en");
}

TEST_CASE("the contents of a long guide, over pages and in two columns, stay one TOC") {
  const testing::UnpackedDocument doc = lay_out("tests/guides/pages-zh-60.yaml");
  const Element* toc = nullptr;
  std::size_t entries = 0;
  for (const page::Page& page : doc.pages) {
    for (std::size_t i = 0; i < page.items.size(); ++i) {
      if (!std::holds_alternative<page::Link>(page.items[i])) continue;
      const Element* element = page.element_of(i);
      if (!element || !element->parent || element->parent->role != Role::kTocEntry) continue;
      ++entries;
      if (toc) CHECK(element->parent->parent.get() == toc);
      toc = element->parent->parent.get();
    }
  }
  CHECK(entries == 62);
}

TEST_CASE("the card's comparison and the cover skyline are figures told in words") {
  for (const char* guide : {"data/roles.yaml", "data/roles-en.yaml"}) {
    const testing::UnpackedDocument doc = lay_out(guide);
    const bool chinese = std::string(guide) == "data/roles.yaml";
    // The cover's skyline: every role with its figure, or the no-figure label.
    std::string skyline;
    const page::Page& cover = doc.pages[0];
    for (std::size_t i = 0; i < cover.items.size(); ++i)
      if (const Element* e = cover.element_of(i); e && e->role == Role::kFigure) skyline = e->alt;
    INFO(guide, " skyline: ", skyline);
    CHECK(skyline.find(chinese ? "提示工程师 $127,000" : "Prompt engineer $127,000") != std::string::npos);
    CHECK(skyline.find(chinese ? "人工智能初创公司创始人 暂无平均数据" : "AI startup founder") != std::string::npos);
    // The first role's card: ranked 5th of 5, per year.
    std::string comparison;
    const page::Page& role = doc.pages[3];
    for (std::size_t i = 0; i < role.items.size(); ++i)
      if (const Element* e = role.element_of(i); e && e->role == Role::kFigure) comparison = e->alt;
    INFO(guide, " comparison: ", comparison);
    CHECK(comparison.find("$127,000") != std::string::npos);
    CHECK(comparison.find(chinese ? "排第 5 位" : "5") != std::string::npos);
    CHECK(comparison.find(chinese ? "/ 年" : "year") != std::string::npos);
    // The figure itself is real text.
    const Element* figure = element_of_text(role, "$127,000");
    REQUIRE(figure != nullptr);
    CHECK(figure->role == Role::kParagraph);
  }
}

TEST_CASE("the closing page's writing lines are artifacts") {
  const testing::UnpackedDocument doc = lay_out("data/roles.yaml");
  const page::Page& closing = doc.pages.back();
  std::size_t lines = 0;
  for (std::size_t i = 0; i < closing.items.size(); ++i) {
    const auto* line = std::get_if<page::Line>(&closing.items[i]);
    if (!line || line->from.y != line->to.y || line->from.y < closing.size.height / 2) continue;
    ++lines;
    CHECK(closing.element_of(i)->role == Role::kArtifact);
  }
  CHECK(lines >= 3);
}
