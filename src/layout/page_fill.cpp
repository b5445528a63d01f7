#include "layout/page_fill.h"

#include <algorithm>

namespace careerguide::layout {

double page_fill(const Page& page, const PageFrame& frame) {
  double lowest = frame.content_top;
  for (const Item& item : page.items)
    if (const auto* run = std::get_if<TextRun>(&item)) lowest = std::max(lowest, run->baseline.y);
  const double height = frame.content_bottom - frame.content_top;
  return (lowest - frame.content_top) / height;
}

std::vector<SparsePage> sparse_pages(std::size_t role, const std::vector<DraftPage>& pages,
                                     const std::vector<FlowedPage>& flowed, const PageFrame& frame) {
  std::vector<SparsePage> sparse;
  for (std::size_t i = 1; i < pages.size() && i < flowed.size(); ++i) {
    const double fill = page_fill(pages[i].page, frame);
    if (fill >= kSparseFill) continue;
    sparse.push_back({role, 0, static_cast<int>(i + 1), static_cast<int>(pages.size()),
                      flowed[i].source, flowed[i].continued, fill, flowed[i].lines,
                      flowed[i].characters});
  }
  return sparse;
}

}  // namespace careerguide::layout
