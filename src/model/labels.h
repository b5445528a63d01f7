#pragma once
// The fixed words of a guide (headings, captions, units), per language.
// Users override any of them under `labels:` in the data file.

#include <map>
#include <span>
#include <string>
#include <string_view>

namespace careerguide::model {

enum class Language { kChinese, kEnglish };

/// Built-in texts. Placeholders in braces ({n}, {total}, {rank}, {title},
/// {y}, {m}, {d}, {code}, {name}) are filled in by `fill`.
struct Labels {
  std::string cover_kicker;        ///< cover kicker when the data has no subtitle
  std::string cover_description;   ///< {n} = number of roles; [{salary}] when a role has a figure
  std::string cover_description_one;  ///< the same for a guide of one role
  std::string cover_source;        ///< info strip: source
  std::string cover_credit;        ///< info strip: write-up credit
  std::string cover_date;          ///< info strip: edition date
  std::string no_data_short;       ///< under a cover column without a figure
  std::string cover_legend;        ///< under a skyline of 9–24 roles: what the columns show
  std::string date_format;         ///< {y} {m} {d}, or {month} for English month names
  std::string contents;            ///< contents page title
  std::string contents_subtitle;
  std::string chart;               ///< chart page title, contents entry, header
  std::string chart_subtitle;      ///< {code}
  std::string chart_subtitle_en;   ///< English line under the chart entry in the contents
  std::string chart_kicker;        ///< {market} {y}
  std::string closing_entry;       ///< contents entry and header of the closing page
  std::string closing_entry_en;
  std::string closing_title;
  std::string closing_subtitle;
  std::string role_kicker;         ///< {nn} {total}
  std::string role_header;         ///< {nn} {title}
  std::string continued;           ///< appended to continued titles
  std::string salary_year;         ///< card label for a yearly figure
  std::string salary_month;
  std::string salary_hour;
  std::string unit_year;           ///< after the figure, e.g. "/ 年"
  std::string unit_month;
  std::string unit_hour;
  std::string no_figure;           ///< in place of the figure
  std::string no_figure_note;      ///< used when a role without a figure has no note
  std::string rank;                ///< {n} {rank}
  std::string this_role;
  std::string summary;
  std::string skills;
  std::string getting_started;
  std::string notes;
  std::string links;
  std::string intro;
  std::string closing_text;
  std::string sources;
  std::string next_steps;
  std::string notes_prompt;
  std::string highest;
  std::string average;
  std::string lowest;
  std::string roles_count;         ///< {n}
  std::string axis_caption;        ///< {name} {code} {unit}
  std::string not_in_chart;
  std::string no_figures_at_all;
  std::string average_line;        ///< label of the chart's average line
  std::string data_note_lead;
  std::string data_note;           ///< {market} {salary} {unit} {order} {source}; [clauses] optional
  std::string data_note_more_sources;  ///< after the sources the data note names: {more} {total}
  std::string order_salary;
  std::string order_data;
  std::string page_footer;         ///< {n} {total}
  std::string footer_source;       ///< before the source on the closing page
  std::string footer_credit;
  std::string cover_bookmark;
  std::string currency_name;       ///< used when currency.name is not given; {code}
};

/// One overridable label: its key under `labels:` and where it lives.
struct LabelKey {
  std::string_view key;
  std::string Labels::*member;
  /// The {names} the guide fills into this label, space-separated ("n total");
  /// empty when it takes none. Any other {name} would print as written.
  std::string_view placeholders = {};
};

/// Every key users may set under `labels:`, in documentation order.
std::span<const LabelKey> label_keys();

/// The built-in labels of a language.
Labels builtin_labels(Language language);

/// Replaces each `{name}` in `pattern` by its value; unknown names stay as written.
std::string fill(std::string_view pattern, const std::map<std::string, std::string>& values);

/// `fill`, where each clause in square brackets is kept (without its
/// brackets) only when every placeholder in it has a non-empty value, so a
/// sentence reads right without an optional field: "数值为[{market}的]{salary}".
std::string fill_clauses(std::string_view pattern, const std::map<std::string, std::string>& values);

}  // namespace careerguide::model
