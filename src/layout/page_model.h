#pragma once
// Layout builds the page model (src/page/) and names its types as its own.

#include "page/document.h"

namespace careerguide::layout {

using page::Bookmark;
using page::Box;
using page::Circle;
using page::Document;
using page::ElementRef;
using page::make_element;
using page::Role;
using page::FontFace;
using page::Frame;
using page::Item;
using page::Line;
using page::Link;
using page::Metadata;
using page::Page;
using page::SparsePage;
using page::Stroke;
using page::kSparseFill;
using page::TextRun;

}  // namespace careerguide::layout
