#pragma once
// Where a role's salary_note goes when the role has no figure: beside
// 暂无平均数据 on the card and in the chart's list of roles without a figure
// while it is short; a longer note is body text that flows in the role
// page's Notes section (docs/reliability.md, "Limits").

#include <cstddef>
#include <string>
#include <vector>

#include "layout/context.h"

namespace careerguide::layout {

/// Most lines of a note beside a missing figure on the card: 8 lines keep
/// the card, under a title at its length limit, on the first page.
inline constexpr std::size_t kMaxCardNoteLines = 8;

/// The width of the note column on the role card, points.
double card_note_width(const LayoutContext& context);

/// `note` set in the card's note style at the card's note width.
std::vector<text::SetLine> set_card_note(const LayoutContext& context, const std::string& note);

/// True when a role without a figure has a salary_note of more than
/// kMaxCardNoteLines card lines: it flows as body text under Notes.
bool salary_note_is_body_text(const LayoutContext& context, const model::Role& role);

/// The note shown beside a missing figure: the role's salary_note, or
/// labels.no_figure_note when it has none or when it is body text.
std::string note_beside_missing_figure(const LayoutContext& context, const model::Role& role);

}  // namespace careerguide::layout
