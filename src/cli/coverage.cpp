#include "cli/coverage.h"

#include <cstdint>
#include <fstream>
#include <algorithm>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_set>
#include <utility>

#include <fmt/format.h>

#include "text/utf8.h"

namespace careerguide::cli {
namespace {

/// Unicode's default-ignorable code points (DerivedCoreProperties.txt):
/// format characters with no visible form of their own.
bool is_default_ignorable(char32_t cp) {
  struct Range {
    char32_t first;
    char32_t last;
  };
  static constexpr Range kRanges[] = {
      {0x00AD, 0x00AD},   {0x034F, 0x034F},   {0x061C, 0x061C},   {0x115F, 0x1160},
      {0x17B4, 0x17B5},   {0x180B, 0x180F},   {0x200B, 0x200F},   {0x202A, 0x202E},
      {0x2060, 0x206F},   {0x3164, 0x3164},   {0xFE00, 0xFE0F},   {0xFEFF, 0xFEFF},
      {0xFFA0, 0xFFA0},   {0xFFF0, 0xFFF8},   {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A},
      {0xE0000, 0xE0FFF},
  };
  for (const Range& range : kRanges) {
    if (cp >= range.first && cp <= range.last) return true;
  }
  return false;
}

std::string utf8_of(char32_t cp) {
  std::string out;
  text::append_utf8(out, cp);
  return out;
}

/// `cp` as a message shows it: the character itself, then its code.
std::string describe(char32_t cp) {
  const auto code = fmt::format("U+{:04X}", static_cast<std::uint32_t>(cp));
  if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return code;  // a control: the code only
  return fmt::format("{} ({})", utf8_of(cp), code);
}

std::string_view reason(Coverage coverage) {
  switch (coverage) {
    case Coverage::kOutsideBmp:
      return "outside the Basic Multilingual Plane: the PDF library draws only U+0000 to U+FFFF";
    case Coverage::kMissing:
      return "no configured font has it; theme.fonts.fallback can name a font that does";
    case Coverage::kMissingInRegular:
      return "the regular font lacks it";
    case Coverage::kMissingInBold:
      return "the bold font lacks it";
    case Coverage::kPrintable:
      break;
  }
  return "";
}

/// The lines of data files, read once each, to find characters' columns.
class SourceLines {
 public:
  /// Line `line` (1-based) of `file` without its line break; empty when the
  /// file or the line cannot be read.
  std::string_view line(const std::string& file, int line) {
    const std::vector<std::string>& lines = lines_of(file);
    if (line < 1 || static_cast<std::size_t>(line) > lines.size()) return {};
    return lines[static_cast<std::size_t>(line) - 1];
  }

  /// Where the value of `key` under the top-level mapping `parent` of
  /// `file` starts (block style, one key per line), or nullopt. The model
  /// keeps no positions for labels and the currency, so the source is searched.
  std::optional<model::SourcePos> nested_position(const std::string& file, std::string_view parent,
                                                  std::string_view key) {
    const std::vector<std::string>& lines = lines_of(file);
    bool in_parent = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const std::string_view line = lines[i];
      const std::size_t indent = line.find_first_not_of(' ');
      if (indent == std::string_view::npos || line[indent] == '#') continue;
      if (indent == 0) {
        in_parent = line.starts_with(parent) && line.substr(parent.size(), 1) == ":";
        continue;
      }
      const std::string_view entry = line.substr(indent);
      if (!in_parent || !entry.starts_with(key) || entry.substr(key.size(), 1) != ":") continue;
      const std::size_t after_colon = indent + key.size() + 1;
      const std::size_t value = line.find_first_not_of(' ', after_colon);
      // Indentation and key are ASCII: bytes count as characters here.
      const std::size_t column = value == std::string_view::npos ? indent : value;
      return model::SourcePos{file, static_cast<int>(i + 1), static_cast<int>(column + 1)};
    }
    return std::nullopt;
  }

 private:
  const std::vector<std::string>& lines_of(const std::string& file) {
    auto [it, inserted] = files_.try_emplace(file);
    if (inserted) it->second = read_lines(file);
    return it->second;
  }

  static std::vector<std::string> read_lines(const std::string& file) {
    std::vector<std::string> lines;
    std::ifstream in(file, std::ios::binary);
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      lines.push_back(std::move(line));
    }
    // The loader counts columns after the byte-order mark.
    if (!lines.empty() && lines.front().starts_with("\xEF\xBB\xBF")) lines.front().erase(0, 3);
    return lines;
  }

  std::map<std::string, std::vector<std::string>> files_;
};

/// Byte offset of 1-based character column `column` in `line`, or npos.
std::size_t byte_of_column(std::string_view line, int column) {
  std::size_t pos = 0;
  for (int c = 1; c < column; ++c) {
    if (pos >= line.size()) return std::string_view::npos;
    text::decode_next(line, pos);
  }
  return pos;
}

/// How many characters after the value's position its text starts: 0 for
/// a plain scalar, 1 for a quoted one; nullopt when the source line does
/// not read exactly as the one-line value.
std::optional<int> value_start(std::string_view line, int column, std::string_view value) {
  if (value.find('\n') != std::string_view::npos) return std::nullopt;
  const std::size_t at = byte_of_column(line, column);
  if (at == std::string_view::npos) return std::nullopt;
  const std::string_view rest = line.substr(at);
  if (rest.starts_with(value)) return 0;
  if (rest.size() >= value.size() + 2 && (rest[0] == '"' || rest[0] == '\'') &&
      rest.substr(1, value.size()) == value && rest[value.size() + 1] == rest[0]) {
    return 1;
  }
  return std::nullopt;
}

/// A key of a mapping and the text stored under it.
using Field = std::pair<std::string_view, model::Text*>;
using Fields = std::initializer_list<Field>;

/// Replaces unprintable characters value by value, collecting warnings.
class Substituter {
 public:
  explicit Substituter(const CoverageCheck& coverage)
      : coverage_(coverage), substitute_(choose_substitute(coverage)) {}

  /// Checks `value` (at `pos`, named `path`) and rewrites it in place. A
  /// value already checked (the same text used again, as through an alias)
  /// is rewritten the same way but reported only at its first use.
  void check(std::string_view path, std::string& value, const model::SourcePos& pos) {
    const bool first_use = checked_values_.insert(value).second;
    std::string out;
    out.reserve(value.size());
    std::set<char32_t> reported;
    bool changed = false;
    int index = 0;  // characters before the current one
    std::size_t at = 0;
    while (at < value.size()) {
      const std::size_t begin = at;
      const char32_t cp = text::decode_next(value, at);
      const Coverage coverage = coverage_(cp);
      if (first_use) count(cp, coverage);
      if (coverage == Coverage::kPrintable) {
        out.append(value, begin, at - begin);
      } else if (is_default_ignorable(cp)) {
        changed = true;
      } else {
        changed = true;
        text::append_utf8(out, substitute_);
        if (first_use && reported.insert(cp).second) warn(path, value, pos, index, cp, coverage);
      }
      ++index;
    }
    if (changed) value = std::move(out);
  }

  /// What the fonts lack among the distinct characters checked.
  CoverageCounts counts() const {
    return {printed_.size(), lacking_regular_.size(), lacking_bold_.size()};
  }

  /// The position of `parent`.`key` in `file` (see SourceLines), or the file alone.
  model::SourcePos nested_position(const std::string& file, std::string_view parent,
                                   std::string_view key) {
    return lines_.nested_position(file, parent, key).value_or(model::SourcePos{file, 0, 0});
  }

  /// The warnings by position, at most kMaxCoverageWarnings of them and
  /// then one saying how many more there are (naming `file`).
  std::vector<model::Diagnostic> take_warnings(const std::string& file) {
    model::sort_by_position(warnings_);
    if (warnings_.size() > kMaxCoverageWarnings) {
      const std::size_t rest = warnings_.size() - kMaxCoverageWarnings;
      warnings_.resize(kMaxCoverageWarnings);
      warnings_.push_back({{file, 0, 0}, model::Severity::kWarning,
                           fmt::format("{} more characters that cannot be printed are not listed "
                                       "(only the first {} warnings are)",
                                       rest, kMaxCoverageWarnings)});
    }
    return std::move(warnings_);
  }

 private:
  void warn(std::string_view path, std::string_view value, const model::SourcePos& pos, int index,
            char32_t cp, Coverage coverage) {
    model::SourcePos where = pos;
    if (pos.line > 0 && pos.column > 0) {
      const auto start = value_start(lines_.line(pos.file, pos.line), pos.column, value);
      if (start) where.column = pos.column + *start + index;
    }
    warnings_.push_back({where, model::Severity::kWarning,
                         fmt::format("{}: {} cannot be printed ({}); it is shown as {}", path,
                                     describe(cp), reason(coverage), utf8_of(substitute_))});
  }

  // Characters the guide prints, for the share each face's font lacks; the
  // invisible ones and the line breaks are not characters a font must have.
  void count(char32_t cp, Coverage coverage) {
    if (cp == U'\t' || cp == U'\n' || cp == U'\r' || is_default_ignorable(cp)) return;
    printed_.insert(cp);
    if (coverage == Coverage::kMissing || coverage == Coverage::kMissingInRegular)
      lacking_regular_.insert(cp);
    if (coverage == Coverage::kMissing || coverage == Coverage::kMissingInBold)
      lacking_bold_.insert(cp);
  }

  const CoverageCheck& coverage_;
  char32_t substitute_;
  SourceLines lines_;
  std::vector<model::Diagnostic> warnings_;
  std::unordered_set<std::string> checked_values_;
  std::set<char32_t> printed_;
  std::set<char32_t> lacking_regular_;
  std::set<char32_t> lacking_bold_;
};

/// False for a label the guide never prints: the pay labels of the periods
/// other than the currency's, and "no figure at all" when a role has one.
bool label_printed(std::string_view key, const model::Guide& guide) {
  const auto period_of = [](std::string_view k) -> std::optional<model::Period> {
    if (k == "salary_year" || k == "unit_year") return model::Period::kYear;
    if (k == "salary_month" || k == "unit_month") return model::Period::kMonth;
    if (k == "salary_hour" || k == "unit_hour") return model::Period::kHour;
    return std::nullopt;
  };
  if (const auto period = period_of(key)) return *period == guide.currency.period;
  if (key == "no_figures_at_all")
    return std::none_of(guide.roles.begin(), guide.roles.end(),
                        [](const model::Role& role) { return role.salary.has_figure(); });
  return true;
}

void check_sources(Substituter& check, std::vector<model::Source>& sources) {
  for (std::size_t i = 0; i < sources.size(); ++i) {
    model::Source& s = sources[i];
    const std::string path = fmt::format("sources[{}]", i);
    const Fields fields = {{"publisher", &s.publisher}, {"title", &s.title},
                           {"short_title", &s.short_title}, {"credit", &s.credit},
                           {"date", &s.date}, {"place", &s.place}, {"url", &s.url}};
    for (const auto& [key, text] : fields) {
      check.check(fmt::format("{}.{}", path, key), text->value, text->pos);
    }
  }
}

void check_steps(Substituter& check, const std::string& path, std::vector<model::Step>& steps) {
  for (std::size_t i = 0; i < steps.size(); ++i) {
    model::Step& step = steps[i];
    const std::string item = fmt::format("{}.getting_started[{}]", path, i);
    // A step written as plain text has no lead and shares its position.
    const bool plain = step.lead.empty() && step.lead.pos == step.body.pos;
    check.check(item + ".lead", step.lead.value, step.lead.pos);
    check.check(plain ? item : item + ".text", step.body.value, step.body.pos);
  }
}

void check_role(Substituter& check, std::size_t index, model::Role& role) {
  const std::string path = fmt::format("roles[{}]", index);
  const Fields fields = {{"title", &role.title}, {"title_en", &role.title_en},
                         {"salary_note", &role.salary_note}, {"summary", &role.summary},
                         {"getting_started", &role.getting_started}, {"notes", &role.notes}};
  for (const auto& [key, text] : fields) {
    check.check(fmt::format("{}.{}", path, key), text->value, text->pos);
  }
  for (std::size_t i = 0; i < role.skills.size(); ++i) {
    check.check(fmt::format("{}.skills[{}]", path, i), role.skills[i].value, role.skills[i].pos);
  }
  check_steps(check, path, role.steps);
  for (std::size_t i = 0; i < role.links.size(); ++i) {
    model::Link& link = role.links[i];
    check.check(fmt::format("{}.links[{}].label", path, i), link.label.value, link.label.pos);
    check.check(fmt::format("{}.links[{}].url", path, i), link.url.value, link.url.pos);
  }
}

void check_guide(Substituter& check, model::Guide& guide) {
  const Fields fields = {{"title", &guide.title},     {"subtitle", &guide.subtitle},
                         {"date", &guide.date},       {"author", &guide.author},
                         {"market", &guide.market},   {"intro", &guide.intro},
                         {"closing", &guide.closing}, {"disclaimer", &guide.disclaimer}};
  for (const auto& [key, text] : fields) {
    check.check(key, text->value, text->pos);
  }
  check_sources(check, guide.sources);
  for (std::size_t i = 0; i < guide.roles.size(); ++i) check_role(check, i, guide.roles[i]);
  for (const std::string_view key : {"symbol", "name"}) {
    std::string& value = key == "symbol" ? guide.currency.symbol : guide.currency.name;
    check.check(fmt::format("currency.{}", key), value,
                check.nested_position(guide.source_file, "currency", key));
  }
  for (const model::LabelKey& label : model::label_keys()) {
    if (!label_printed(label.key, guide)) continue;
    check.check(fmt::format("labels.{}", label.key), guide.labels.*label.member,
                check.nested_position(guide.source_file, "labels", label.key));
  }
}

}  // namespace

Coverage font_coverage(const fonts::FontSet& fonts, char32_t cp) {
  if (cp == U'\t' || cp == U'\n' || cp == U'\r') return Coverage::kPrintable;
  if (!fonts::is_drawable_code_point(cp)) return Coverage::kOutsideBmp;
  const bool regular = fonts.font_for(cp, text::FontFace::kRegular).has_glyph(cp);
  const bool bold = fonts.font_for(cp, text::FontFace::kBold).has_glyph(cp);
  if (regular && bold) return Coverage::kPrintable;
  if (regular) return Coverage::kMissingInBold;
  if (bold) return Coverage::kMissingInRegular;
  return Coverage::kMissing;
}

char32_t choose_substitute(const CoverageCheck& coverage) {
  for (const char32_t candidate : {U'\u25A1', U'\u3013'}) {
    if (coverage(candidate) == Coverage::kPrintable) return candidate;
  }
  return U'?';
}

CoveredGuide apply_coverage(const model::Guide& guide, const CoverageCheck& coverage) {
  CoveredGuide result{guide, {}, {}};
  Substituter substituter(coverage);
  check_guide(substituter, result.guide);
  result.warnings = substituter.take_warnings(guide.source_file);
  result.counts = substituter.counts();
  return result;
}

void restore_link_targets(layout::Document& document, const model::Guide& original,
                          const model::Guide& covered) {
  // Substituted address → the first address as written that reads so.
  std::map<std::string, std::string> written;
  for (std::size_t r = 0; r < original.roles.size() && r < covered.roles.size(); ++r) {
    const auto& before = original.roles[r].links;
    const auto& after = covered.roles[r].links;
    for (std::size_t i = 0; i < before.size() && i < after.size(); ++i) {
      if (before[i].url.value != after[i].url.value)
        written.try_emplace(after[i].url.value, before[i].url.value);
    }
  }
  if (written.empty()) return;
  for (layout::Page& page : document.pages) {
    for (layout::Item& item : page.items) {
      auto* link = std::get_if<layout::Link>(&item);
      if (link == nullptr || link->uri.empty()) continue;
      if (const auto found = written.find(link->uri); found != written.end()) link->uri = found->second;
    }
  }
}

CoveredGuide apply_coverage(const model::Guide& guide, const fonts::FontSet& fonts) {
  return apply_coverage(guide, [&fonts](char32_t cp) { return font_coverage(fonts, cp); });
}

}  // namespace careerguide::cli
