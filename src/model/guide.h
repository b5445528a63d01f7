#pragma once
// The validated content of a data file. Plain structs: no YAML, no PDF.

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "geom/geometry.h"
#include "model/labels.h"
#include "model/source_pos.h"
#include "typeface/font_file.h"

namespace careerguide::model {

/// A piece of user text with where it was written. Empty `value` = absent.
struct Text {
  std::string value;  ///< UTF-8; block scalars keep their line breaks
  SourcePos pos;
  /// The column of the value's first character when the value is written on
  /// one line exactly as it reads (plain, or quoted without escapes), so that
  /// its k-th character is at column verbatim_column + k; 0 otherwise.
  int verbatim_column = 0;
  bool empty() const { return value.empty(); }
};

/// Where a text kept as a plain string (a label, the currency's symbol and
/// name) was written: Text's position without its value.
struct TextOrigin {
  SourcePos pos;
  int verbatim_column = 0;  ///< as Text::verbatim_column
};

enum class Paper { kA4, kLetter };

/// An amount of money as an exact count of hundredths of the currency's unit
/// (4550 = 45.50): sums, averages and midpoints stay exact integers.
using Hundredths = std::int64_t;

/// The largest salary the loader accepts: 1e12 currency units. With at most
/// 10,000 roles a sum of every min and max (2 × 10^4 × 10^14 = 2 × 10^18) is
/// still below INT64_MAX (9.2 × 10^18), so no sum of salaries can overflow.
inline constexpr Hundredths kMaxSalary = 100'000'000'000'000;

/// An annual (or monthly, hourly) pay figure, 0 ≤ min ≤ max ≤ kMaxSalary,
/// rounded by the loader: whole units for a year or month, hundredths for an hour.
struct Salary {
  enum class Kind { kNone, kAverage, kRange };
  Kind kind = Kind::kNone;
  Hundredths min = 0;  ///< the average itself for kAverage
  Hundredths max = 0;  ///< the average itself for kAverage
  SourcePos pos;

  bool has_figure() const { return kind != Kind::kNone; }
};

struct Link {
  Text label;
  Text url;             ///< the address as printed (a later pass may substitute characters)
  std::string address{};  ///< the address as written: where the link leads
};

/// One getting-started step; `lead` (set in Bold, ends the phrase with a
/// full-width colon when drawn) may be empty.
struct Step {
  Text lead;
  Text body;
};

struct Role {
  Text id;                    ///< unique slug
  Text title;                 ///< in the guide's language
  Text title_en;              ///< optional second-language title
  Salary salary;
  Text salary_note;           ///< why there is no figure, or a remark on it
  Text summary;               ///< paragraphs separated by a blank line
  std::vector<Text> skills;
  std::vector<Step> steps;    ///< getting_started given as a list
  Text getting_started;       ///< getting_started given as one text
  Text notes;
  std::vector<Link> links;
  SourcePos pos;              ///< where the role's mapping starts
};

/// A reference the guide is based on.
struct Source {
  Text publisher;    ///< e.g. Forbes
  Text title;        ///< full title of the article
  Text short_title;  ///< shorter title for the cover and footer; falls back to title
  Text credit;       ///< who wrote the translation or write-up (中文整理)
  Text date;         ///< as written, e.g. 2024-07-12
  Text place;        ///< e.g. 上海
  Text url;
};

enum class Period { kYear, kMonth, kHour };

struct Currency {
  std::string code = "USD";
  std::string symbol = "$";
  std::string name;  ///< e.g. 美元; empty = the language's default for the code
  Period period = Period::kYear;
  TextOrigin symbol_origin{};  ///< where `symbol` was written; unset for the default
  TextOrigin name_origin{};    ///< where `name` was written; unset for the default
};

/// A font file chosen in the data and where the data chose it; the font
/// module takes it as the typeface::FontFile it is.
struct FontSpec : typeface::FontFile {
  SourcePos pos;
};

struct Theme {
  std::optional<Paper> paper;  ///< unset = A4 unless --paper says otherwise
  std::optional<geom::Color> accent;
  SourcePos accent_pos;
  FontSpec regular;
  FontSpec bold;
  FontSpec fallback;  ///< drawn for characters the main font lacks
};

enum class ChartSort { kSalary, kData };

struct ChartOptions {
  ChartSort sort = ChartSort::kSalary;
  bool average_line = false;
};

struct Guide {
  std::string source_file;  ///< the data file as given on the command line
  int format = 1;
  Text title;
  Text subtitle;            ///< cover kicker, e.g. 职业指南手册
  Language language = Language::kChinese;
  Text date;                ///< edition date, YYYY-MM-DD
  Text author;
  Text market;              ///< e.g. 美国市场; with the date's year, the chart kicker
  Text intro;
  Text closing;
  Text disclaimer;          ///< small print under the sources
  bool notes_area = true;   ///< writing lines on the closing page
  std::vector<Source> sources;
  Currency currency;
  std::vector<Role> roles;
  Theme theme;
  ChartOptions chart;
  Labels labels;            ///< built-in labels for `language`, with overrides applied
  /// Where each label the data overrides was written, by key (`summary`).
  std::map<std::string, TextOrigin, std::less<>> label_origins;
};

}  // namespace careerguide::model
