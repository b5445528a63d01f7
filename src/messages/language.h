#pragma once
// Which language the program speaks to its user: the locale's, or --lang's.
// The guide's own `language` field governs only what is printed in the PDF.

#include <optional>
#include <string_view>

namespace careerguide::messages {

enum class Language { kEnglish, kChinese };

/// The language of the locale named by the first non-empty of LC_ALL,
/// LC_MESSAGES and LANG (POSIX order): Chinese when it starts with "zh",
/// English otherwise (C, POSIX, en_US.UTF-8, nothing at all). Read from the
/// strings alone, so it needs no installed locale.
Language language_of_locale(std::string_view lc_all, std::string_view lc_messages,
                            std::string_view lang);

/// language_of_locale of this process's environment.
Language language_from_environment();

/// The value of --lang: "zh-CN" or "zh" is Chinese, "en" English, any case;
/// nullopt for anything else.
std::optional<Language> parse_language(std::string_view value);

}  // namespace careerguide::messages
