#pragma once
// Turns text into flow blocks: body paragraphs, bullet lists, numbered steps,
// link lines and numbered sources, in the main column.

#include <string>
#include <vector>

#include "layout/flow.h"
#include "layout/locale.h"
#include "layout/style.h"
#include "layout/typesetter.h"

namespace careerguide::layout {

/// A step of a numbered list: an optional Bold lead phrase and its text.
struct StepText {
  std::string lead;
  std::string body;
};

/// A link line: label and URL.
struct LinkText {
  std::string label;
  std::string url;      ///< as printed
  std::string address;  ///< where the link leads
};

class BlockBuilder {
 public:
  BlockBuilder(const PageFrame& frame, const Palette& palette, const Typesetter& typesetter,
               const Locale& locale)
      : frame_(frame), palette_(palette), typesetter_(typesetter), locale_(locale) {}

  /// Body paragraphs (blank-line separated) in the main column.
  std::vector<Block> paragraphs(const std::string& text) const;
  /// Small print (9 pt text2, 15 pt pitch) in the main column.
  std::vector<Block> small_print(const std::string& text, double space_before) const;
  /// Bulleted items: a leader-grey square and a hanging indent.
  std::vector<Block> bullets(const std::vector<std::string>& items) const;
  /// Numbered steps: an accent circle with the number and a hanging indent.
  std::vector<Block> steps(const std::vector<StepText>& steps) const;
  /// One block per link: the label, then the URL in 9 pt muted type on the
  /// same line when it fits, else on lines of its own; every line clickable.
  std::vector<Block> links(const std::vector<LinkText>& links) const;
  /// A numbered list with muted numbers, ragged right (the sources).
  std::vector<Block> numbered(const std::vector<std::string>& entries) const;
  /// One line of 9 pt muted text (the notes prompt).
  Block prompt(const std::string& text) const;

 private:
  TextStyle body_style() const { return {text::FontFace::kRegular, 10.5, palette_.ink, 0}; }
  FlowLine to_flow_line(const text::SetLine& line, double x, const TextStyle& style) const;
  Block link_block(const LinkText& link) const;
  Block lines_block(const std::vector<text::SetLine>& lines, double x, const TextStyle& style,
                    double pitch) const;

  const PageFrame& frame_;
  const Palette& palette_;
  const Typesetter& typesetter_;
  const Locale& locale_;
};

}  // namespace careerguide::layout
