#include "layout/salary_note.h"

#include "text/paragraph.h"
#include "text/split_paragraphs.h"

namespace careerguide::layout {

double card_divider_x(const LayoutContext& context) {
  return context.frame.left() + 0.42 * context.frame.text_width();
}

TextStyle card_note_style(const LayoutContext& context) {
  return {text::FontFace::kRegular, 9.5, context.palette.text2, 0};
}

double card_note_width(const LayoutContext& context, bool has_figure) {
  const PageFrame& frame = context.frame;
  if (has_figure) return frame.text_width() - 2 * kCardPadding;
  // Right of the card's divider and its 20 pt gap, inside the card's padding (design §8.5).
  return frame.right() - kCardPadding - (card_divider_x(context) + 20);
}

std::vector<text::SetLine> set_card_note(const LayoutContext& context, const std::string& note,
                                         double width) {
  const text::Align align = context.locale.align;
  std::vector<text::SetLine> lines;
  for (const std::string& paragraph : text::split_paragraphs(note)) {
    auto set = context.typesetter.paragraph(paragraph, card_note_style(context), width, align);
    lines.insert(lines.end(), set.begin(), set.end());
  }
  return lines;
}

bool salary_note_is_body_text(const LayoutContext& context, const model::Role& role, bool has_figure) {
  return !role.salary_note.empty() &&
         set_card_note(context, role.salary_note.value, card_note_width(context, has_figure)).size() >
             kMaxCardNoteLines;
}

std::string note_beside_missing_figure(const LayoutContext& context, const model::Role& role) {
  return role.salary_note.empty() || salary_note_is_body_text(context, role, false)
             ? context.labels().no_figure_note
             : role.salary_note.value;
}

}  // namespace careerguide::layout
