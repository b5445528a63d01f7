#include "layout/typesetter.h"

#include <algorithm>
#include <limits>

#include "text/ellipsize.h"
#include "text/extraction_limits.h"
#include "text/utf8.h"

namespace careerguide::layout {
namespace {

std::size_t count_code_points(std::string_view utf8) {
  std::size_t count = 0;
  text::for_each_code_point(utf8, [&](char32_t) { ++count; });
  return count;
}

text::ParagraphStyle paragraph_style(const TextStyle& style, double width, text::Align align) {
  text::ParagraphStyle p;
  p.size = style.size;
  p.width = width;
  p.align = align;
  return p;
}

// Tracking is extra space after every character: shift each segment by the
// tracking of the characters before it and widen its character spacing.
void apply_tracking(text::SetLine& line, double tracking) {
  if (tracking == 0) return;
  double shift = 0;
  for (text::Segment& segment : line.segments) {
    const double added = tracking * static_cast<double>(count_code_points(segment.utf8));
    segment.x += shift;
    segment.char_spacing += tracking;
    segment.width += added;
    shift += added;
  }
  line.width += shift;
}

constexpr int kFitAttempts = 8;
constexpr double kFitStep = 0.5;  // points
constexpr std::string_view kEllipsis = "…";

bool is_latin_letter(char32_t cp) {
  return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') || (cp >= U'0' && cp <= U'9');
}

char32_t last_code_point(std::string_view utf8) {
  std::size_t pos = 0;
  char32_t last = 0;
  while (pos < utf8.size()) last = text::decode_next(utf8, pos);
  return last;
}

// A cut inside a Latin word ("evaluation and s…") moves back to the word's
// start ("evaluation and…") when at least half of the text stays.
std::string at_word_end(std::string_view full, const std::string& cut) {
  if (cut.size() <= kEllipsis.size() || !cut.ends_with(kEllipsis)) return cut;
  const std::string_view kept(cut.data(), cut.size() - kEllipsis.size());
  if (kept.size() >= full.size()) return cut;
  std::size_t next_pos = kept.size();
  const char32_t next = text::decode_next(full, next_pos);
  if (!is_latin_letter(next) || !is_latin_letter(last_code_point(kept))) return cut;
  const std::size_t space = kept.rfind(' ');
  if (space == std::string_view::npos || space < kept.size() / 2) return cut;
  std::string_view word_start = kept.substr(0, space);
  while (!word_start.empty() && (word_start.back() == ',' || word_start.back() == ' '))
    word_start.remove_suffix(1);
  return std::string(word_start) + std::string(kEllipsis);
}

}  // namespace

double Typesetter::tracking_points(const TextStyle& style) const {
  return std::min(style.tracking * tracking_scale_, text::kMaxTracking) * style.size;
}

text::SetLine Typesetter::line(std::string_view utf8, const TextStyle& style) const {
  const double unlimited = std::numeric_limits<double>::max() / 4;
  text::ParagraphStyle paragraph = paragraph_style(style, unlimited, text::Align::kLeft);
  // Tracking already parts ideographs from Latin text; a gap on top of it
  // would read as a word space to text extractors.
  if (style.tracking > 0) paragraph.cjk_latin_gap = 0;
  std::vector<text::SetLine> lines = text::set_paragraph(utf8, style.face, paragraph, measurer_);
  text::SetLine joined;
  for (text::SetLine& part : lines) {
    for (text::Segment& segment : part.segments) {
      segment.x += joined.width;
      joined.segments.push_back(std::move(segment));
    }
    joined.width += part.width;
  }
  apply_tracking(joined, tracking_points(style));
  return joined;
}

double Typesetter::width(std::string_view utf8, const TextStyle& style) const {
  return line(utf8, style).width;
}

std::vector<text::SetLine> Typesetter::paragraph(std::string_view utf8, const TextStyle& style,
                                                 double width, text::Align align,
                                                 double first_indent) const {
  text::ParagraphStyle p = paragraph_style(style, width, align);
  p.first_indent = first_indent;
  return text::set_paragraph(utf8, style.face, p, measurer_);
}

std::vector<text::SetLine> Typesetter::paragraph(const std::vector<text::Span>& spans,
                                                 const TextStyle& style, double width,
                                                 text::Align align) const {
  return text::set_paragraph(spans, paragraph_style(style, width, align), measurer_);
}

std::vector<text::SetLine> Typesetter::balanced(std::string_view utf8, const TextStyle& style,
                                                double width) const {
  text::ParagraphStyle p = paragraph_style(style, width, text::Align::kLeft);
  p.balance = true;
  return text::set_paragraph(utf8, style.face, p, measurer_);
}

std::string Typesetter::fit(std::string_view utf8, const TextStyle& style, double width) const {
  if (this->width(utf8, style) <= width) return std::string(utf8);
  // ellipsize measures bare advances; the set line adds CJK–Latin gaps and
  // tracking, so narrow the target until the set result fits.
  double target = width;
  std::string cut;
  for (int attempt = 0; attempt < kFitAttempts; ++attempt) {
    cut = at_word_end(utf8, text::ellipsize(utf8, style.face, style.size, target, measurer_));
    const double excess = this->width(cut, style) - width;
    if (excess <= 0 || cut.empty()) return cut;
    target -= std::max(excess, kFitStep);
  }
  return {};
}

double Typesetter::draw(Frame& page, std::string_view utf8, double x, double y,
                        const TextStyle& style, HAlign align) const {
  const text::SetLine set = line(utf8, style);
  // Trailing tracking is invisible: align on the last glyph's edge.
  const double visible = set.width - tracking_points(style);
  double left = x;
  if (align == HAlign::kRight) left = x - visible;
  if (align == HAlign::kCenter) left = x - visible / 2;
  draw_set_line(page, set, left, y, style);
  return visible;
}

void draw_set_line(Frame& page, const text::SetLine& line, double x, double y,
                   const TextStyle& style) {
  const std::vector<text::Segment>& segments = line.segments;
  for (std::size_t k = 0; k < segments.size(); ++k) {
    const text::Segment& segment = segments[k];
    TextRun run;
    run.baseline = {x + segment.x, y};
    run.face = segment.face;
    run.size = style.size;
    run.fill = style.color;
    run.utf8 = segment.utf8;
    run.char_spacing = segment.char_spacing;
    run.fonts = segment.fonts;
    // Segments that overlap their neighbours extract as one span.
    if (k + 1 < segments.size() && segments[k + 1].overlaps_previous && !segment.overlaps_previous) {
      for (std::size_t j = k; j < segments.size() && (j == k || segments[j].overlaps_previous); ++j) {
        run.actual_text += segments[j].utf8;
      }
    }
    run.ends_actual_text = segment.overlaps_previous &&
                           (k + 1 == segments.size() || !segments[k + 1].overlaps_previous);
    page.items.push_back(std::move(run));
  }
}

void draw_rule(Frame& page, double x0, double x1, double y, double weight, geom::Color color) {
  page.items.push_back(Line{{x0, y}, {x1, y}, Stroke{color, weight, false}});
}

void draw_fill(Frame& page, const geom::Rect& rect, geom::Color color) {
  page.items.push_back(Box{rect, color, std::nullopt});
}

}  // namespace careerguide::layout
