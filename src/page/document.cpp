#include "page/document.h"

namespace careerguide::page {

PackedPage::PackedPage(Page page)
    : size(page.size), number(page.number), items(page.items), groups(std::move(page.groups)) {
  groups.shrink_to_fit();
}

void PackedPage::append(Frame frame) {
  const std::size_t base = items.size();
  for (Group& group : frame.groups) {
    group.first += base;
    group.last += base;
    groups.push_back(std::move(group));
  }
  for (const Item& item : frame.items) items.push_back(item);
  items.shrink_to_fit();
  groups.shrink_to_fit();
}

Page PackedPage::unpacked() const {
  Page page;
  page.size = size;
  page.number = number;
  page.items.reserve(items.size());
  for (const Item& item : items) page.items.push_back(item);
  page.groups = groups;
  return page;
}

}  // namespace careerguide::page
