#include "model/text_walk.h"

#include <initializer_list>
#include <utility>

namespace careerguide::model {
namespace {

using Fields = std::initializer_list<std::pair<std::string_view, Text*>>;

std::string join(std::string_view path, std::string_view key) {
  std::string out(path);
  if (!out.empty()) out += '.';
  out += key;
  return out;
}

std::string indexed(std::string_view path, std::string_view key, std::size_t i) {
  return join(path, key) + "[" + std::to_string(i) + "]";
}

void visit_text(const TextVisitor& visit, const std::string& path, Text& text) {
  visit({path, text.value, {text.pos, text.verbatim_column}});
}

void visit_fields(const TextVisitor& visit, std::string_view path, Fields fields) {
  for (const auto& [key, text] : fields) visit_text(visit, join(path, key), *text);
}

void visit_steps(const TextVisitor& visit, const std::string& path, std::vector<Step>& steps) {
  for (std::size_t i = 0; i < steps.size(); ++i) {
    Step& step = steps[i];
    const std::string item = indexed(path, "getting_started", i);
    // A step written as plain text has no lead and shares its position.
    const bool plain = step.lead.empty() && step.lead.pos == step.body.pos;
    visit_text(visit, item + ".lead", step.lead);
    visit_text(visit, plain ? item : item + ".text", step.body);
  }
}

void visit_role(const TextVisitor& visit, const std::string& path, Role& role) {
  visit_fields(visit, path, {{"title", &role.title}, {"title_en", &role.title_en},
                             {"salary_note", &role.salary_note}, {"summary", &role.summary}});
  for (std::size_t i = 0; i < role.skills.size(); ++i)
    visit_text(visit, indexed(path, "skills", i), role.skills[i]);
  visit_steps(visit, path, role.steps);
  visit_fields(visit, path, {{"getting_started", &role.getting_started}, {"notes", &role.notes}});
  for (std::size_t i = 0; i < role.links.size(); ++i) {
    const std::string link = indexed(path, "links", i);
    visit_fields(visit, link, {{"label", &role.links[i].label}, {"url", &role.links[i].url}});
  }
}

void visit_source(const TextVisitor& visit, const std::string& path, Source& s) {
  visit_fields(visit, path, {{"publisher", &s.publisher}, {"title", &s.title},
                             {"short_title", &s.short_title}, {"credit", &s.credit},
                             {"date", &s.date}, {"place", &s.place}, {"url", &s.url}});
}

}  // namespace

void for_each_text(Guide& guide, const TextVisitor& visit) {
  visit_fields(visit, "", {{"title", &guide.title}, {"subtitle", &guide.subtitle},
                           {"date", &guide.date}, {"author", &guide.author},
                           {"market", &guide.market}, {"intro", &guide.intro},
                           {"closing", &guide.closing}, {"disclaimer", &guide.disclaimer}});
  for (std::size_t i = 0; i < guide.sources.size(); ++i)
    visit_source(visit, indexed("", "sources", i), guide.sources[i]);
  for (std::size_t i = 0; i < guide.roles.size(); ++i)
    visit_role(visit, indexed("", "roles", i), guide.roles[i]);
  visit({"currency.symbol", guide.currency.symbol, guide.currency.symbol_origin});
  visit({"currency.name", guide.currency.name, guide.currency.name_origin});
  for (const LabelKey& label : label_keys()) {
    const auto written = guide.label_origins.find(label.key);
    const TextOrigin origin = written == guide.label_origins.end() ? TextOrigin{} : written->second;
    visit({join("labels", label.key), guide.labels.*label.member, origin});
  }
}

}  // namespace careerguide::model
