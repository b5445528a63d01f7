#pragma once
// Counting the sentences of a summary, for the warning on a thin one.

#include <cstddef>
#include <string_view>

namespace careerguide::advice {

/// Sentences in UTF-8 `text`, Chinese and English alike: a sentence ends at
/// 。！？ (full-width, a run of them ending one sentence), or at . ! ? followed
/// by a space, a line break or the end (after closing quotes or brackets);
/// text after the last end is a sentence too. A full stop that ends an
/// abbreviation (e.g. i.e. vs. Dr., a single letter, a word with a dot
/// inside such as U.S.) ends none, except "etc." before a capital letter or
/// the end. A "sentence" without a letter or digit (a stray 。) is not counted.
std::size_t count_sentences(std::string_view text);

}  // namespace careerguide::advice
