#pragma once
// Draws the items of one laid-out page onto a libharu page: one branch per
// item kind, coordinates flipped once (layout is top-left, y down) and
// rounded to 0.01 pt, graphics state changes written only when they change.

#include <hpdf.h>

#include <optional>
#include <string>
#include <vector>

#include "fonts/font_set.h"
#include "geom/geometry.h"
#include "page/document.h"
#include "pdf/document_structure.h"
#include "pdf/embedded_fonts.h"
#include "pdf/haru_document.h"
#include "pdf/marked_content.h"

namespace careerguide::pdf {

class PagePainter {
 public:
  /// Paints on page `page_index` of `pages`. All references must outlive
  /// the painter.
  PagePainter(const HaruDocument& doc, const PageTable& pages, std::size_t page_index, const fonts::FontSet& fonts,
              const EmbeddedFonts& embedded);

  /// Draws one item.
  void draw(const page::Item& item);

  /// True once a run was wrapped in /ActualText marked content (a PDF 1.5
  /// feature): runs whose character spacing exceeds a tenth of their size,
  /// where poppler and mupdf would otherwise extract a space between every
  /// character (tracked kickers, strongly justified lines).
  bool used_actual_text() const { return used_actual_text_; }
  /// Tags what is drawn from now on through `marks` (a tagged PDF): the
  /// /ActualText spans then become marked content of their own elements.
  void use_marks(MarkedContent& marks) { marks_ = &marks; }
  /// Writes marked-content operators (MarkedContent) between items. Throws
  /// InvalidDocument inside an /ActualText span, which they would cut.
  void write_marks(const std::string& operators);
  /// The link annotations drawn so far, in drawing order.
  const std::vector<HPDF_Annotation>& annotations() const { return annotations_; }

 private:
  void draw_text(const page::TextRun& run);
  void draw_box(const page::Box& box);
  void draw_line(const page::Line& line);
  void draw_circle(const page::Circle& circle);
  void draw_link(const page::Link& link);

  /// Sets the colours and stroke style for painting a path; libharu allows
  /// this only before the path is begun.
  void use_paint_state(const std::optional<geom::Color>& fill, const std::optional<page::Stroke>& stroke);
  /// Fills and/or strokes the current path (fill first, then stroke).
  void paint(const std::optional<geom::Color>& fill, const std::optional<page::Stroke>& stroke);
  void use_fill(geom::Color color);
  void use_stroke(const page::Stroke& stroke);
  void use_font(HPDF_Font font, double size);
  void use_char_spacing(double spacing);
  /// Writes `operators` into the page's content stream as they are (for
  /// marked content, which libharu 2.3.0 has no call for).
  void write_raw(const std::string& operators);
  /// Opens and closes an /ActualText span (`value`: a PDF string).
  void open_actual_text(const std::string& value);
  void close_actual_text();
  /// The PDF y (from the bottom edge, up) of layout y `y`, in points.
  HPDF_REAL flip(double y) const;
  /// `rect` as PDF corners (left, bottom, right, top).
  HPDF_Rect pdf_rect(const geom::Rect& rect) const;

  const HaruDocument& doc_;
  const PageTable& pages_;
  HPDF_Page page_;
  double height_;
  const fonts::FontSet& fonts_;
  const EmbeddedFonts& embedded_;

  // The page's graphics state as written so far (PDF defaults at the start).
  geom::Color fill_{};
  geom::Color stroke_color_{};
  double line_width_ = 1;
  bool dashed_ = false;
  double char_spacing_ = 0;
  HPDF_Font font_ = nullptr;
  double font_size_ = 0;
  bool used_actual_text_ = false;
  bool in_actual_text_ = false;
  std::vector<HPDF_Annotation> annotations_;
  MarkedContent* marks_ = nullptr;  // inside a span that TextRun::actual_text opened
};

}  // namespace careerguide::pdf
