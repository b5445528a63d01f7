#pragma once
// Where a role's salary_note goes. On the salary card while it is short:
// under the figure, across the card (design §8.4), or, for a role without a
// figure, beside 暂无平均数据 and in the chart's list of roles without a
// figure (§8.5). A longer note is body text that flows in the role page's
// Notes section, so the card never runs off its page (docs/reliability.md,
// "Limits").

#include <cstddef>
#include <string>
#include <vector>

#include "layout/context.h"

namespace careerguide::layout {

/// The salary card's inner padding, points (design §8.4).
inline constexpr double kCardPadding = 18;

/// Most lines of a note on the card: 8 lines keep the card, under a title
/// at its length limit, on the first page.
inline constexpr std::size_t kMaxCardNoteLines = 8;

/// x of the card's divider, at 42 % of the text width (design §8.4); the
/// comparison or the note beside a missing figure starts 20 pt right of it.
double card_divider_x(const LayoutContext& context);

/// The card's note style: 9.5 pt text2.
TextStyle card_note_style(const LayoutContext& context);

/// The width of the card's note, points: the card's inner width under a
/// figure, the part right of the divider beside a missing one.
double card_note_width(const LayoutContext& context, bool has_figure);

/// `note` set in the card's note style on `width`, justified in Chinese.
std::vector<text::SetLine> set_card_note(const LayoutContext& context, const std::string& note,
                                         double width);

/// True when the role's salary_note takes more than kMaxCardNoteLines
/// lines on its card: it flows as body text under Notes.
bool salary_note_is_body_text(const LayoutContext& context, const model::Role& role, bool has_figure);

/// The note shown beside a missing figure: the role's salary_note, or
/// labels.no_figure_note when it has none or when it is body text.
std::string note_beside_missing_figure(const LayoutContext& context, const model::Role& role);

}  // namespace careerguide::layout
