#pragma once
// What a frame holds: text runs, boxes, lines, circles and link areas, each
// at a position relative to its frame's origin (points, y downward).
// Nothing here knows about libharu.

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "geom/geometry.h"
#include "typeface/font_face.h"
#include "typeface/font_slot.h"

namespace careerguide::page {

using typeface::FontFace;

struct Stroke {
  geom::Color color;
  double width = 0.5;   ///< points
  bool dashed = false;  ///< 3 pt on, 2 pt off
  /// > 0: a dotted line, round dots as wide as the stroke every `dot_pitch`
  /// points from its start (contents leaders: one path instead of a circle per dot).
  double dot_pitch = 0;
  friend bool operator==(const Stroke&, const Stroke&) = default;
};

/// Text drawn from its baseline's left end in one face, size and colour.
struct TextRun {
  geom::Point baseline;
  FontFace face = FontFace::kRegular;
  double size = 10.5;         ///< points
  geom::Color fill;
  std::string utf8;
  double char_spacing = 0;    ///< extra space after each character, points (PDF Tc)
  /// Not empty: this run and the runs after it up to the one that
  /// `ends_actual_text` extract as this text (a /ActualText span), because
  /// their glyph boxes overlap (compressed full-width marks).
  std::string actual_text;
  bool ends_actual_text = false;
  /// `utf8` by the font that draws it (layout's choice), covering every byte.
  std::vector<typeface::SlotSpan> fonts;
  friend bool operator==(const TextRun&, const TextRun&) = default;
};

/// A rectangle with square corners.
struct Box {
  geom::Rect rect;
  std::optional<geom::Color> fill;
  std::optional<Stroke> stroke;
  friend bool operator==(const Box&, const Box&) = default;
};

struct Line {
  geom::Point from;
  geom::Point to;
  Stroke stroke;
  friend bool operator==(const Line&, const Line&) = default;
};

struct Circle {
  geom::Point center;
  double radius = 0;  ///< points
  std::optional<geom::Color> fill;
  std::optional<Stroke> stroke;
  friend bool operator==(const Circle&, const Circle&) = default;
};

/// A clickable area: to another page of the document, or to a URI.
struct Link {
  geom::Rect area;
  int target_page = -1;  ///< 0-based page index; -1 for a URI link
  double target_top = 0; ///< y on the target page to show at the top, points
  std::string uri;       ///< set for external links
  friend bool operator==(const Link&, const Link&) = default;
};

using Item = std::variant<TextRun, Box, Line, Circle, Link>;

}  // namespace careerguide::page
