#include "advice/messages.h"

#include <fmt/format.h>

namespace careerguide::advice::messages {

std::string salary_far_above(std::string_view figure, std::string_view median, std::string_view fix) {
  return fmt::format(
      "{} is more than 5 times the median of the guide's figures ({}){}", figure, median,
      fix.empty() ? "; check the figure against the source"
                  : fmt::format("; if a zero was typed too many, write {}", fix));
}

std::string salary_far_below(std::string_view figure, std::string_view median, std::string_view fix) {
  return fmt::format(
      "{} is less than a fifth of the median of the guide's figures ({}){}", figure, median,
      fix.empty() ? "; check the figure against the source"
                  : fmt::format("; if a zero is missing, write {}", fix));
}

std::string no_skills() {
  return "the role has no skills; add skills: a list of what the role needs, one \"- \" line each";
}

std::string no_getting_started() {
  return "the role has no getting_started; add getting_started: the first steps into the role, "
         "as a list or as a text";
}

std::string summary_empty() {
  return "says nothing but punctuation; write two or three sentences on what the role does";
}

std::string summary_one_sentence() {
  return "is one sentence; a summary of two or three sentences says what the role does and why "
         "it matters";
}

std::string note_repeats_figure(std::string_view amount) {
  return fmt::format(
      "repeats the figure ({}) that the page already shows; say what the figure does not (where "
      "it comes from, what it includes), or remove the note",
      amount);
}

std::string link_not_https(std::string_view address, bool http) {
  if (http)
    return fmt::format(
        "\"{}\" is not a secure address: browsers warn about http:// pages; write https:// if "
        "the site has it",
        address);
  return fmt::format(
      "\"{}\" is not a web address (https://); check that this kind of link is what you want",
      address);
}

std::string sparse_page(std::string_view heading, int role_page, int role_pages, int percent,
                        std::size_t lines, std::size_t characters) {
  return fmt::format(
      "the section \"{}\" spills onto the role's page {} of {}, which is only {} % full ({} {}); "
      "cut about {} characters from the role's text to save the page",
      heading, role_page, role_pages, percent, lines, lines == 1 ? "line" : "lines", characters);
}

std::string more_warnings(std::size_t hidden, std::size_t shown) {
  return fmt::format("{} more warnings not shown (only the first {} are listed)", hidden, shown);
}

}  // namespace careerguide::advice::messages
