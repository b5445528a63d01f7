// libFuzzer target: text::set_paragraph on any UTF-8 text, in any measure,
// with tests/fake_measurer.h. Checks the promises of text/paragraph.h: lines
// fit the measure, segments run left to right, no trailing spaces, and (for
// text whose every character is its own grapheme) no character is lost.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "fake_measurer.h"
#include "text/paragraph.h"
#include "text/utf8.h"

namespace {

using careerguide::text::FontFace;
using careerguide::text::ParagraphStyle;
using careerguide::text::SetLine;
using careerguide::text::Span;

constexpr std::size_t kHeaderBytes = 4;
constexpr double kTolerance = 1e-6;  ///< points

/// The style from the input's first bytes: size 4–19.5 pt, measure 0–254 pt,
/// first indent 0–31 pt, justified or ragged, balanced or not.
ParagraphStyle style_from(const std::uint8_t* header) {
  ParagraphStyle style;
  style.size = 4 + (header[0] & 0x1F) * 0.5;
  style.width = header[1];
  style.first_indent = header[2] & 0x1F;
  style.align = (header[3] & 1) ? careerguide::text::Align::kLeft
                                : careerguide::text::Align::kJustify;
  style.balance = (header[3] & 2) != 0;
  return style;
}

/// The rest of the input as spans: byte 0x01 switches between Regular and Bold.
std::vector<Span> spans_from(std::string_view text) {
  std::vector<Span> spans(1);
  for (const char c : text) {
    if (c == '\x01') {
      spans.push_back({{}, spans.back().face == FontFace::kBold ? FontFace::kRegular
                                                                : FontFace::kBold});
    } else {
      spans.back().utf8 += c;
    }
  }
  return spans;
}

/// Printable ASCII and CJK ideographs: each character is a grapheme of its
/// own, at most 1 em wide, and is never dropped or changed by setting.
bool is_simple(std::string_view text) {
  bool simple = true;
  careerguide::text::for_each_code_point(text, [&](char32_t cp) {
    if (!((cp >= 0x21 && cp <= 0x7E) || cp == U' ' || (cp >= 0x4E00 && cp <= 0x9FFF))) {
      simple = false;
    }
  });
  return simple;
}

std::string without_spaces(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c != ' ' && c != '\x01') out += c;
  }
  return out;
}

void check_line(const SetLine& line, double measure, bool must_fit) {
  double previous_x = -kTolerance;
  for (const auto& segment : line.segments) {
    if (!std::isfinite(segment.x) || !std::isfinite(segment.width) ||
        !std::isfinite(segment.char_spacing)) {
      std::abort();
    }
    if (segment.x < previous_x - kTolerance) std::abort();
    previous_x = segment.x;
  }
  if (!line.segments.empty() && line.segments.back().utf8.ends_with(' ')) std::abort();
  if (must_fit && line.width > measure + kTolerance) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < kHeaderBytes) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + kHeaderBytes,
                              size - kHeaderBytes);
  // The loader refuses invalid UTF-8, so layout never sees it.
  if (careerguide::text::find_invalid_utf8(text)) return 0;
  const ParagraphStyle style = style_from(data);
  const careerguide::testing::FakeMeasurer measurer;
  const std::vector<Span> spans = spans_from(text);
  const std::vector<SetLine> lines = careerguide::text::set_paragraph(spans, style, measurer);

  const bool simple = is_simple(without_spaces(text));
  const bool wide_enough = style.width - style.first_indent >= style.size;
  std::string drawn;
  for (const SetLine& line : lines) {
    // A line's width counts from the paragraph's left edge, indent included.
    check_line(line, style.width, simple && wide_enough);
    for (const auto& segment : line.segments) drawn += segment.utf8;
  }
  if (simple && without_spaces(drawn) != without_spaces(text)) std::abort();
  return 0;
}
