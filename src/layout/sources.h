#pragma once
// How a source is cited: in full (closing page, chart data note) and short
// (cover, closing footer), in the guide's language.

#include <string>

#include "model/guide.h"

namespace careerguide::layout {

/// Publisher and short title: Forbes《The 6 Highest Paying Jobs In AI In 2024》.
std::string short_citation(const model::Source& source, const model::Guide& guide);

/// Publisher, full title, credit, date and place, then the URL when present.
std::string full_citation(const model::Source& source, const model::Guide& guide);

}  // namespace careerguide::layout
