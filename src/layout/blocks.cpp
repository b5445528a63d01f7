#include "layout/blocks.h"

#include <string>

#include "text/paragraph.h"
#include "text/split_paragraphs.h"

namespace careerguide::layout {
namespace {

constexpr double kListGap = 6;         // extra space between list items
constexpr std::size_t kKeepWhole = 3;  // list items up to this many lines are never split
constexpr double kBulletIndent = 16;
constexpr double kStepIndent = 26;

// Puts a list item's marker (bullet, number) before its first line and adds
// it to `blocks` with the list's spacing and keep-together rule.
// The marker is the item's label, its lines the body, all of it in `list`.
void add_list_item(std::vector<Block>& blocks, Block block, Frame marker, const ElementRef& list) {
  if (block.lines.empty()) return;
  const ElementRef item = make_element(Role::kListItem, list);
  const ElementRef body = make_element(Role::kListBody, item);
  for (FlowLine& line : block.lines) line.group_from(0, body);
  marker.group_from(0, make_element(Role::kLabel, item));
  marker.push_frame({0, 0}, std::move(block.lines.front()));
  block.lines.front() = std::move(marker);
  for (FlowLine& line : block.lines) {
    line.group_from(0, item);
    line.group_from(0, list);
  }
  block.space_before = blocks.empty() ? 0 : kListGap;
  block.keep_together = block.lines.size() <= kKeepWhole;
  blocks.push_back(std::move(block));
}
constexpr double kLinkGap = 8;         // between a link's label and its URL

// Every line of `block` belongs to one new element of `role`.
void group_lines(Block& block, Role role) {
  const ElementRef element = make_element(role);
  for (FlowLine& line : block.lines) line.group_from(0, element);
}

}  // namespace

FlowLine BlockBuilder::to_flow_line(const text::SetLine& line, double x,
                                    const TextStyle& style) const {
  FlowLine flow_line;
  draw_set_line(flow_line, line, x, 0, style);
  return flow_line;
}

Block BlockBuilder::lines_block(const std::vector<text::SetLine>& lines, double x,
                                const TextStyle& style, double pitch) const {
  Block block;
  block.pitch = pitch;
  for (const text::SetLine& line : lines) block.lines.push_back(to_flow_line(line, x, style));
  return block;
}

std::vector<Block> BlockBuilder::paragraphs(const std::string& text) const {
  std::vector<Block> blocks;
  const TextStyle style = body_style();
  const double indent = locale_.body.first_indent_em * style.size;
  const text::Align align = locale_.align;
  for (const std::string& paragraph : text::split_paragraphs(text)) {
    const auto lines =
        typesetter_.paragraph(paragraph, style, frame_.main_width(), align, indent);
    Block block = lines_block(lines, frame_.main_x(), style, locale_.body.pitch);
    group_lines(block, Role::kParagraph);
    block.space_before = blocks.empty() ? 0 : locale_.body.paragraph_gap;
    blocks.push_back(std::move(block));
  }
  return blocks;
}

std::vector<Block> BlockBuilder::small_print(const std::string& text, double space_before) const {
  std::vector<Block> blocks;
  const TextStyle style{text::FontFace::kRegular, 9, palette_.text2, 0};
  const text::Align align = locale_.align;
  for (const std::string& paragraph : text::split_paragraphs(text)) {
    const auto lines = typesetter_.paragraph(paragraph, style, frame_.main_width(), align);
    Block block = lines_block(lines, frame_.main_x(), style, 15);
    group_lines(block, Role::kParagraph);
    block.space_before = blocks.empty() ? space_before : 0;
    blocks.push_back(std::move(block));
  }
  return blocks;
}

std::vector<Block> BlockBuilder::bullets(const std::vector<std::string>& items) const {
  std::vector<Block> blocks;
  const ElementRef list = make_element(Role::kList);
  const TextStyle style = body_style();
  const double x = frame_.main_x() + kBulletIndent;
  const double width = frame_.main_width() - kBulletIndent;
  const text::Align align = locale_.align;
  for (const std::string& item : items) {
    // A 4 pt square centred on the ideographs: its top 5.9 pt above the baseline.
    add_list_item(blocks,
                  lines_block(typesetter_.paragraph(item, style, width, align), x, style,
                              locale_.body.pitch),
                  Frame{{Box{{frame_.main_x() + 1, -5.9, 4, 4}, palette_.leader, {}}}, {}}, list);
  }
  return blocks;
}

std::vector<Block> BlockBuilder::steps(const std::vector<StepText>& steps) const {
  std::vector<Block> blocks;
  const ElementRef list = make_element(Role::kList);
  const TextStyle style = body_style();
  const double x = frame_.main_x() + kStepIndent;
  const double width = frame_.main_width() - kStepIndent;
  const text::Align align = locale_.align;
    int number = 0;
  for (const StepText& step : steps) {
    std::vector<text::Span> spans;
    if (!step.lead.empty())
      spans.push_back({step.lead + locale_.lead_colon, text::FontFace::kBold});
    spans.push_back({step.body, text::FontFace::kRegular});
    Block block = lines_block(typesetter_.paragraph(spans, style, width, align), x, style,
                              locale_.body.pitch);
    if (block.lines.empty()) continue;
    Frame marker;
    const geom::Point centre{frame_.main_x() + 8, -3.9};
    marker.push(Circle{centre, 8, std::nullopt, Stroke{palette_.accent, kMediumRule}});
    const TextStyle numeral{text::FontFace::kBold, 9, palette_.accent, 0};
    typesetter_.draw(marker, std::to_string(++number), centre.x, -0.8, numeral, HAlign::kCenter);
    add_list_item(blocks, std::move(block), std::move(marker), list);
  }
  return blocks;
}

std::vector<Block> BlockBuilder::links(const std::vector<LinkText>& links) const {
  std::vector<Block> blocks;
  for (const LinkText& link : links) {
    Block block = link_block(link);
    if (!block.lines.empty()) blocks.push_back(std::move(block));
  }
  return blocks;
}

// The label in body type, then the URL in small muted type on the same line
// when it fits there, else on lines of its own, broken only after / . -.
// Every line is clickable; nothing of the URL is cut off.
Block BlockBuilder::link_block(const LinkText& link) const {
  const TextStyle label_style = body_style();
  const TextStyle url_style{text::FontFace::kRegular, 9, palette_.muted, 0};
  const double x = frame_.main_x();
  const double width = frame_.main_width();
  Block block;
  block.pitch = locale_.body.pitch;
  std::vector<text::SetLine> label =
      typesetter_.paragraph(link.label, label_style, width, text::Align::kLeft);
  std::vector<double> widths;
  for (const text::SetLine& line : label) {
    block.lines.push_back(to_flow_line(line, x, label_style));
    widths.push_back(line.width);
  }
  const double label_end = label.empty() ? 0 : label.back().width + kLinkGap;
  const text::SetLine one_line = typesetter_.line(link.url, url_style);
  if (!label.empty() && label_end + one_line.width <= width) {
    block.lines.back().push_frame({0, 0}, to_flow_line(one_line, x + label_end, url_style));
    widths.back() = label_end + one_line.width;
  } else {
    for (const text::SetLine& line :
         typesetter_.paragraph(link.url, url_style, width, text::Align::kLeft)) {
      block.lines.push_back(to_flow_line(line, x, url_style));
      widths.push_back(line.width);
    }
  }
  for (std::size_t i = 0; i < block.lines.size(); ++i)
    block.lines[i].push(Link{{x, -10, widths[i], 14}, -1, 0, link.address});
  block.keep_together = block.lines.size() <= kKeepWhole;
  group_lines(block, Role::kLink);
  return block;
}

std::vector<Block> BlockBuilder::numbered(const std::vector<std::string>& entries) const {
  std::vector<Block> blocks;
  const ElementRef list = make_element(Role::kList);
  const TextStyle style = body_style();
  const TextStyle number_style{text::FontFace::kRegular, 10.5, palette_.muted, 0};
  const double x = frame_.main_x() + kBulletIndent;
  int number = 0;
  for (const std::string& entry : entries) {
    Block block = lines_block(
        typesetter_.paragraph(entry, style, frame_.right() - x, text::Align::kLeft), x, style,
        locale_.body.pitch);
    if (block.lines.empty()) continue;
    Frame marker;
    typesetter_.draw(marker, std::to_string(++number), frame_.main_x(), 0, number_style);
    add_list_item(blocks, std::move(block), std::move(marker), list);
  }
  return blocks;
}

Block BlockBuilder::prompt(const std::string& text) const {
  const TextStyle style{text::FontFace::kRegular, 9, palette_.muted, 0};
  Block block = lines_block(
      typesetter_.paragraph(text, style, frame_.main_width(), text::Align::kLeft),
      frame_.main_x(), style, 15);
  block.keep_together = true;
  group_lines(block, Role::kParagraph);
  return block;
}

}  // namespace careerguide::layout
