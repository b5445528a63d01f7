#pragma once
// Sets text for layout: single lines (titles, labels, headers) and
// paragraphs, with the guide's spacing rules, and adds the runs to a page.

#include <string>
#include <string_view>
#include <vector>

#include "layout/page_model.h"
#include "layout/style.h"
#include "text/measurer.h"
#include "text/paragraph.h"

namespace careerguide::layout {

enum class HAlign { kLeft, kRight, kCenter };

class Typesetter {
 public:
  /// `tracking_scale` scales every style's tracking: 1 for Chinese; less
  /// for English, whose letters must not be spread (design §6).
  explicit Typesetter(const text::Measurer& measurer, double tracking_scale = 1)
      : measurer_(measurer), tracking_scale_(tracking_scale) {}

  /// `utf8` set on one line (0.09 em gaps between CJK and Latin text,
  /// tracking applied), never wrapped.
  text::SetLine line(std::string_view utf8, const TextStyle& style) const;
  /// Advance width of line(utf8, style), points.
  double width(std::string_view utf8, const TextStyle& style) const;
  /// Sets one paragraph in `width` points.
  std::vector<text::SetLine> paragraph(std::string_view utf8, const TextStyle& style, double width,
                                       text::Align align, double first_indent = 0) const;
  /// Sets spans (e.g. a Bold lead phrase, then Regular text) as one paragraph.
  std::vector<text::SetLine> paragraph(const std::vector<text::Span>& spans, const TextStyle& style,
                                       double width, text::Align align) const;
  /// Balanced lines for a title (design §10).
  std::vector<text::SetLine> balanced(std::string_view utf8, const TextStyle& style,
                                      double width) const;
  /// `utf8` cut with "…" to fit `width`.
  std::string fit(std::string_view utf8, const TextStyle& style, double width) const;

  /// Adds one line at `x` (its left, right or centre per `align`), baseline `y`.
  /// Returns the line's width.
  double draw(Frame& page, std::string_view utf8, double x, double y, const TextStyle& style,
              HAlign align = HAlign::kLeft) const;

  const text::Measurer& measurer() const { return measurer_; }
  /// The tracking of `style` in points, as applied (scaled and capped).
  double tracking_points(const TextStyle& style) const;

 private:
  const text::Measurer& measurer_;
  double tracking_scale_;
};

/// Adds the runs of a set line with its left end at `x`, baseline `y`.
void draw_set_line(Frame& page, const text::SetLine& line, double x, double y,
                   const TextStyle& style);

/// Adds a horizontal rule from x0 to x1 at y.
void draw_rule(Frame& page, double x0, double x1, double y, double weight, geom::Color color);

/// Adds a filled rectangle.
void draw_fill(Frame& page, const geom::Rect& rect, geom::Color color);

}  // namespace careerguide::layout
