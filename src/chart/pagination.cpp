#include "chart/pagination.h"

#include <algorithm>
#include <cmath>

namespace careerguide::chart {
namespace {

/// Slack for floating-point noise in "fits exactly" comparisons, points.
constexpr double kEpsilon = 1e-9;

/// Entries from `first` on that fit below a rule at `rule` with their last
/// baseline at or above `limit` (none if the left column does not fit).
std::size_t entries_fitting(std::span<const double> spans, std::size_t first, double rule,
                            double limit, double heading_depth) {
  if (rule + heading_depth > limit + kEpsilon) {
    return 0;
  }
  double baseline = rule + kNoFigureFirstTitle;
  std::size_t count = 0;
  for (std::size_t i = first; i < spans.size(); ++i) {
    const double last = baseline + spans[i];
    if (last > limit + kEpsilon) {
      break;
    }
    ++count;
    baseline = last + kNoFigureNextTitle;
  }
  return count;
}

/// Rows to set on a page whose first row's top is `top`, with `remaining`
/// rows left; `block_follows` when no-figure entries come after the rows.
std::size_t rows_here(std::size_t remaining, bool block_follows, double top,
                      const RowDensity& density, const ChartRoom& room) {
  const std::size_t full = rows_fitting(room.content_bottom - kTickBaseline - top, density.pitch);
  if (block_follows || remaining > full) {
    // The block can move on by itself; only the tick labels must fit.
    return std::min(remaining, std::max<std::size_t>(full, 1));
  }
  const std::size_t with_note = rows_fitting(room.note_limit - kTickBaseline - top, density.pitch);
  if (remaining <= with_note) {
    return remaining;
  }
  // All rows fit, but not with the data note: carry some over so that the
  // note's page keeps rows of its own.
  return std::max<std::size_t>(1, std::min(with_note, remaining - 1));
}

/// Fills in the no-figure entries (from `first`) and the data note of a page
/// whose block rule would sit at `rule`.
void place_tail(ChartPagePlan& page, std::span<const double> spans, std::size_t first,
                double rule, const ChartRoom& room) {
  const std::size_t remaining = spans.size() - first;
  if (remaining == 0) {
    page.data_note = true;
    return;
  }
  std::size_t count = entries_fitting(spans, first, rule, room.note_limit, room.heading_depth);
  if (count < remaining) {
    // Not all with the note: fill this page, keep one entry for the note's page.
    count = entries_fitting(spans, first, rule, room.content_bottom, room.heading_depth);
    count = std::min(count, remaining - 1);
    if (count == 0 && page.rows == 0) {
      count = 1;  // a page too short for one entry still makes progress
    }
  }
  page.first_entry = first;
  page.entries = count;
  page.block_rule = count > 0 ? rule : 0;
  page.data_note = count == remaining;
}


/// Rows a page whose first row's top is `top` holds with its tick labels
/// ending at or above `limit`.
std::size_t row_capacity(double top, double limit, const RowDensity& density) {
  return rows_fitting(limit - kTickBaseline - top, density.pitch);
}

/// Rows the last page (first row at `top`) holds together with the whole
/// no-figure block and the data note; `fits` false when the block cannot go
/// there even without rows.
std::size_t last_page_capacity(double top, double alone_rule, std::span<const double> spans,
                               const ChartRoom& room, const RowDensity& density, bool& fits) {
  if (spans.empty()) {
    fits = true;
    return row_capacity(top, room.note_limit, density);
  }
  const double block = block_height(spans, room.heading_depth);
  fits = alone_rule + block <= room.note_limit + kEpsilon;
  const double room_for_rows = room.note_limit - top - kNoFigureRuleGap - block;
  return rows_fitting(room_for_rows, density.pitch);
}

/// Shares `rows` over pages of capacities `caps` as evenly as they allow:
/// the lowest level h with sum(min(cap, h)) >= rows, the surplus taken off
/// the later pages, so uncapped pages differ by at most one row. Empty when
/// the capacities are too small.
std::vector<std::size_t> balance_rows(std::size_t rows, const std::vector<std::size_t>& caps) {
  std::size_t total = 0;
  for (std::size_t cap : caps) total += cap;
  if (total < rows) return {};
  std::size_t level = 0;
  std::vector<std::size_t> share(caps.size(), 0);
  for (;;) {
    std::size_t sum = 0;
    for (std::size_t i = 0; i < caps.size(); ++i) sum += std::min(caps[i], level);
    if (sum >= rows) {
      std::size_t surplus = sum - rows;
      for (std::size_t i = 0; i < caps.size(); ++i) share[i] = std::min(caps[i], level);
      for (std::size_t i = caps.size(); i-- > 0 && surplus > 0;) {
        if (share[i] == level && level > 0) {
          --share[i];
          --surplus;
        }
      }
      return share;
    }
    ++level;
  }
}

/// The chart on the fewest pages that keep every no-figure entry on the
/// data note's page, with the rows balanced over them; empty when the block
/// cannot stay whole on one page.
std::vector<ChartPagePlan> balanced_plan(std::size_t rows, const RowDensity& density,
                                         std::span<const double> spans, const ChartRoom& room) {
  // No page holds more rows than a full first or continuation page: fewer
  // pages than that cannot do.
  const std::size_t most = std::max(row_capacity(room.first_top, room.content_bottom, density),
                                    row_capacity(room.next_top, room.content_bottom, density));
  const std::size_t fewest = most == 0 ? 1 : std::max<std::size_t>(1, (rows + most - 1) / most);
  for (std::size_t count = fewest; count <= rows + 1; ++count) {
    std::vector<std::size_t> caps;
    bool fits = true;
    for (std::size_t i = 0; i < count; ++i) {
      const double top = i == 0 ? room.first_top : room.next_top;
      if (i + 1 < count) {
        caps.push_back(row_capacity(top, room.content_bottom, density));
      } else {
        const double alone = i == 0 ? room.first_block_rule : room.next_block_rule;
        caps.push_back(last_page_capacity(top, alone, spans, room, density, fits));
      }
    }
    if (!fits) return {};
    const std::vector<std::size_t> share = balance_rows(rows, caps);
    if (share.empty()) continue;
    // A page without rows before the last would be empty: take more pages.
    if (std::find(share.begin(), share.end() - 1, 0) != share.end() - 1) continue;
    if (share.back() == 0 && spans.empty()) continue;
    std::vector<ChartPagePlan> pages;
    std::size_t row = 0;
    for (std::size_t i = 0; i < count; ++i) {
      ChartPagePlan page{.first_row = row, .rows = share[i]};
      row += share[i];
      if (i + 1 == count) {
        page.data_note = true;
        page.entries = spans.size();
        if (!spans.empty()) {
          const double top = i == 0 ? room.first_top : room.next_top;
          page.block_rule = share[i] > 0
                                ? top + density.pitch * static_cast<double>(share[i]) +
                                      kNoFigureRuleGap
                                : (i == 0 ? room.first_block_rule : room.next_block_rule);
        }
      }
      pages.push_back(page);
    }
    return pages;
  }
  return {};
}

}  // namespace

double block_height(std::span<const double> spans, double heading_depth) {
  if (spans.empty()) {
    return 0;
  }
  double height = kNoFigureFirstTitle + kNoFigureNextTitle * static_cast<double>(spans.size() - 1);
  for (double span : spans) {
    height += span;
  }
  return std::max(height, heading_depth);
}

RowDensity density_for(std::size_t rows, std::span<const double> spans, const ChartRoom& room) {
  const std::vector<RowDensity>& densities = row_densities();
  if (rows == 0) return densities.front();
  // Roomiest first: a denser density wins only when it takes fewer pages.
  RowDensity best = densities.front();
  std::size_t fewest = plan_chart_pages(rows, best, spans, room).size();
  for (std::size_t i = 1; i < densities.size(); ++i) {
    const std::size_t pages = plan_chart_pages(rows, densities[i], spans, room).size();
    if (pages < fewest) {
      fewest = pages;
      best = densities[i];
    }
  }
  return best;
}

std::vector<ChartPagePlan> plan_chart_pages(std::size_t rows, const RowDensity& density,
                                            std::span<const double> spans, const ChartRoom& room) {
  if (rows > 0) {
    std::vector<ChartPagePlan> balanced = balanced_plan(rows, density, spans, room);
    if (!balanced.empty()) return balanced;
  }
  // The no-figure block is too long for one page: it continues page by page.
  std::vector<ChartPagePlan> pages;
  std::size_t row = 0;
  std::size_t entry = 0;
  while (pages.empty() || !pages.back().data_note) {
    const bool first_page = pages.empty();
    ChartPagePlan page{.first_row = row, .first_entry = entry};
    double rule = first_page ? room.first_block_rule : room.next_block_rule;
    if (row < rows) {
      const double top = first_page ? room.first_top : room.next_top;
      page.rows = rows_here(rows - row, entry < spans.size(), top, density, room);
      row += page.rows;
      if (row < rows) {
        pages.push_back(page);
        continue;
      }
      rule = top + density.pitch * static_cast<double>(page.rows) + kNoFigureRuleGap;
    }
    place_tail(page, spans, entry, rule, room);
    entry += page.entries;
    pages.push_back(page);
  }
  return pages;
}

}  // namespace careerguide::chart
