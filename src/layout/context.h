#pragma once
// What every page layout function needs: the guide, the page frame, the
// palette, the typesetter and the labels, plus the shared title block.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "layout/blocks.h"
#include "layout/flow.h"
#include "layout/locale.h"
#include "layout/style.h"
#include "layout/typesetter.h"
#include "model/guide.h"

namespace careerguide::layout {

struct LayoutContext {
  const model::Guide& guide;
  const Locale& locale;  ///< the guide language's punctuation and text rules
  PageFrame frame;
  Palette palette;
  Typesetter typesetter;
  BlockBuilder blocks;

  LayoutContext(const model::Guide& g, model::Paper paper, const text::Measurer& measurer);

  const model::Labels& labels() const { return guide.labels; }
  FlowContext flow() const { return {frame, palette, typesetter, labels().continued}; }
  /// A new empty page of the guide's paper size.
  Page blank_page() const { return Page{{}, frame.page, std::nullopt}; }
  /// y of the content top plus `offset` points ("C+offset").
  double c(double offset) const { return frame.content_top + offset; }
};

/// The optional kicker, the (wrapping) title and the optional subtitle of a
/// page (design §8 "Title block"). Returns how far the content below moves
/// down because the title or subtitle wrapped, points.
double draw_title_block(const LayoutContext& context, Page& page, const std::string& kicker,
                        const std::string& title, const std::string& subtitle);

/// The compact title block of a continuation page: kicker at C+12 and the
/// title with the continued mark in 18 pt Bold at C+42.
void draw_compact_title(const LayoutContext& context, Page& page, const std::string& kicker,
                        const std::string& title);

/// The language of `text` where a whole item is in the other script than
/// the guide's (an English second title in a Chinese guide: "en"; Chinese
/// in an English guide: "zh-CN", the catalog's tag); empty otherwise.
std::string language_if_other(const LayoutContext& context, std::string_view text);

/// The y of the first section rule on a continuation page (C+66).
double continuation_rule_y(const LayoutContext& context);

/// "2024年7月12日" / "July 12, 2024" from "2024-07-12"; other text unchanged.
std::string format_date(const std::string& iso_date, const model::Labels& labels);

/// The year of an ISO date ("2024"), or empty.
std::string year_of(const std::string& iso_date);

/// `n` with at least two digits ("01", "12", "120"): how roles are numbered
/// in the contents and on their pages.
std::string two_digits(std::size_t n);

}  // namespace careerguide::layout
