#include "messages/language.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>

namespace careerguide::messages {
namespace {

std::string_view environment(const char* name) {
  const char* value = std::getenv(name);
  return value ? std::string_view(value) : std::string_view();
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

Language language_of_locale(std::string_view lc_all, std::string_view lc_messages,
                            std::string_view lang) {
  for (const std::string_view locale : {lc_all, lc_messages, lang}) {
    if (locale.empty()) continue;
    return locale.starts_with("zh") ? Language::kChinese : Language::kEnglish;
  }
  return Language::kEnglish;
}

Language language_from_environment() {
  return language_of_locale(environment("LC_ALL"), environment("LC_MESSAGES"), environment("LANG"));
}

std::optional<Language> parse_language(std::string_view value) {
  const std::string name = lower(value);
  if (name == "zh-cn" || name == "zh") return Language::kChinese;
  if (name == "en") return Language::kEnglish;
  return std::nullopt;
}

}  // namespace careerguide::messages
