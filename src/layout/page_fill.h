#pragma once
// How full a page is, one measure for the flow (which avoids near-empty
// pages) and for the report of the pages it could not avoid.

#include <cstddef>
#include <string>
#include <vector>

#include "layout/page_model.h"
#include "layout/flow.h"
#include "layout/style.h"

namespace careerguide::layout {

/// How far down the content area of `frame` the lowest text baseline of
/// `page` reaches: 0 at content_top (or for a page without text), 1 at
/// content_bottom.
double page_fill(const Page& page, const PageFrame& frame);

/// The least page_fill of a page that is not near-empty: the flow, the
/// contents and the choice to leave out a contents page all use it
/// (pagecheck flags a page under a quarter full).
inline constexpr double kLeastFill = 0.3;

/// Whether the page's lowest text reaches kLeastFill of the content area.
inline bool well_filled(const Page& page, const PageFrame& frame) { return page_fill(page, frame) >= kLeastFill; }

/// The continuation pages of role `role` (its `pages`, the first being its
/// own page) that are under kSparseFill full, with what `flowed` (the flow's
/// tally of the same pages) says of them. `page` is left 0: layout_guide
/// knows where the role starts.
std::vector<SparsePage> sparse_pages(std::size_t role, const std::vector<DraftPage>& pages,
                                     const std::vector<FlowedPage>& flowed, const PageFrame& frame);

}  // namespace careerguide::layout
