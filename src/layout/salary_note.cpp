#include "layout/salary_note.h"

#include "text/paragraph.h"

namespace careerguide::layout {

double card_note_width(const LayoutContext& context) {
  // Right of the card's divider (at 42 % of the text width) and its 20 pt
  // gap, inside the card's 18 pt padding (design §8.5).
  const PageFrame& frame = context.frame;
  return frame.right() - 18 - (frame.left() + 0.42 * frame.text_width() + 20);
}

std::vector<text::SetLine> set_card_note(const LayoutContext& context, const std::string& note) {
  const TextStyle style{text::FontFace::kRegular, 9.5, context.palette.text2, 0};
  const text::Align align = context.chinese() ? text::Align::kJustify : text::Align::kLeft;
  std::vector<text::SetLine> lines;
  for (const std::string& paragraph : text::split_paragraphs(note)) {
    auto set = context.typesetter.paragraph(paragraph, style, card_note_width(context), align);
    lines.insert(lines.end(), set.begin(), set.end());
  }
  return lines;
}

bool salary_note_is_body_text(const LayoutContext& context, const model::Role& role) {
  return !role.salary_note.empty() &&
         set_card_note(context, role.salary_note.value).size() > kMaxCardNoteLines;
}

std::string note_beside_missing_figure(const LayoutContext& context, const model::Role& role) {
  return role.salary_note.empty() || salary_note_is_body_text(context, role)
             ? context.labels().no_figure_note
             : role.salary_note.value;
}

}  // namespace careerguide::layout
