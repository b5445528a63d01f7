#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "messages/language.h"
#include "messages/message.h"
#include "messages/table.h"

using namespace careerguide::messages;

TEST_CASE("message table: every message has both texts, with the same placeholders") {
  for (const MessageText& row : message_table()) {
    CAPTURE(row.english);
    CHECK_FALSE(row.english.empty());
    CHECK_FALSE(row.chinese.empty());
    CHECK(placeholders(row.english) == placeholders(row.chinese));
  }
}

TEST_CASE("message table: a Chinese text differs from the English one unless it holds no words") {
  for (const MessageText& row : message_table()) {
    CAPTURE(row.english);
    if (row.english == row.chinese) {
      std::string letters;
      std::string without = std::string(row.english);
      for (const std::string& name : placeholders(row.english)) {
        for (auto at = without.find("{" + name); at != std::string::npos; at = without.find("{" + name))
          without.erase(at, without.find('}', at) - at + 1);
      }
      for (const char c : without)
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) letters += c;
      CHECK(letters.empty());
    }
  }
}

TEST_CASE("placeholders: names, each once, sorted, and doubled braces are not placeholders") {
  CHECK(placeholders("{b} and {a:.1f} and {b}") == std::vector<std::string>{"a", "b"});
  CHECK(placeholders("{{braces}} only").empty());
  CHECK(placeholders("no placeholder").empty());
}

TEST_CASE("render: arguments fill the text of the language, and fragments are rendered in it too") {
  const Message m = message(MessageId::kExpected, {{"what", message(MessageId::kANumber)},
                                                   {"value", message(MessageId::kAList)}});
  CHECK(render(m, Language::kEnglish) == "expected a number (got a list)");
  CHECK(render(m, Language::kChinese) == "应为数字，实际为列表");
  CHECK(english(message(MessageId::kTextTooLong,
                        {{"length", std::size_t{5}}, {"limit", 4}, {"fix", verbatim("cut")}})) ==
        "the text is 5 characters long; the limit is 4 characters; cut");
}

TEST_CASE("language_of_locale: the first non-empty of LC_ALL, LC_MESSAGES, LANG decides") {
  CHECK(language_of_locale("", "", "") == Language::kEnglish);
  CHECK(language_of_locale("", "", "zh_CN.UTF-8") == Language::kChinese);
  CHECK(language_of_locale("", "", "C") == Language::kEnglish);
  CHECK(language_of_locale("", "", "POSIX") == Language::kEnglish);
  CHECK(language_of_locale("", "en_US.UTF-8", "zh_CN.UTF-8") == Language::kEnglish);
  CHECK(language_of_locale("", "zh_TW.UTF-8", "en_US.UTF-8") == Language::kChinese);
  CHECK(language_of_locale("C", "zh_CN.UTF-8", "zh_CN.UTF-8") == Language::kEnglish);
  CHECK(language_of_locale("zh_CN.GB18030", "en_US.UTF-8", "C") == Language::kChinese);
}

TEST_CASE("parse_language: zh-CN, zh and en in any case, nothing else") {
  CHECK(parse_language("zh-CN") == Language::kChinese);
  CHECK(parse_language("zh") == Language::kChinese);
  CHECK(parse_language("ZH-cn") == Language::kChinese);
  CHECK(parse_language("en") == Language::kEnglish);
  CHECK_FALSE(parse_language("fr"));
  CHECK_FALSE(parse_language(""));
  CHECK_FALSE(parse_language("zh_CN.UTF-8"));
}
