#include "advice/advise.h"

#include <string>

#include <fmt/format.h>

#include "advice/amounts_in_text.h"
#include "advice/salary_outliers.h"
#include "advice/sentences.h"
#include "money/money.h"
#include "messages/message.h"

namespace careerguide::advice {
namespace {

using messages::Message;
using messages::MessageId;
using model::Diagnostic;
using model::Severity;

std::string role_path(std::size_t index) { return fmt::format("roles[{}]", index); }

void warn(std::vector<Diagnostic>& out, const model::SourcePos& pos, const std::string& path,
          Message message) {
  out.push_back({pos, Severity::kWarning, std::move(message), path});
}

money::Precision precision_of(model::Period period) {
  return period == model::Period::kHour ? money::Precision::kCents : money::Precision::kWholeUnits;
}

// An amount as the data writes it: 127000, or 41.50 for an hour.
std::string written(model::Hundredths amount, model::Period period) {
  if (period == model::Period::kHour) return fmt::format("{}.{:02}", amount / 100, amount % 100);
  return std::to_string(amount / 100);
}

Message printed(const model::Salary& salary, model::Period period) {
  const money::Precision precision = precision_of(period);
  if (salary.kind == model::Salary::Kind::kAverage)
    return messages::verbatim(money::format_amount(salary.min, precision));
  return messages::message(MessageId::kSalaryRange,
                           {{"min", money::format_amount(salary.min, precision)},
                            {"max", money::format_amount(salary.max, precision)},
                            {"midpoint", money::format_amount((salary.min + salary.max + 1) / 2, precision)}});
}

std::string fix_for(const std::optional<model::Salary>& salary, model::Period period) {
  if (!salary) return {};
  if (salary->kind == model::Salary::Kind::kAverage) return written(salary->min, period);
  return fmt::format("min: {}, max: {}", written(salary->min, period), written(salary->max, period));
}

void advise_on_salaries(const model::Guide& guide, std::vector<Diagnostic>& out) {
  const model::Period period = guide.currency.period;
  for (const SalaryOutlier& outlier : salary_outliers(guide.roles, period)) {
    const model::Salary& salary = guide.roles[outlier.role].salary;
    const MessageId id = outlier.above
                             ? (outlier.tenfold ? MessageId::kSalaryFarAboveTenfold : MessageId::kSalaryFarAbove)
                             : (outlier.tenfold ? MessageId::kSalaryFarBelowTenfold : MessageId::kSalaryFarBelow);
    std::vector<messages::Argument> arguments{
        {"figure", printed(salary, period)},
        {"median", money::format_amount(outlier.median, precision_of(period))}};
    if (outlier.tenfold) arguments.push_back({"fix", fix_for(outlier.tenfold, period)});
    warn(out, salary.pos, role_path(outlier.role) + ".salary", messages::message(id, std::move(arguments)));
  }
}

void advise_on_sections(const model::Role& role, const std::string& path, std::vector<Diagnostic>& out) {
  if (role.skills.empty()) warn(out, role.pos, path, messages::message(MessageId::kNoSkills));
  if (role.steps.empty() && role.getting_started.empty())
    warn(out, role.pos, path, messages::message(MessageId::kNoGettingStarted));
  const std::size_t sentences = count_sentences(role.summary.value);
  if (sentences == 0)
    warn(out, role.summary.pos, path + ".summary", messages::message(MessageId::kSummaryEmpty));
  if (sentences == 1)
    warn(out, role.summary.pos, path + ".summary", messages::message(MessageId::kSummaryOneSentence));
}

// Where the `character`-th character (0-based) of `text` was written: its own
// column when the text is written verbatim on one line, else the text's.
model::SourcePos position_in(const model::Text& text, std::size_t character) {
  if (text.verbatim_column == 0) return text.pos;
  return {text.pos.file, text.pos.line, text.verbatim_column + static_cast<int>(character)};
}

void advise_on_salary_note(const model::Role& role, model::Period period, const std::string& path,
                           std::vector<Diagnostic>& out) {
  if (!role.salary.has_figure() || role.salary_note.empty()) return;
  for (const AmountInText& amount : amounts_in_text(role.salary_note.value)) {
    if (amount.value != role.salary.min && amount.value != role.salary.max) continue;
    warn(out, position_in(role.salary_note, amount.character), path + ".salary_note",
         messages::message(MessageId::kNoteRepeatsFigure,
                           {{"amount", money::format_amount(amount.value, precision_of(period))}}));
    return;  // once per note
  }
}

void advise_on_address(const model::Text& url, std::string_view address, const std::string& path,
                       std::vector<Diagnostic>& out) {
  if (address.empty() || address.starts_with("https://")) return;
  const MessageId id = address.starts_with("http://") ? MessageId::kLinkNotSecure : MessageId::kLinkNotWeb;
  warn(out, url.pos, path, messages::message(id, {{"address", model::quote_fragment(address, 60)}}));
}

void advise_on_links(const model::Guide& guide, std::vector<Diagnostic>& out) {
  for (std::size_t i = 0; i < guide.sources.size(); ++i)
    advise_on_address(guide.sources[i].url, guide.sources[i].url.value,
                      fmt::format("sources[{}].url", i), out);
  for (std::size_t r = 0; r < guide.roles.size(); ++r)
    for (std::size_t i = 0; i < guide.roles[r].links.size(); ++i) {
      const model::Link& link = guide.roles[r].links[i];
      advise_on_address(link.url, link.address.empty() ? link.url.value : link.address,
                        fmt::format("{}.links[{}].url", role_path(r), i), out);
    }
}

// The text a reader would cut: the end of the section that spills, where
// the page's lines come from.
model::SourcePos spill_position(const model::Role& role, std::string_view source) {
  if (source == "skills" && !role.skills.empty()) return role.skills.back().pos;
  if (source == "getting_started" && !role.steps.empty()) return role.steps.back().body.pos;
  if (source == "getting_started") return role.getting_started.pos;
  if (source == "notes") return role.notes.pos;
  if (source == "salary_note") return role.salary_note.pos;
  if (source == "links" && !role.links.empty()) {
    const model::Link& link = role.links.back();
    return link.label.empty() ? link.url.pos : link.label.pos;
  }
  return role.summary.pos;
}

std::string spill_path(const model::Role& role, std::size_t index, std::string_view source) {
  const std::string path = fmt::format("{}.{}", role_path(index), source);
  if (source == "skills" && !role.skills.empty()) return fmt::format("{}[{}]", path, role.skills.size() - 1);
  if (source == "getting_started" && !role.steps.empty())
    return fmt::format("{}[{}]", path, role.steps.size() - 1);
  if (source == "links" && !role.links.empty()) return fmt::format("{}[{}]", path, role.links.size() - 1);
  return path;
}

const std::string& heading_of(const model::Labels& labels, std::string_view source) {
  if (source == "skills") return labels.skills;
  if (source == "getting_started") return labels.getting_started;
  if (source == "notes" || source == "salary_note") return labels.notes;
  if (source == "links") return labels.links;
  return labels.summary;
}

void advise_on_pages(const model::Guide& guide, const page::Document& document,
                     std::vector<Diagnostic>& out) {
  for (const page::SparsePage& page : document.sparse_pages) {
    if (page.role >= guide.roles.size()) continue;
    const model::Role& role = guide.roles[page.role];
    const int percent = static_cast<int>(page.fill * 100);  // rounded down: 24.9 % is under 25
    warn(out, spill_position(role, page.source), spill_path(role, page.role, page.source),
         messages::message(page.continued ? MessageId::kSparsePage : MessageId::kSparsePageMoved,
                           {{"heading", heading_of(guide.labels, page.source)},
                                                    {"page", page.role_page},
                                                    {"pages", page.role_pages},
                                                    {"percent", percent},
                                                    {"characters", page.characters}}));
  }
}

void cap(std::vector<Diagnostic>& warnings, const std::string& file) {
  if (warnings.size() <= kMaxWarnings) return;
  const std::size_t hidden = warnings.size() - kMaxWarnings;
  warnings.resize(kMaxWarnings);
  warnings.push_back({{file, 0, 0}, Severity::kWarning,
                      messages::message(MessageId::kMoreAdvice, {{"count", hidden}, {"limit", kMaxWarnings}})});
}

}  // namespace

std::vector<Diagnostic> advise(const model::Guide& guide, const page::Document& document) {
  std::vector<Diagnostic> warnings;
  advise_on_salaries(guide, warnings);
  for (std::size_t i = 0; i < guide.roles.size(); ++i) {
    const model::Role& role = guide.roles[i];
    advise_on_sections(role, role_path(i), warnings);
    advise_on_salary_note(role, guide.currency.period, role_path(i), warnings);
  }
  advise_on_links(guide, warnings);
  advise_on_pages(guide, document, warnings);
  model::sort_by_position(warnings);
  cap(warnings, guide.source_file);
  return warnings;
}

}  // namespace careerguide::advice
