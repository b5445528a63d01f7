#include "pdf/structure_plan.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <variant>

#include <fmt/format.h>

namespace careerguide::pdf {
namespace {

std::string_view structure_type(const page::Element& element) {
  static constexpr std::string_view kHeadings[] = {"H1", "H2", "H3", "H4", "H5", "H6"};
  switch (element.role) {
    case page::Role::kHeading: return kHeadings[std::clamp(element.level, 1, 6) - 1];
    case page::Role::kParagraph: return "P";
    case page::Role::kList: return "L";
    case page::Role::kListItem: return "LI";
    case page::Role::kLabel: return "Lbl";
    case page::Role::kListBody: return "LBody";
    case page::Role::kFigure: return "Figure";
    case page::Role::kLink: return "Link";
    case page::Role::kToc: return "TOC";
    case page::Role::kTocEntry: return "TOCI";
    case page::Role::kArtifact: break;
  }
  throw std::logic_error("an artifact has no structure type");
}

std::size_t depth(const page::Element* element) {
  std::size_t n = 0;
  for (; element; element = element->parent.get()) ++n;
  return n;
}

/// The innermost element of each item of `frame` (null: none): groups are
/// laid over the items from the widest to the narrowest, and of groups over
/// the same items the deepest element last (a list item's line is in the
/// list, the item and its body), so an inner group wins, in time
/// proportional to the items the groups cover.
std::vector<const page::Element*> innermost_elements(const page::PackedPage& page) {
  std::vector<std::pair<const page::Group*, std::size_t>> order;
  for (const page::Group& group : page.groups) order.emplace_back(&group, depth(group.element.get()));
  std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    const std::size_t width_a = a.first->last - a.first->first;
    const std::size_t width_b = b.first->last - b.first->first;
    return width_a != width_b ? width_a > width_b : a.second < b.second;
  });
  std::vector<const page::Element*> inner(page.items.size(), nullptr);
  for (const auto& [group, _] : order) {
    const std::size_t last = std::min(group->last, inner.size());
    for (std::size_t i = group->first; i < last; ++i) inner[i] = group->element.get();
  }
  return inner;
}

/// Running headers and footers sit in the page's top and bottom margins.
bool in_margin(const page::Item& item, const page::PackedPage& page) {
  const auto* run = std::get_if<page::TextRun>(&item);
  if (!run) return false;
  return run->baseline.y < page.size.height * 0.1 || run->baseline.y > page.size.height * 0.9;
}

}  // namespace

std::string link_description(const page::Link& link, const std::string& language) {
  if (link.target_page < 0) return link.uri;
  const int page = link.target_page + 1;
  return language.starts_with("zh") ? fmt::format("第 {} 页", page) : fmt::format("page {}", page);
}

StructurePlanner::StructurePlanner(std::string language) {
  tree_.elements.push_back({"Document", std::move(language), "", "", {}});
}

std::size_t StructurePlanner::add_element(std::string_view type, std::size_t parent) {
  const std::size_t index = tree_.elements.size();
  tree_.elements.push_back({type, "", "", "", {}});
  tree_.elements[parent].kids.push_back(ChildElement{index});
  return index;
}

std::size_t StructurePlanner::current_sect() {
  if (!sect_) sect_ = add_element("Sect", 0);
  sect_used_ = true;
  return *sect_;
}

std::size_t StructurePlanner::element_index(const page::Element& element) {
  if (element.id == 0) throw std::logic_error("a structure element without an id");
  if (by_id_.size() <= element.id) by_id_.resize(element.id + 1, 0);
  if (by_id_[element.id] != 0) return by_id_[element.id] - 1;
  // Parents first, so that kids join them in reading order.
  const std::size_t parent = element.parent && element.parent->role != page::Role::kArtifact
                                 ? element_index(*element.parent)
                                 : current_sect();
  const std::size_t index = add_element(structure_type(element), parent);
  StructElement& added = tree_.elements[index];
  added.language = element.language;
  added.alt = element.alt;
  by_id_[element.id] = index + 1;
  return index;
}

std::vector<ContentTag> StructurePlanner::tag_page(const page::PackedPage& page) {
  const std::vector<const page::Element*> inner = innermost_elements(page);
  // A continuation page: its first content belongs to an element seen before.
  bool continues = false;
  for (const page::Element* element : inner) {
    if (!element || element->role == page::Role::kArtifact) continue;
    for (const page::Element* e = element; e; e = e->parent.get()) {
      if (e->id < by_id_.size() && by_id_[e->id] != 0) continues = true;
    }
    break;
  }
  if (!continues && sect_used_) {
    sect_.reset();
    sect_used_ = false;
  }

  std::vector<ContentTag> tags;
  tags.reserve(page.items.size());
  // Text without a role, since the last tagged item: one paragraph while
  // its runs stay within a line of each other.
  std::optional<std::size_t> loose_paragraph;
  double loose_baseline = 0;
  std::size_t i = 0;
  for (const page::Item& item : page.items) {
    const page::Element* element = inner[i++];
    const bool link = std::holds_alternative<page::Link>(item);
    if (element && element->role == page::Role::kArtifact) {
      tags.push_back({std::nullopt, in_margin(item, page) ? ArtifactKind::kPagination : ArtifactKind::kLayout});
      continue;
    }
    if (element) {
      loose_paragraph.reset();
      std::size_t index = element_index(*element);
      // A link area inside a paragraph or list body gets a Link of its own.
      if (link && element->role != page::Role::kLink) index = add_element("Link", index);
      tags.push_back({index});
      continue;
    }
    if (link) {
      tags.push_back({add_element("Link", current_sect())});
    } else if (const auto* run = std::get_if<page::TextRun>(&item)) {
      if (!loose_paragraph || std::abs(run->baseline.y - loose_baseline) > 1.6 * run->size) {
        loose_paragraph = add_element("P", current_sect());
      }
      loose_baseline = run->baseline.y;
      tags.push_back({*loose_paragraph});
    } else {
      tags.push_back({std::nullopt, ArtifactKind::kLayout});
    }
  }
  return tags;
}

}  // namespace careerguide::pdf
