#include "pdf/outline.h"

#include <cmath>
#include <optional>
#include <stdexcept>
#include <string>

#include <fmt/format.h>

namespace careerguide::pdf {
namespace {

std::string reference(int number) { return fmt::format("{} 0 R", number); }

/// `value` to 0.01, without trailing zeros: 841.89, 800.5, 792.
std::string short_number(double value) {
  std::string text = fmt::format("{:.2f}", std::round(value * 100) / 100);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text == "-0" ? "0" : text;
}

/// Where each item sits: its parent (none: the top level) and its first
/// and last kid and its neighbours, as item indices.
struct Links {
  std::optional<std::size_t> parent, first, last, prev, next;
  std::size_t kids = 0;
};

std::vector<Links> link_items(const std::vector<page::Bookmark>& outline) {
  std::vector<Links> links(outline.size());
  std::optional<std::size_t> top_last;  // the last top-level item so far
  for (std::size_t i = 0; i < outline.size(); ++i) {
    const bool nested = outline[i].level > 1 && top_last;
    std::optional<std::size_t>& sibling_last = nested ? links[*top_last].last : top_last;
    if (nested) {
      links[i].parent = top_last;
      Links& parent = links[*top_last];
      if (!parent.first) parent.first = i;
      ++parent.kids;
    }
    if (sibling_last) {
      links[i].prev = sibling_last;
      links[*sibling_last].next = i;
    }
    sibling_last = i;
  }
  return links;
}

}  // namespace

std::vector<PdfObject> serialise_outline(const std::vector<page::Bookmark>& outline, const OutlineContext& context) {
  const std::vector<Links> links = link_items(outline);
  const auto number = [&](std::size_t item) { return context.first_number + static_cast<int>(item); };
  std::vector<PdfObject> objects;
  std::optional<std::size_t> first_top, last_top;
  std::size_t top_count = 0;
  for (std::size_t i = 0; i < outline.size(); ++i) {
    const page::Bookmark& mark = outline[i];
    const Links& at = links[i];
    if (mark.page < 0 || static_cast<std::size_t>(mark.page) >= context.page_objects.size()) {
      throw std::invalid_argument(fmt::format("bookmark to page index {}, but the document has {} pages", mark.page,
                                              context.page_objects.size()));
    }
    if (!at.parent) {
      if (!first_top) first_top = i;
      last_top = i;
      ++top_count;
    }
    const auto page = static_cast<std::size_t>(mark.page);
    std::string body = fmt::format("<< /Title {} /Parent {}", pdf_text_string(mark.title),
                                   reference(at.parent ? number(*at.parent) : context.root_number));
    if (at.prev) body += " /Prev " + reference(number(*at.prev));
    if (at.next) body += " /Next " + reference(number(*at.next));
    if (at.first) {
      // Closed: the count of the kids it would show, negative.
      body += fmt::format(" /First {} /Last {} /Count -{}", reference(number(*at.first)), reference(number(*at.last)),
                          at.kids);
    }
    body += fmt::format(" /Dest [{} /XYZ null {} null] >>", reference(context.page_objects[page]),
                        short_number(context.page_heights.at(page) - mark.top));
    objects.push_back({number(i), std::move(body)});
  }
  std::string root = "<< /Type /Outlines";
  if (first_top) {
    root += fmt::format(" /First {} /Last {} /Count {}", reference(number(*first_top)), reference(number(*last_top)),
                        top_count);
  }
  objects.insert(objects.begin(), {context.root_number, root + " >>"});
  return objects;
}

}  // namespace careerguide::pdf
