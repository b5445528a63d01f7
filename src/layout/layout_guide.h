#pragma once
// The layout stage: a validated guide in, positioned pages out. Pure: no
// files, no libharu; text is measured through the injected Measurer.

#include "layout/page_model.h"
#include "layout/style.h"
#include "model/guide.h"
#include "text/measurer.h"

namespace careerguide::layout {

/// Lays out the whole guide: cover, contents, salary overview, one page (or
/// more) per role, closing page; running headers, footers, page numbers,
/// links, bookmarks and document metadata.
Document layout_guide(const model::Guide& guide, model::Paper paper, const text::Measurer& measurer);

}  // namespace careerguide::layout
