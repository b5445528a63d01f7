// The `roles:` list: ids, titles, salaries, skills, steps and links.

#include "load/read_parts.h"

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "load/amount.h"
#include "load/load_guide.h"

namespace careerguide::load {
namespace {

using messages::message;
using messages::MessageId;

constexpr std::array<std::string_view, 10> kRoleKeys{
    "id",     "title",           "title_en", "salary", "salary_note",
    "summary", "skills", "getting_started", "notes",  "links"};
constexpr std::array<std::string_view, 2> kRangeKeys{"min", "max"};
constexpr std::array<std::string_view, 2> kStepKeys{"lead", "text"};
constexpr std::array<std::string_view, 2> kLinkKeys{"label", "url"};

bool is_slug(std::string_view id) {
  if (id.empty() || id[0] < 'a' || id[0] > 'z') return false;
  for (const char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

constexpr std::array<std::string_view, 3> kLinkSchemes{"https://", "http://", "mailto:"};

bool has_link_scheme(std::string_view url) {
  for (const std::string_view scheme : kLinkSchemes) {
    if (url.starts_with(scheme)) return true;
  }
  return false;
}

/// A link a PDF viewer can open: a scheme of kLinkSchemes followed by a host
/// or an address, not by nothing, a space or another slash ("https://").
bool is_link_address(std::string_view url) {
  for (const std::string_view scheme : kLinkSchemes) {
    if (!url.starts_with(scheme)) continue;
    const std::string_view rest = url.substr(scheme.size());
    return !rest.empty() && static_cast<unsigned char>(rest.front()) > ' ' && rest.front() != '/';
  }
  return false;
}

/// Decimals a salary keeps: whole units for a year or a month, hundredths
/// for an hour (docs/chart.md, "Salaries: decimals and bounds").
int decimals_for(model::Period period) { return period == model::Period::kHour ? 2 : 0; }

/// The fix for money written as people write it, or "".
std::string money_hint(std::string_view written, bool whole_salary) {
  if (const std::string plain = amount_hint(written); !plain.empty()) return plain;
  return whole_salary ? range_hint(written) : std::string();
}

/// One salary figure: 0, or from 0.01 to 1e12 units as written, rounded
/// half up once, here, to whole units or hundredths (a warning when that
/// changes it). `whole_salary`: the value stands for the whole salary, so a
/// range written as one value gets the {min, max} hint.
std::optional<model::Hundredths> read_amount(Reader& reader, NodeId id, const std::string& path,
                                             model::Period period, bool whole_salary) {
  const Node& node = reader.node(id);
  const auto value = node.kind == Node::Kind::kScalar ? parse_decimal(node.scalar) : std::nullopt;
  if (!value) {
    const std::string hint =
        node.kind == Node::Kind::kScalar ? money_hint(node.scalar, whole_salary) : std::string();
    if (hint.empty()) {
      reader.expected(id, path, message(MessageId::kANumber));
    } else {
      reader.error(reader.pos(id), path,
                   messages::message(messages::MessageId::kExpectedNumberWriteAs,
                                     {{"value", reader.describe(id)}, {"hint", hint}}));
    }
    return std::nullopt;
  }
  if (value->negative && !value->zero()) {
    reader.expected(id, path, message(MessageId::kANumberOfZeroOrMore));
    return std::nullopt;
  }
  const int decimals = decimals_for(period);
  const auto rounded = round_amount(*value, decimals);
  if (!rounded) {
    reader.expected(id, path, message(MessageId::kASalaryInRange));
    return std::nullopt;
  }
  if (rounded->changed) {
    const model::Hundredths units = rounded->value / 100;
    const std::string shown = decimals == 0 ? std::to_string(units)
                                            : fmt::format("{}.{:02}", units, rounded->value % 100);
    reader.warning(reader.pos(id), path,
                   message(decimals == 0 ? MessageId::kRoundedToWholeUnits
                                         : MessageId::kRoundedToHundredths,
                           {{"written", node.scalar}, {"shown", shown}}));
  }
  return rounded->value;
}

model::Salary read_salary(Reader& reader, NodeId id, const std::string& path, model::Period period) {
  model::Salary salary;
  salary.pos = reader.pos(id);
  if (reader.node(id).kind != Node::Kind::kMapping) {
    if (const auto value = read_amount(reader, id, path, period, true)) {
      salary.kind = model::Salary::Kind::kAverage;
      salary.min = salary.max = *value;
    }
    return salary;
  }
  const Fields fields(reader, id, path, kRangeKeys);
  const auto min_node = fields.find("min");
  const auto max_node = fields.find("max");
  if (!min_node)
    reader.error(fields.pos(), fields.path("min"), message(MessageId::kRequiredButMissing));
  if (!max_node)
    reader.error(fields.pos(), fields.path("max"), message(MessageId::kRequiredButMissing));
  if (!min_node || !max_node) return salary;
  const auto min = read_amount(reader, *min_node, fields.path("min"), period, false);
  const auto max = read_amount(reader, *max_node, fields.path("max"), period, false);
  if (!min || !max) return salary;
  if (*min > *max) {
    reader.error(reader.pos(*min_node), fields.path("min"),
                 message(MessageId::kMinAboveMax, {{"min", reader.node(*min_node).scalar},
                                                   {"max", reader.node(*max_node).scalar}}));
    return salary;
  }
  salary.kind = model::Salary::Kind::kRange;
  salary.min = *min;
  salary.max = *max;
  return salary;
}

std::vector<model::Text> read_skills(const Fields& fields) {
  std::vector<model::Text> skills;
  const std::vector<NodeId> items = fields.list("skills");
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string path = fmt::format("{}[{}]", fields.path("skills"), i);
    auto text = fields.reader().text(items[i], path);
    if (text && text->empty()) fields.reader().expected(items[i], path, message(MessageId::kText));
    if (text && !text->empty()) skills.push_back(std::move(*text));
  }
  return skills;
}

std::optional<model::Step> read_step(Reader& reader, NodeId id, const std::string& path) {
  if (reader.node(id).kind == Node::Kind::kMapping) {
    const Fields fields(reader, id, path, kStepKeys);
    return model::Step{fields.text("lead"), fields.required_text("text")};
  }
  auto text = reader.text(id, path);
  if (!text) return std::nullopt;
  if (text->empty()) {
    reader.expected(id, path, message(MessageId::kTextOrStepMapping));
    return std::nullopt;
  }
  return model::Step{model::Text{{}, text->pos}, std::move(*text)};
}

void read_getting_started(const Fields& fields, model::Role& role) {
  const auto value = fields.find("getting_started");
  if (!value) return;
  Reader& reader = fields.reader();
  const std::string path = fields.path("getting_started");
  if (reader.node(*value).kind != Node::Kind::kSequence) {
    role.getting_started = reader.text(*value, path).value_or(model::Text{});
    return;
  }
  const std::vector<NodeId>& items = reader.node(*value).children;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (auto step = read_step(reader, items[i], fmt::format("{}[{}]", path, i))) {
      role.steps.push_back(std::move(*step));
    }
  }
}

std::vector<model::Link> read_links(const Fields& fields) {
  std::vector<model::Link> links;
  Reader& reader = fields.reader();
  const std::vector<NodeId> items = fields.list("links");
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string path = fmt::format("{}[{}]", fields.path("links"), i);
    if (!reader.expect_mapping(items[i], path)) continue;
    const Fields link(reader, items[i], path, kLinkKeys);
    model::Link out{link.text("label"), link.required_text("url"), {}};
    out.address = out.url.value;
    const std::string_view url = out.url.value;
    if (!url.empty() && !is_link_address(url)) {
      reader.expected(*link.find("url"), link.path("url"),
                      message(has_link_scheme(url) ? MessageId::kACompleteAddress
                                                   : MessageId::kAWebAddress));
    }
    check_url(reader, out.url, link.path("url"));
    links.push_back(std::move(out));
  }
  return links;
}

model::Role read_role(Reader& reader, NodeId id, const std::string& path, model::Period period) {
  model::Role role;
  role.pos = reader.pos(id);
  const Fields fields(reader, id, path, kRoleKeys);
  role.id = fields.required_text("id");
  if (!role.id.empty() && !is_slug(role.id.value)) {
    reader.expected(*fields.find("id"), fields.path("id"),
                    message(MessageId::kASlug));
  }
  role.title = fields.required_text("title");
  role.title_en = fields.text("title_en");
  const messages::Message fix = message(MessageId::kShortenTitle);
  reader.check_length(role.title, fields.path("title"), kMaxRoleTitleCharacters, fix);
  reader.check_length(role.title_en, fields.path("title_en"), kMaxRoleTitleCharacters, fix);
  if (const auto salary = fields.find("salary")) {
    role.salary = read_salary(reader, *salary, fields.path("salary"), period);
  }
  role.salary_note = fields.text("salary_note");
  role.summary = fields.required_text("summary");
  role.skills = read_skills(fields);
  read_getting_started(fields, role);
  role.notes = fields.text("notes");
  role.links = read_links(fields);
  return role;
}

}  // namespace

void check_url(Reader& reader, const model::Text& url, std::string_view path) {
  reader.check_length(url, path, kMaxUrlCharacters,
                      message(MessageId::kShortenUrl));
}

std::vector<model::Role> read_roles(const Fields& top, model::Period period) {
  Reader& reader = top.reader();
  const auto list = top.entry("roles");
  if (!list) {
    reader.error(top.pos(), "roles", message(MessageId::kRequiredButMissing));
    return {};
  }
  const auto items = reader.items(*list, "roles");
  if (!items) return {};
  if (items->empty()) {
    reader.error(reader.pos(*list), "roles", message(MessageId::kNoRoles));
    return {};
  }
  if (items->size() > kMaxRoles) {
    reader.error(reader.pos(*list), "roles",
                 message(MessageId::kTooManyRoles, {{"count", items->size()}, {"limit", kMaxRoles}}));
    return {};
  }
  std::vector<model::Role> roles;
  std::unordered_map<std::string, int> first_line_of_id;
  for (std::size_t i = 0; i < items->size(); ++i) {
    const std::string path = fmt::format("roles[{}]", i);
    if (!reader.expect_mapping((*items)[i], path)) continue;
    model::Role role = read_role(reader, (*items)[i], path, period);
    // A role reused through an alias (`- *name`) is at the alias, not at its anchor.
    const model::SourcePos where =
        reader.is_alias((*items)[i]) ? reader.pos((*items)[i]) : role.id.pos;
    const auto [first, inserted] = first_line_of_id.emplace(role.id.value, where.line);
    if (!inserted && !role.id.empty()) {
      reader.error(where, path + ".id",
                   message(MessageId::kDuplicateId, {{"id", model::quote_fragment(role.id.value)},
                                                     {"line", first->second}}));
    }
    roles.push_back(std::move(role));
  }
  return roles;
}

}  // namespace careerguide::load
