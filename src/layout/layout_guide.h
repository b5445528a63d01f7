#pragma once
// The layout stage: a validated guide in, positioned pages out. Pure: no
// files, no libharu; text is measured through the injected Measurer.

#include <cstddef>
#include <functional>

#include "layout/page_model.h"
#include "layout/style.h"
#include "model/guide.h"
#include "text/measurer.h"

namespace careerguide::layout {

/// Lays out the whole guide: cover, contents, salary overview, one page (or
/// more) per role, closing page; running headers, footers, page numbers,
/// links, bookmarks and document metadata.
/// `on_role_laid_out`, when given, hears the number of pages of each role as
/// it is laid out (for a progress line); it is called from more than one
/// thread and must be safe for that.
Document layout_guide(const model::Guide& guide, model::Paper paper, const text::Measurer& measurer,
                      const std::function<void(std::size_t pages)>& on_role_laid_out = {});

}  // namespace careerguide::layout
