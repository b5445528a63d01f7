#pragma once
// Everything layout sets differently in the guide's language, named in one
// place: punctuation, separators, body-text rules, tracking, the metadata tag.
// The label texts themselves (headings, the continued mark, date formats) are
// data and stay in model::Labels.

#include <string>

#include "model/labels.h"
#include "text/paragraph.h"

namespace careerguide::layout {

/// How body text is set (design §6).
struct BodyRules {
  double first_indent_em;  ///< first-line indent, em: 2 Chinese, 0 English
  double pitch;            ///< 18 pt Chinese, 16 pt English
  double paragraph_gap;    ///< extra space between paragraphs: 0 Chinese, 6 pt English
};

struct Locale {
  std::string tag;  ///< BCP 47, for the PDF catalog's /Lang: zh-CN, en
  /// Running text: justified in Chinese, ragged right in English.
  text::Align align;
  BodyRules body;
  /// Share of the design's tracking kept: 1 Chinese, less in English, where
  /// letter-spaced Latin reads poorly.
  double tracking;

  std::string comma;        ///< "，" / ","
  std::string full_stop;    ///< "。" / "."
  /// What follows a punctuation mark before the next word: nothing after
  /// full-width Chinese marks, which carry their own space; " " in English.
  std::string word_space;
  std::string list_separator;    ///< between items of a list: "，" / ", "
  std::string clause_separator;  ///< between clauses that may hold commas: "；" / "; "
  /// Between role titles listed together (they may hold commas in English): "、" / "; ".
  std::string title_separator;
  std::string lead_colon;  ///< after a step's Bold lead phrase: "：" / ": "
  /// Between a footer's source and its credit: an ideographic space / three spaces.
  std::string footer_gap;
  std::string title_open;   ///< around a cited work's title: "《" / "“"
  std::string title_close;  ///< "》" / "”"
  /// Between a publisher and the title it published: "" (Forbes《标题》) / ", ".
  std::string publisher_separator;
  /// Punctuation after a quoted title goes inside the closing quote (American
  /// English) rather than after it (Chinese).
  bool punctuation_inside_quotes;
  /// A capitalised label is lowered inside a sentence (English).
  bool lowers_case_mid_sentence;

  /// "Publisher《Title》" / "Publisher, “Title”"; the publisher alone without a title.
  std::string cited_title(const std::string& publisher, const std::string& title) const;
  /// `text` followed by the punctuation `mark`: inside a closing title quote
  /// in English (“Title,”), after it in Chinese (《标题》，).
  std::string punctuated(std::string text, const std::string& mark) const;
  /// A label used inside a sentence: English lowers a capitalised word
  /// ("No figure" → "no figure") but keeps an acronym ("USD"); Chinese has no case.
  std::string mid_sentence(std::string label) const;

};

/// The locale of a guide language; one instance per language, for the program's life.
const Locale& locale_of(model::Language language);

}  // namespace careerguide::layout
