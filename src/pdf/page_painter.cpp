#include "pdf/page_painter.h"

#include "pdf/drawn_spans.h"
#include "pdf/haru_internals.h"

#include <cmath>
#include <string>
#include <variant>

#include <fmt/format.h>

#include "text/extraction_limits.h"


namespace careerguide::pdf {
namespace {

constexpr HPDF_REAL kDashOn = 3;   // points
constexpr HPDF_REAL kDashOff = 2;  // points

/// The /ActualText value for drawn code points `drawn`, as UTF-16BE hex
/// with a byte order mark (all are BMP: see DrawnSpan).
std::string actual_text_value(const std::u32string& drawn) {
  std::string hex = "<FEFF";
  for (char32_t cp : drawn) hex += fmt::format("{:04X}", static_cast<std::uint32_t>(cp));
  return hex + ">";
}

/// The code points `spans` draw, in order.
std::u32string drawn_code_points(const std::vector<DrawnSpan>& spans) {
  std::u32string drawn;
  for (const DrawnSpan& span : spans) drawn += span.code_points;
  return drawn;
}

/// The largest coordinate, length or size in points that a page can hold
/// sensibly: 1e6 pt is 350 m. Anything beyond it (or inf, nan) is a bug
/// upstream, and writing it would give a corrupt content stream.
constexpr double kLargestCoordinate = 1e6;

/// `value` itself when it is a finite number within ±kLargestCoordinate;
/// throws InvalidDocument otherwise, so no corrupt PDF is ever written.
double checked(double value) {
  if (!std::isfinite(value) || std::fabs(value) > kLargestCoordinate) {
    throw InvalidDocument(fmt::format("the PDF writer was given the coordinate {} (at most ±{} pt)",
                                    value, kLargestCoordinate));
  }
  return value;
}

/// `value` rounded to 0.01, as libharu's single-precision real.
HPDF_REAL rounded(double value) { return static_cast<HPDF_REAL>(std::round(checked(value) * 100) / 100); }

/// Character spacing to 0.001 pt: it is added after every character, so
/// coarser rounding would show as a ragged right edge on justified lines.
HPDF_REAL spacing_rounded(double value) {
  return static_cast<HPDF_REAL>(std::round(checked(value) * 1000) / 1000);
}

/// An 8-bit channel as a PDF colour component, to 3 decimals (enough to
/// give back the same 8-bit value).
HPDF_REAL channel(std::uint8_t value) { return static_cast<HPDF_REAL>(std::round(value / 255.0 * 1000) / 1000); }

/// `uri` with spaces, control bytes and non-ASCII bytes (UTF-8)
/// percent-encoded: a PDF URI action takes 7-bit ASCII.
std::string ascii_uri(const std::string& uri) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char byte : uri) {
    if (byte > 0x20 && byte < 0x7F) {
      out += static_cast<char>(byte);
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

template <typename... Branches>
struct Overloaded : Branches... {
  using Branches::operator()...;
};
// clang 14 (the fuzz build's compiler) lacks C++20's deduction for aggregates.
template <typename... Branches>
Overloaded(Branches...) -> Overloaded<Branches...>;

}  // namespace

PagePainter::PagePainter(const HaruDocument& doc, const PageTable& pages, std::size_t page_index,
                         const fonts::FontSet& fonts, const EmbeddedFonts& embedded)
    : doc_(doc),
      pages_(pages),
      page_(pages.pages.at(page_index)),
      height_(pages.heights.at(page_index)),
      fonts_(fonts),
      embedded_(embedded) {}

void PagePainter::draw(const page::Item& item) {
  std::visit(Overloaded{[this](const page::TextRun& run) { draw_text(run); },
                        [this](const page::Box& box) { draw_box(box); },
                        [this](const page::Line& line) { draw_line(line); },
                        [this](const page::Circle& circle) { draw_circle(circle); },
                        [this](const page::Link& link) { draw_link(link); }},
             item);
}

void PagePainter::draw_text(const page::TextRun& run) {
  const std::vector<DrawnSpan> spans = drawn_spans(run, fonts_);
  if (spans.empty()) return;
  use_fill(run.fill);
  use_char_spacing(run.char_spacing);
  if (!run.actual_text.empty()) {
    open_actual_text(actual_text_value(drawn_code_points(run.actual_text)));
    in_actual_text_ = true;
  }
  const bool spaced_out = !in_actual_text_ && run.char_spacing > text::kActualTextSpacing * run.size;
  if (spaced_out) open_actual_text(actual_text_value(drawn_code_points(spans)));
  doc_.check(HPDF_Page_BeginText(page_), "HPDF_Page_BeginText");
  doc_.check(HPDF_Page_MoveTextPos(page_, rounded(run.baseline.x), flip(run.baseline.y)), "HPDF_Page_MoveTextPos");
  for (const DrawnSpan& span : spans) {
    use_font(embedded_.get(*span.font), run.size);
    const HPDF_STATUS shown = HPDF_Page_ShowText(page_, span.utf8.c_str());
    if (shown != HPDF_OK) {
      doc_.check(shown, "HPDF_Page_ShowText", fmt::format("the text {}", quoted_start(span.utf8)));
    }
  }
  doc_.check(HPDF_Page_EndText(page_), "HPDF_Page_EndText");
  if (spaced_out || (in_actual_text_ && run.ends_actual_text)) {
    close_actual_text();
    used_actual_text_ = true;
    if (run.ends_actual_text) in_actual_text_ = false;
  }
  use_char_spacing(0);  // justified runs must not leak their spacing
}

void PagePainter::draw_box(const page::Box& box) {
  if (!box.fill && !box.stroke) return;
  const HPDF_Rect r = pdf_rect(box.rect);
  use_paint_state(box.fill, box.stroke);
  doc_.check(HPDF_Page_Rectangle(page_, r.left, r.bottom, rounded(box.rect.width), rounded(box.rect.height)),
             "HPDF_Page_Rectangle");
  paint(box.fill, box.stroke);
}

void PagePainter::draw_line(const page::Line& line) {
  use_stroke(line.stroke);
  const bool dotted = line.stroke.dot_pitch > 0;
  // HPDF_Page_SetDash takes whole numbers only; a dot pattern needs 4.5 pt.
  // Written raw and undone right after, so libharu's own state stays true.
  if (dotted) write_raw(fmt::format("1 J [0 {:.2f}] 0 d\n", line.stroke.dot_pitch));
  doc_.check(HPDF_Page_MoveTo(page_, rounded(line.from.x), flip(line.from.y)), "HPDF_Page_MoveTo");
  doc_.check(HPDF_Page_LineTo(page_, rounded(line.to.x), flip(line.to.y)), "HPDF_Page_LineTo");
  doc_.check(HPDF_Page_Stroke(page_), "HPDF_Page_Stroke");
  if (dotted) write_raw(dashed_ ? fmt::format("0 J [{} {}] 0 d\n", kDashOn, kDashOff) : "0 J [] 0 d\n");
}

void PagePainter::draw_circle(const page::Circle& circle) {
  if (!circle.fill && !circle.stroke) return;
  use_paint_state(circle.fill, circle.stroke);
  doc_.check(HPDF_Page_Circle(page_, rounded(circle.center.x), flip(circle.center.y), rounded(circle.radius)),
             "HPDF_Page_Circle");
  paint(circle.fill, circle.stroke);
}

void PagePainter::draw_link(const page::Link& link) {
  const HPDF_Rect area = pdf_rect(link.area);
  HPDF_Annotation annotation = nullptr;
  if (link.target_page >= 0) {
    HPDF_Destination dest = keep_zoom_destination(doc_, pages_, link.target_page, link.target_top);
    annotation = doc_.check_handle(HPDF_Page_CreateLinkAnnot(page_, area, dest), "HPDF_Page_CreateLinkAnnot");
  } else {
    annotation = HPDF_Page_CreateURILinkAnnot(page_, area, ascii_uri(link.uri).c_str());
    if (!annotation) {
      doc_.check_handle(annotation, "HPDF_Page_CreateURILinkAnnot",
                        fmt::format("the link address {}", quoted_start(link.uri)));
    }
  }
  // No border: a link must not print as a box.
  doc_.check(HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0), "HPDF_LinkAnnot_SetBorderStyle");
  annotations_.push_back(annotation);
}

void PagePainter::open_actual_text(const std::string& value) {
  write_raw(marks_ ? marks_->begin_actual_text(value) : fmt::format("/Span <</ActualText {}>> BDC\n", value));
}

void PagePainter::close_actual_text() { write_raw(marks_ ? marks_->end_actual_text() : "EMC\n"); }

void PagePainter::write_marks(const std::string& operators) {
  if (operators.empty()) return;
  if (in_actual_text_) throw InvalidDocument("a structure element ends inside an /ActualText span");
  write_raw(operators);
}

void PagePainter::use_paint_state(const std::optional<geom::Color>& fill,
                                  const std::optional<page::Stroke>& stroke) {
  if (fill) use_fill(*fill);
  if (stroke) use_stroke(*stroke);
}

void PagePainter::paint(const std::optional<geom::Color>& fill, const std::optional<page::Stroke>& stroke) {
  if (fill && stroke) {
    doc_.check(HPDF_Page_FillStroke(page_), "HPDF_Page_FillStroke");
  } else if (fill) {
    doc_.check(HPDF_Page_Fill(page_), "HPDF_Page_Fill");
  } else {
    doc_.check(HPDF_Page_Stroke(page_), "HPDF_Page_Stroke");
  }
}

void PagePainter::use_fill(geom::Color color) {
  if (color == fill_) return;
  doc_.check(HPDF_Page_SetRGBFill(page_, channel(color.r), channel(color.g), channel(color.b)),
             "HPDF_Page_SetRGBFill");
  fill_ = color;
}

void PagePainter::use_stroke(const page::Stroke& stroke) {
  if (stroke.color != stroke_color_) {
    doc_.check(HPDF_Page_SetRGBStroke(page_, channel(stroke.color.r), channel(stroke.color.g), channel(stroke.color.b)),
               "HPDF_Page_SetRGBStroke");
    stroke_color_ = stroke.color;
  }
  if (rounded(stroke.width) != rounded(line_width_)) {
    doc_.check(HPDF_Page_SetLineWidth(page_, rounded(stroke.width)), "HPDF_Page_SetLineWidth");
    line_width_ = stroke.width;
  }
  if (stroke.dashed != dashed_) {
    static constexpr HPDF_UINT16 kPattern[] = {static_cast<HPDF_UINT16>(kDashOn), static_cast<HPDF_UINT16>(kDashOff)};
    doc_.check(stroke.dashed ? HPDF_Page_SetDash(page_, kPattern, 2, 0) : HPDF_Page_SetDash(page_, nullptr, 0, 0),
               "HPDF_Page_SetDash");
    dashed_ = stroke.dashed;
  }
}

void PagePainter::use_font(HPDF_Font font, double size) {
  if (font == font_ && rounded(size) == rounded(font_size_)) return;
  doc_.check(HPDF_Page_SetFontAndSize(page_, font, rounded(size)), "HPDF_Page_SetFontAndSize");
  font_ = font;
  font_size_ = size;
}

void PagePainter::use_char_spacing(double spacing) {
  if (spacing_rounded(spacing) == spacing_rounded(char_spacing_)) return;
  doc_.check(HPDF_Page_SetCharSpace(page_, spacing_rounded(spacing)), "HPDF_Page_SetCharSpace");
  char_spacing_ = spacing;
}

void PagePainter::write_raw(const std::string& operators) {
  doc_.check(HPDF_Stream_WriteStr(haru::content_stream(page_), operators.c_str()), "HPDF_Stream_WriteStr(page content)");
}

HPDF_REAL PagePainter::flip(double y) const { return rounded(height_ - y); }

HPDF_Rect PagePainter::pdf_rect(const geom::Rect& rect) const {
  return HPDF_Rect{rounded(rect.x), flip(rect.bottom()), rounded(rect.right()), flip(rect.y)};
}

}  // namespace careerguide::pdf
