#pragma once
// Flows sections (rule, heading in the label column, blocks of lines in the
// main column) down pages, continuing on new pages with the design's rules:
// widows and orphans, list items kept whole, headings never alone at a page
// bottom, a split section's heading repeated with （续）.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "layout/page_model.h"
#include "layout/style.h"
#include "layout/typesetter.h"

namespace careerguide::layout {

/// One line of flowed content: a frame whose origin is on the line's
/// baseline at the page's left edge (item x absolute, y from the baseline).
using FlowLine = Frame;

/// Lines that belong together: a paragraph, a list item, a note.
struct Block {
  std::vector<FlowLine> lines;
  double pitch = 18;          ///< baseline to baseline, points
  double space_before = 0;    ///< extra space above the first line, points (not at a section start)
  bool keep_together = false; ///< never split (list items of up to 3 lines)
};

struct Section {
  std::string heading;
  std::vector<Block> blocks;
  /// Writing lines for notes, every 30 pt from 36 pt below the last baseline
  /// to the content bottom.
  bool writing_lines = false;
  /// Which text of a role the section shows, as messages name it under
  /// `roles[i]` (`summary`, `skills` …); empty for other sections.
  std::string source{};
};

/// A draft page: the page and the section name its running header shows.
struct DraftPage {
  Page page;
  std::string header;      ///< right side of the running header
  std::string footer_left; ///< left side of the footer (closing page: the source)
};

/// What the flow put on one page, for the report of near-empty pages.
struct FlowedPage {
  std::string source;          ///< Section::source of the first section on the page
  bool continued = false;      ///< that section began on an earlier page
  std::size_t lines = 0;       ///< body lines placed
  std::size_t characters = 0;  ///< characters (code points) of their text
};

/// Starts a continuation page on `pages` and returns the y of its first
/// section rule.
using ContinuationStarter = std::function<double(std::vector<DraftPage>& pages)>;

struct FlowContext {
  const PageFrame& frame;
  const Palette& palette;
  const Typesetter& typesetter;
  std::string continued_mark;  ///< "（续）" or " (continued)"
};

/// Flows `sections` starting on the last page of `pages` with the first rule
/// at `first_rule_y`; adds continuation pages through `continue_on`.
/// Returns the y where a following section's rule would go on the last page.
/// `flowed`, when given, receives one entry per page the flow drew on: the
/// first for the page it started on, then one per continuation page.
double flow_sections(const std::vector<Section>& sections, std::vector<DraftPage>& pages,
                   double first_rule_y, const FlowContext& context,
                   const ContinuationStarter& continue_on,
                   std::vector<FlowedPage>* flowed = nullptr);

}  // namespace careerguide::layout
