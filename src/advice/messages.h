#pragma once
// The advice pass's texts, in one place (English; the messages table of
// issue 16 will hold them in both languages). Each says what looks wrong
// and how to fix it; the caller adds the key path.

#include <cstddef>
#include <string>
#include <string_view>

namespace careerguide::advice::messages {

/// `figure` and `median` as printed ("1,270,000"); `fix` the value to write
/// ("127000"), empty when a factor of 10 does not explain the figure.
std::string salary_far_above(std::string_view figure, std::string_view median, std::string_view fix);
std::string salary_far_below(std::string_view figure, std::string_view median, std::string_view fix);

std::string no_skills();
std::string no_getting_started();
std::string summary_empty();
std::string summary_one_sentence();

/// `amount` as the note writes it.
std::string note_repeats_figure(std::string_view amount);

/// `address` quoted; `http`: the address starts with http://.
std::string link_not_https(std::string_view address, bool http);

/// A role's page `role_page` of `role_pages`, `percent` full, starts with
/// the section `heading` and holds `lines` lines of `characters` characters.
std::string sparse_page(std::string_view heading, int role_page, int role_pages, int percent,
                        std::size_t lines, std::size_t characters);

/// The line after the first `shown` warnings when `hidden` more were found.
std::string more_warnings(std::size_t hidden, std::size_t shown);

}  // namespace careerguide::advice::messages
