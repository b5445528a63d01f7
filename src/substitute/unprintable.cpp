#include "substitute/unprintable.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>

#include <fmt/format.h>

#include "model/text_walk.h"
#include "text/utf8.h"

namespace careerguide::substitute {
namespace {

using fonts::Coverage;
using messages::MessageId;

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

messages::Message reason(Coverage coverage) {
  switch (coverage) {
    case Coverage::kOutsideBmp: return messages::message(MessageId::kOutsideBmp);
    case Coverage::kMissing: return messages::message(MessageId::kNoFontHasIt);
    case Coverage::kMissingInRegular: return messages::message(MessageId::kRegularFontLacksIt);
    case Coverage::kMissingInBold: return messages::message(MessageId::kBoldFontLacksIt);
    case Coverage::kPrintable: break;
  }
  return messages::verbatim("");
}

/// Replaces unprintable characters value by value, collecting warnings.
class Substituter {
 public:
  Substituter(const CoverageCheck& coverage, std::string file)
      : coverage_(coverage), substitute_(choose_substitute(coverage)), file_(std::move(file)) {}

  /// Checks `value` (written at `origin`, named `path`) and rewrites it in place. A
  /// value already checked (the same text used again, as through an alias)
  /// is rewritten the same way but reported only at its first use.
  void check(std::string_view path, std::string& value, const model::TextOrigin& origin) {
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
        if (first_use && reported.insert(cp).second) warn(path, origin, index, cp, coverage);
      }
      ++index;
    }
    if (changed) {
      value = std::move(out);
      changed_any_ = true;
    }
  }

  /// Whether any value checked so far was rewritten.
  bool changed_any() const { return changed_any_; }

  /// What the fonts lack among the distinct characters checked.
  CoverageCounts counts() const {
    return {printed_.size(), lacking_regular_.size(), lacking_bold_.size()};
  }

  /// The warnings by position, at most kMaxWarnings of them and then one
  /// saying how many more there are (naming the data file).
  std::vector<model::Diagnostic> take_warnings() {
    model::sort_by_position(warnings_);
    if (warnings_.size() > kMaxWarnings) {
      const std::size_t rest = warnings_.size() - kMaxWarnings;
      warnings_.resize(kMaxWarnings);
      warnings_.push_back({{file_, 0, 0}, model::Severity::kWarning,
                           messages::message(MessageId::kMoreUnprintable,
                                             {{"count", rest}, {"limit", kMaxWarnings}})});
    }
    return std::move(warnings_);
  }

 private:
  void warn(std::string_view path, const model::TextOrigin& origin, int index, char32_t cp,
            Coverage coverage) {
    model::SourcePos where = origin.pos.file.empty() ? model::SourcePos{file_, 0, 0} : origin.pos;
    if (origin.verbatim_column > 0) where.column = origin.verbatim_column + index;
    warnings_.push_back({where, model::Severity::kWarning,
                         messages::message(MessageId::kCannotPrint,
                                           {{"character", describe(cp)},
                                            {"reason", reason(coverage)},
                                            {"substitute", utf8_of(substitute_)}}),
                         std::string(path)});
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
  std::string file_;
  std::vector<model::Diagnostic> warnings_;
  std::unordered_set<std::string> checked_values_;
  bool changed_any_ = false;
  std::set<char32_t> printed_;
  std::set<char32_t> lacking_regular_;
  std::set<char32_t> lacking_bold_;
};

/// False for a label the guide never prints: the pay labels of the periods
/// other than the currency's, the cover description of the other number of
/// roles, and "no figure at all" (a guide without figures has no salary
/// overview to say it in; the key stays so that older files still load).
bool label_printed(std::string_view key, const model::Guide& guide) {
  const auto period_of = [](std::string_view k) -> std::optional<model::Period> {
    if (k == "salary_year" || k == "unit_year") return model::Period::kYear;
    if (k == "salary_month" || k == "unit_month") return model::Period::kMonth;
    if (k == "salary_hour" || k == "unit_hour") return model::Period::kHour;
    return std::nullopt;
  };
  if (const auto period = period_of(key)) return *period == guide.currency.period;
  if (key == "no_figures_at_all") return false;
  if (key == "cover_description_one") return guide.roles.size() == 1;
  if (key == "cover_description") return guide.roles.size() != 1;
  return true;
}

}  // namespace

char32_t choose_substitute(const CoverageCheck& coverage) {
  for (const char32_t candidate : {U'\u25A1', U'\u3013'}) {
    if (coverage(candidate) == Coverage::kPrintable) return candidate;
  }
  return U'?';
}

SubstitutedGuide substitute_unprintable(const model::Guide& guide, const CoverageCheck& coverage) {
  SubstitutedGuide result{guide, {}, {}};
  Substituter substituter(coverage, guide.source_file);
  model::for_each_text(result.guide, [&](model::TextField field) {
    constexpr std::string_view kLabels = "labels.";
    if (field.path.starts_with(kLabels) && !label_printed(field.path.substr(kLabels.size()), guide))
      return;
    substituter.check(field.path, field.value, field.origin);
  });
  result.warnings = substituter.take_warnings();
  result.counts = substituter.counts();
  result.changed = substituter.changed_any();
  return result;
}

}  // namespace careerguide::substitute
