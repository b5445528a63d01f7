// The top level of a data file: the guide's own fields, currency, chart
// options, sources and label overrides; roles and theme have their own files.

#include "load/read_parts.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "load/load_guide.h"

namespace careerguide::load {
namespace {

using messages::message;
using messages::MessageId;

constexpr std::array<std::string_view, 17> kTopKeys{
    "format",  "title",   "subtitle",   "language",   "date",    "author",
    "market",  "intro",   "closing",    "disclaimer", "notes_area", "sources",
    "currency", "roles",  "theme",      "chart",      "labels"};
constexpr std::array<std::string_view, 4> kCurrencyKeys{"code", "symbol", "name", "period"};
constexpr std::array<std::string_view, 2> kChartKeys{"sort", "average_line"};
constexpr std::array<std::string_view, 7> kSourceKeys{"publisher", "title", "short_title",
                                                      "credit",    "date",  "place", "url"};

/// The text of `key` when it is one of `choices` (reported otherwise).
std::optional<std::string> read_choice(const Fields& fields, std::string_view key,
                                       std::initializer_list<std::string_view> choices,
                                       messages::Message expected) {
  const auto value = fields.find(key);
  if (!value) return std::nullopt;
  const auto text = fields.reader().text(*value, fields.path(key));
  if (!text) return std::nullopt;
  for (const std::string_view choice : choices) {
    if (text->value == choice) return text->value;
  }
  fields.reader().expected(*value, fields.path(key), std::move(expected));
  return std::nullopt;
}

bool is_date(std::string_view s) {
  constexpr std::array<int, 12> kDays{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (const std::size_t i : std::array<std::size_t, 8>{0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  const int year = std::stoi(std::string(s.substr(0, 4)));
  const int month = std::stoi(std::string(s.substr(5, 2)));
  const int day = std::stoi(std::string(s.substr(8, 2)));
  if (month < 1 || month > 12 || day < 1 || day > kDays[static_cast<std::size_t>(month - 1)]) {
    return false;
  }
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

void read_language(const Fields& top, model::Guide& guide) {
  const auto language = read_choice(top, "language", {"zh-CN", "zh", "en", "en-US", "en-GB"},
                                    message(MessageId::kZhCnOrEn));
  if (language && language->starts_with("en")) guide.language = model::Language::kEnglish;
}

void read_format_and_date(const Fields& top, model::Guide& guide) {
  if (const auto format = top.find("format")) {
    const auto number = parse_number(top.reader().node(*format).scalar);
    if (top.reader().node(*format).kind != Node::Kind::kScalar || number != 1.0) {
      top.reader().expected(*format, "format", message(MessageId::kFormatOne));
    }
  }
  guide.date = top.text("date");
  if (!guide.date.empty() && !is_date(guide.date.value)) {
    top.reader().expected(*top.find("date"), "date",
                          message(MessageId::kADate));
  }
}

model::Currency read_currency(Reader& reader, NodeId id) {
  model::Currency currency;
  if (!reader.expect_mapping(id, "currency")) return currency;
  const Fields fields(reader, id, "currency", kCurrencyKeys);
  if (const auto code = fields.find("code")) {
    const std::string text = reader.text(*code, "currency.code").value_or(model::Text{}).value;
    const bool valid = text.size() == 3 && std::all_of(text.begin(), text.end(), [](char c) {
                         return c >= 'A' && c <= 'Z';
                       });
    if (valid) currency.code = text;
    if (!valid) reader.expected(*code, "currency.code", message(MessageId::kACurrencyCode));
  }
  if (const auto symbol = fields.find("symbol")) {
    // A quoted symbol keeps its spaces: "CHF " prints CHF 45,000.
    const Node& node = reader.node(*symbol);
    const model::Text text = fields.text("symbol");
    currency.symbol = node.kind == Node::Kind::kScalar && node.quoted ? node.scalar : text.value;
    const bool verbatim = currency.symbol == text.value;  // a kept space shifts no character
    currency.symbol_origin = {reader.pos(*symbol), verbatim ? text.verbatim_column : 0};
    if (!reader.check_length({currency.symbol, reader.pos(*symbol)}, "currency.symbol",
                             kMaxSymbolCharacters,
                             message(MessageId::kShortenSymbol))) {
      currency.symbol.clear();
    }
  }
  const model::Text name = fields.text("name");
  currency.name = name.value;
  currency.name_origin = {name.pos, name.verbatim_column};
  const auto period = read_choice(fields, "period", {"year", "month", "hour"},
                                  message(MessageId::kYearMonthOrHour));
  if (period == "month") currency.period = model::Period::kMonth;
  if (period == "hour") currency.period = model::Period::kHour;
  return currency;
}

model::ChartOptions read_chart(Reader& reader, NodeId id) {
  model::ChartOptions chart;
  if (!reader.expect_mapping(id, "chart")) return chart;
  const Fields fields(reader, id, "chart", kChartKeys);
  if (read_choice(fields, "sort", {"salary", "data"}, message(MessageId::kSalaryOrData)) == "data") {
    chart.sort = model::ChartSort::kData;
  }
  chart.average_line = fields.boolean("average_line").value_or(false);
  return chart;
}

std::vector<model::Source> read_sources(const Fields& top) {
  std::vector<model::Source> sources;
  const std::vector<NodeId> items = top.list("sources");
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string path = fmt::format("sources[{}]", i);
    if (!top.reader().expect_mapping(items[i], path)) continue;
    const Fields f(top.reader(), items[i], path, kSourceKeys);
    sources.push_back({f.text("publisher"), f.required_text("title"), f.text("short_title"),
                       f.text("credit"), f.text("date"), f.text("place"), f.text("url")});
    check_url(top.reader(), sources.back().url, f.path("url"));
  }
  return sources;
}

/// Labels with a limit of their own (docs/reliability.md, "Limits"); every
/// other label may have kMaxLabelCharacters.
struct LabelLimit {
  std::string_view key;
  std::size_t limit;
};
/// Whether `name` is one of the space-separated `placeholders`.
bool takes(std::string_view placeholders, std::string_view name) {
  for (std::size_t at = 0; at <= placeholders.size();) {
    const std::size_t end = std::min(placeholders.find(' ', at), placeholders.size());
    if (placeholders.substr(at, end - at) == name) return true;
    at = end + 1;
  }
  return false;
}

/// A warning for the first {name} in a label override that the guide does
/// not fill into that label (a typo such as {titel}, or a name from another
/// label): it would be printed as written.
void warn_unknown_placeholders(Reader& reader, const model::Text& text, const std::string& path,
                               std::string_view placeholders) {
  const std::string& value = text.value;
  for (std::size_t open = value.find('{'); open != std::string::npos; open = value.find('{', open + 1)) {
    const std::size_t close = value.find('}', open + 1);
    if (close == std::string::npos) return;
    const std::string_view name(value.data() + open + 1, close - open - 1);
    // Only what fill() would try: a name of lowercase letters (a brace in prose stays prose).
    if (name.empty() || name.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") != std::string_view::npos) continue;
    if (takes(placeholders, name)) continue;
    const std::string placeholder = "{" + std::string(name) + "}";
    if (placeholders.empty()) {
      reader.warning(text.pos, path, message(MessageId::kLabelNoPlaceholders, {{"placeholder", placeholder}}));
      return;
    }
    // "{nn} {total}" from "nn total".
    std::string names = "{";
    for (const char c : placeholders) names += c == ' ' ? std::string("} {") : std::string(1, c);
    reader.warning(text.pos, path,
                   message(MessageId::kLabelUnknownPlaceholder, {{"placeholder", placeholder}, {"names", names + "}"}}));
    return;
  }
}

constexpr std::array<LabelLimit, 18> kLabelLimits{{
    {"page_footer", kMaxPageFooterCharacters},  {"continued", kMaxContinuedCharacters},
    {"cover_source", kMaxShortLabelCharacters}, {"role_kicker", kMaxShortLabelCharacters},
    {"salary_year", kMaxShortLabelCharacters},  {"salary_month", kMaxShortLabelCharacters},
    {"salary_hour", kMaxShortLabelCharacters},  {"no_figure", kMaxShortLabelCharacters},
    {"this_role", kMaxShortLabelCharacters},    {"axis_caption", kMaxLineLabelCharacters},
    {"currency_name", kMaxShortLabelCharacters * 2}, {"unit_year", kMaxWordLabelCharacters},
    {"unit_month", kMaxWordLabelCharacters},    {"unit_hour", kMaxWordLabelCharacters},
    {"highest", kMaxWordLabelCharacters},       {"average", kMaxWordLabelCharacters},
    {"lowest", kMaxWordLabelCharacters},        {"not_in_chart", kMaxLineLabelCharacters},
}};

std::size_t label_limit(std::string_view key) {
  for (const LabelLimit& limit : kLabelLimits) {
    if (limit.key == key) return limit.limit;
  }
  return kMaxLabelCharacters;
}

void read_labels(Reader& reader, NodeId id, model::Labels& labels,
                 std::map<std::string, model::TextOrigin, std::less<>>& origins) {
  if (!reader.expect_mapping(id, "labels")) return;
  std::vector<std::string_view> keys;
  for (const model::LabelKey& key : model::label_keys()) keys.push_back(key.key);
  const Fields fields(reader, id, "labels", keys);
  for (const model::LabelKey& key : model::label_keys()) {
    const auto value = fields.entry(key.key);
    if (!value) continue;
    const auto text = reader.text(*value, fields.path(key.key));
    if (!text) continue;
    const std::string& builtin = labels.*key.member;
    const messages::Message fix =
        builtin.empty() ? message(MessageId::kShortenIt)
                        : message(MessageId::kShortenLikeBuiltin, {{"builtin", builtin}});
    if (reader.check_length(*text, fields.path(key.key), label_limit(key.key), fix)) {
      labels.*key.member = text->value;
      origins[std::string(key.key)] = {text->pos, text->verbatim_column};
      warn_unknown_placeholders(reader, *text, fields.path(key.key), key.placeholders);
    }
  }
}

}  // namespace

model::Guide read_guide(Reader& reader, NodeId root, const std::filesystem::path& base_dir) {
  model::Guide guide;
  if (reader.node(root).kind != Node::Kind::kMapping) {
    reader.expected(root, "", message(MessageId::kTopLevelKeys));
    return guide;
  }
  const Fields top(reader, root, "", kTopKeys);
  read_format_and_date(top, guide);
  guide.title = top.required_text("title");
  reader.check_length(guide.title, "title", kMaxGuideTitleCharacters,
                      message(MessageId::kShortenGuideTitle));
  guide.subtitle = top.text("subtitle");
  read_language(top, guide);
  guide.author = top.text("author");
  reader.check_length(guide.author, "author", kMaxAuthorCharacters,
                      message(MessageId::kShortenAuthor));
  guide.market = top.text("market");
  guide.intro = top.text("intro");
  guide.closing = top.text("closing");
  guide.disclaimer = top.text("disclaimer");
  guide.notes_area = top.boolean("notes_area").value_or(true);
  guide.sources = read_sources(top);
  if (const auto currency = top.find("currency")) guide.currency = read_currency(reader, *currency);
  guide.roles = read_roles(top, guide.currency.period);
  if (const auto theme = top.find("theme")) guide.theme = read_theme(reader, *theme, "theme", base_dir);
  if (const auto chart = top.find("chart")) guide.chart = read_chart(reader, *chart);
  guide.labels = model::builtin_labels(guide.language);
  if (const auto labels = top.find("labels")) read_labels(reader, *labels, guide.labels, guide.label_origins);
  return guide;
}

}  // namespace careerguide::load
