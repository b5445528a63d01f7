#include "layout/locale.h"

namespace careerguide::layout {
namespace {

// Functions, not globals: no other static initialiser can see them unbuilt.
Locale chinese() {
  return {
    .tag = "zh-CN",
    .align = text::Align::kJustify,
    .body = {.first_indent_em = 2, .pitch = 18, .paragraph_gap = 0},
    .tracking = 1,
    .comma = "，",
    .full_stop = "。",
    .word_space = "",
    .list_separator = "，",
    .clause_separator = "；",
    .title_separator = "、",
    .lead_colon = "：",
    .footer_gap = "\u3000",
    .title_open = "《",
    .title_close = "》",
    .publisher_separator = "",
    .punctuation_inside_quotes = false,
    .lowers_case_mid_sentence = false,
  };
}

Locale english() {
  return {
    .tag = "en",
    .align = text::Align::kLeft,
    .body = {.first_indent_em = 0, .pitch = 16, .paragraph_gap = 6},
    .tracking = 0.25,
    .comma = ",",
    .full_stop = ".",
    .word_space = " ",
    .list_separator = ", ",
    .clause_separator = "; ",
    .title_separator = "; ",
    .lead_colon = ": ",
    .footer_gap = "   ",
    .title_open = "\u201C",
    .title_close = "\u201D",
    .publisher_separator = ", ",
    .punctuation_inside_quotes = true,
    .lowers_case_mid_sentence = true,
  };
}

}  // namespace

const Locale& locale_of(model::Language language) {
  static const Locale kChinese = chinese();
  static const Locale kEnglish = english();
  switch (language) {
    case model::Language::kEnglish: return kEnglish;
    case model::Language::kChinese: break;
  }
  return kChinese;
}

std::string Locale::cited_title(const std::string& publisher, const std::string& title) const {
  if (title.empty()) return publisher;
  return publisher + (publisher.empty() ? "" : publisher_separator) + title_open + title + title_close;
}

std::string Locale::punctuated(std::string text, const std::string& mark) const {
  if (punctuation_inside_quotes && text.ends_with(title_close)) {
    text.insert(text.size() - title_close.size(), mark);
    return text;
  }
  return text + mark;
}

std::string Locale::mid_sentence(std::string label) const {
  if (lowers_case_mid_sentence && label.size() >= 2 && label[0] >= 'A' && label[0] <= 'Z' &&
      label[1] >= 'a' && label[1] <= 'z')
    label[0] = static_cast<char>(label[0] - 'A' + 'a');
  return label;
}

}  // namespace careerguide::layout
