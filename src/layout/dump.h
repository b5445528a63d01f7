#pragma once
// A stable, human-readable text form of a laid-out document, for tests and
// `careerguide --dump-layout`: one line per item, coordinates at 0.01 pt.

#include <string>

#include "layout/page_model.h"

namespace careerguide::layout {

std::string dump(const Document& document);

/// One item as `dump` writes it, for test messages.
std::string dump_item(const Item& item);

}  // namespace careerguide::layout
