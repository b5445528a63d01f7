#pragma once
// The advice pass: warnings for likely mistakes in data that loads without
// error (a salary far from the others, a role without skills or steps, a
// one-sentence summary, a salary note that repeats the figure, a link that
// is not https, a role's text spilling onto a nearly empty page). Pure:
// model and layout's report in, diagnostics out; no fonts, no PDF.

#include <cstddef>
#include <vector>

#include "page/document.h"
#include "model/diagnostic.h"
#include "model/guide.h"

namespace careerguide::advice {

/// At most this many warnings are listed; one more line counts the rest.
inline constexpr std::size_t kMaxWarnings = 1000;

/// The warnings for `guide`, as written, and for `document`, its layout
/// (Document::sparse_pages), each at the position of the value to change,
/// sorted by position and capped at kMaxWarnings.
std::vector<model::Diagnostic> advise(const model::Guide& guide, const page::Document& document);

}  // namespace careerguide::advice
