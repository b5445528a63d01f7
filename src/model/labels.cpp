#include "model/labels.h"

#include <array>

namespace careerguide::model {
namespace {

Labels chinese_labels() {
  Labels l;
  l.cover_kicker = "职业指南手册";
  l.cover_description = "收录 {n} 个职位的职责、核心技能、入门路径[与{salary}]";
  l.cover_description_one = "收录 1 个职位的职责、核心技能、入门路径[与{salary}]";
  l.cover_source = "资料来源";
  l.cover_credit = "中文整理";
  l.cover_date = "版本日期";
  l.no_data_short = "暂无数据";
  l.cover_legend = "每根柱为一个职位的{salary}，由低到高排列[；虚线柱：{none}]";
  l.date_format = "{y}年{m}月{d}日";
  l.contents = "目录";
  l.contents_subtitle = "Contents";
  l.chart = "薪资概览";
  l.chart_subtitle = "{salary}（{code}）";
  l.chart_subtitle_en = "Salary overview";
  l.chart_kicker = "{market} · {y}年";
  l.closing_entry = "结语与资料来源";
  l.closing_entry_en = "Closing and sources";
  l.closing_title = "结语";
  l.closing_subtitle = "Closing";
  l.role_kicker = "职业 {nn} / {total}";
  l.role_header = "职业 {nn} · {title}";
  l.continued = "（续）";
  l.salary_year = "平均年薪";
  l.salary_month = "平均月薪";
  l.salary_hour = "平均时薪";
  l.unit_year = "/ 年";
  l.unit_month = "/ 月";
  l.unit_hour = "/ 小时";
  l.no_figure = "暂无平均数据";
  l.no_figure_note = "暂无公开的平均薪资数据。";
  l.rank = "在 {n} 个有薪资数据的职业中排第 {rank} 位";
  l.this_role = "本职业";
  l.summary = "职位概述";
  l.skills = "核心技能";
  l.getting_started = "如何入门";
  l.notes = "备注";
  l.links = "相关链接";
  l.intro = "写在前面";
  l.closing_text = "写给你";
  l.sources = "资料来源";
  l.next_steps = "我的下一步";
  l.notes_prompt = "工作坊笔记：写下你最感兴趣的职位，以及这个月就能开始的第一步。";
  l.highest = "最高";
  l.average = "平均";
  l.lowest = "最低";
  l.roles_count = "{n} 个职业";
  l.axis_caption = "{name} {unit}";
  l.not_in_chart = "未列入图表";
  l.no_figures_at_all = "本指南中的职业均暂无平均薪资数据";
  l.average_line = "平均 {value}";
  l.data_note_lead = "数据说明：";
  l.data_note = "数值为[{market}的]{salary}，单位为{name} {unit}，{order}。[来源：{source}。]";
  l.data_note_more_sources = "等 {total} 项（全部列于结语页）";
  l.order_salary = "按从高到低排列";
  l.order_data = "按本指南中的顺序排列";
  l.page_footer = "第 {n} 页 / 共 {total} 页";
  l.footer_source = "资料来源：";
  l.footer_credit = "中文整理：";
  l.cover_bookmark = "封面";
  l.currency_name = "{code}";
  return l;
}

Labels english_labels() {
  Labels l;
  l.cover_kicker = "Career guide";
  l.cover_description = "{n} roles: what they do, key skills, how to start[, {salary}]";
  l.cover_description_one = "One role: what it does, key skills, how to start[, {salary}]";
  l.cover_source = "Source";
  l.cover_credit = "Write-up";
  l.cover_date = "Edition";
  l.no_data_short = "No figure";
  l.cover_legend = "Each column is one role's {salary}, lowest to highest[; dashed: {none}]";
  l.date_format = "{month} {d}, {y}";
  l.contents = "Contents";
  l.contents_subtitle = "";
  l.chart = "Salary overview";
  l.chart_subtitle = "{salary}, {code}";
  l.chart_subtitle_en = "";
  l.chart_kicker = "{market} · {y}";
  l.closing_entry = "Closing and sources";
  l.closing_entry_en = "";
  l.closing_title = "Closing";
  l.closing_subtitle = "";
  l.role_kicker = "Role {nn} / {total}";
  l.role_header = "Role {nn} · {title}";
  l.continued = " (continued)";
  l.salary_year = "Average annual salary";
  l.salary_month = "Average monthly pay";
  l.salary_hour = "Average hourly pay";
  l.unit_year = "/ year";
  l.unit_month = "/ month";
  l.unit_hour = "/ hour";
  l.no_figure = "No average figure";
  l.no_figure_note = "No published average salary.";
  l.rank = "Ranks {rank} of {n} roles with a figure";
  l.this_role = "This role";
  l.summary = "The role";
  l.skills = "Key skills";
  l.getting_started = "How to start";
  l.notes = "Notes";
  l.links = "Links";
  l.intro = "Before you start";
  l.closing_text = "To you";
  l.sources = "Sources";
  l.next_steps = "My next step";
  l.notes_prompt =
      "Workshop notes: write down the role that interests you most, and a first step you can "
      "take this month.";
  l.highest = "Highest";
  l.average = "Average";
  l.lowest = "Lowest";
  l.roles_count = "{n} roles";
  l.axis_caption = "{code} {unit}";
  l.not_in_chart = "Not in the chart";
  l.no_figures_at_all = "No role in this guide has an average salary figure";
  l.average_line = "Average {value}";
  l.data_note_lead = "About the data: ";
  l.data_note =
      "figures are {salary}[ ({market})], in {name} {unit}, {order}.[ Source: {source}.]";
  l.data_note_more_sources = " and {more} more (all listed on the closing page)";
  l.order_salary = "sorted from highest to lowest";
  l.order_data = "in the order of this guide";
  l.page_footer = "Page {n} of {total}";
  l.footer_source = "Source: ";
  l.footer_credit = "Write-up: ";
  l.cover_bookmark = "Cover";
  l.currency_name = "{code}";
  return l;
}

#define CAREERGUIDE_LABEL(name) LabelKey{#name, &Labels::name}
#define CAREERGUIDE_LABEL_WITH(name, placeholders) LabelKey{#name, &Labels::name, placeholders}
constexpr std::array kLabelKeys{
    CAREERGUIDE_LABEL(cover_kicker),      CAREERGUIDE_LABEL_WITH(cover_description, "n salary market"),
    CAREERGUIDE_LABEL_WITH(cover_description_one, "n salary market"),
    CAREERGUIDE_LABEL(cover_source),      CAREERGUIDE_LABEL(cover_credit),
    CAREERGUIDE_LABEL(cover_date),        CAREERGUIDE_LABEL(no_data_short),
    CAREERGUIDE_LABEL_WITH(cover_legend, "salary none"),
    CAREERGUIDE_LABEL_WITH(date_format, "y m d month"),       CAREERGUIDE_LABEL(contents),
    CAREERGUIDE_LABEL(contents_subtitle), CAREERGUIDE_LABEL(chart),
    CAREERGUIDE_LABEL_WITH(chart_subtitle, "code salary name"),    CAREERGUIDE_LABEL(chart_subtitle_en),
    CAREERGUIDE_LABEL_WITH(chart_kicker, "market y"),      CAREERGUIDE_LABEL(closing_entry),
    CAREERGUIDE_LABEL(closing_entry_en),  CAREERGUIDE_LABEL(closing_title),
    CAREERGUIDE_LABEL(closing_subtitle),  CAREERGUIDE_LABEL_WITH(role_kicker, "nn total"),
    CAREERGUIDE_LABEL_WITH(role_header, "nn title"),       CAREERGUIDE_LABEL(continued),
    CAREERGUIDE_LABEL(salary_year),       CAREERGUIDE_LABEL(salary_month),
    CAREERGUIDE_LABEL(salary_hour),       CAREERGUIDE_LABEL(unit_year),
    CAREERGUIDE_LABEL(unit_month),        CAREERGUIDE_LABEL(unit_hour),
    CAREERGUIDE_LABEL(no_figure),         CAREERGUIDE_LABEL(no_figure_note),
    CAREERGUIDE_LABEL_WITH(rank, "n rank"),              CAREERGUIDE_LABEL(this_role),
    CAREERGUIDE_LABEL(summary),           CAREERGUIDE_LABEL(skills),
    CAREERGUIDE_LABEL(getting_started),   CAREERGUIDE_LABEL(notes),
    CAREERGUIDE_LABEL(links),             CAREERGUIDE_LABEL(intro),
    CAREERGUIDE_LABEL(closing_text),      CAREERGUIDE_LABEL(sources),
    CAREERGUIDE_LABEL(next_steps),        CAREERGUIDE_LABEL(notes_prompt),
    CAREERGUIDE_LABEL(highest),           CAREERGUIDE_LABEL(average),
    CAREERGUIDE_LABEL(lowest),            CAREERGUIDE_LABEL_WITH(roles_count, "n"),
    CAREERGUIDE_LABEL_WITH(axis_caption, "name code unit"),      CAREERGUIDE_LABEL(not_in_chart),
    CAREERGUIDE_LABEL(no_figures_at_all), CAREERGUIDE_LABEL_WITH(average_line, "value"),
    CAREERGUIDE_LABEL(data_note_lead),    CAREERGUIDE_LABEL_WITH(data_note, "market salary name unit code order source"),
    CAREERGUIDE_LABEL_WITH(data_note_more_sources, "more total"),
    CAREERGUIDE_LABEL(order_salary),      CAREERGUIDE_LABEL(order_data),
    CAREERGUIDE_LABEL_WITH(page_footer, "n total"),       CAREERGUIDE_LABEL(footer_source),
    CAREERGUIDE_LABEL(footer_credit),     CAREERGUIDE_LABEL(cover_bookmark),
    CAREERGUIDE_LABEL_WITH(currency_name, "code"),
};
#undef CAREERGUIDE_LABEL
#undef CAREERGUIDE_LABEL_WITH

/// Whether every `{name}` in `clause` has a non-empty value.
bool clause_complete(std::string_view clause, const std::map<std::string, std::string>& values) {
  std::size_t i = 0;
  while ((i = clause.find('{', i)) != std::string_view::npos) {
    const std::size_t close = clause.find('}', i + 1);
    if (close == std::string_view::npos) return true;
    const auto it = values.find(std::string(clause.substr(i + 1, close - i - 1)));
    if (it == values.end() || it->second.empty()) return false;
    i = close + 1;
  }
  return true;
}

}  // namespace

std::span<const LabelKey> label_keys() { return kLabelKeys; }

Labels builtin_labels(Language language) {
  return language == Language::kEnglish ? english_labels() : chinese_labels();
}

std::string fill(std::string_view pattern, const std::map<std::string, std::string>& values) {
  std::string out;
  out.reserve(pattern.size());
  std::size_t i = 0;
  while (i < pattern.size()) {
    const std::size_t open = pattern.find('{', i);
    if (open == std::string_view::npos) break;
    const std::size_t close = pattern.find('}', open + 1);
    if (close == std::string_view::npos) break;
    out.append(pattern.substr(i, open - i));
    const auto it = values.find(std::string(pattern.substr(open + 1, close - open - 1)));
    if (it != values.end()) {
      out += it->second;
    } else {
      out.append(pattern.substr(open, close - open + 1));
    }
    i = close + 1;
  }
  out.append(pattern.substr(i));
  return out;
}

std::string fill_clauses(std::string_view pattern, const std::map<std::string, std::string>& values) {
  std::string out;
  std::size_t i = 0;
  while (i < pattern.size()) {
    const std::size_t open = pattern.find('[', i);
    const std::size_t close = open == std::string_view::npos ? open : pattern.find(']', open + 1);
    if (close == std::string_view::npos) break;
    out += fill(pattern.substr(i, open - i), values);
    const std::string_view clause = pattern.substr(open + 1, close - open - 1);
    if (clause_complete(clause, values)) out += fill(clause, values);
    i = close + 1;
  }
  out += fill(pattern.substr(i), values);
  return out;
}

}  // namespace careerguide::model
