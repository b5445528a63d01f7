#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace careerguide::text {

/// Splits user text into paragraphs at blank lines. Single line breaks inside
/// a paragraph are joined: with nothing between two CJK characters, with one
/// space otherwise. Leading and trailing white space of every line is
/// dropped, ideographic spaces (U+3000, a hand-made indent) included.
std::vector<std::string> split_paragraphs(std::string_view text);

/// `s` without its trailing white space: what split_paragraphs drops at the
/// end of a line (spaces, tabs, line ends, ideographic spaces).
std::string_view trim_end(std::string_view s);

}  // namespace careerguide::text
