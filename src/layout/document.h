#pragma once
// The laid-out guide: pages of items at fixed positions (typst's Frame).
// Coordinates are points from the page's top-left corner, y downward; the
// PDF writer flips them once. Nothing here knows about libharu.

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "geom/geometry.h"
#include "layout/sparse_page.h"
#include "text/font_face.h"

namespace careerguide::layout {

using text::FontFace;

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
};

/// A rectangle with square corners.
struct Box {
  geom::Rect rect;
  std::optional<geom::Color> fill;
  std::optional<Stroke> stroke;
};

struct Line {
  geom::Point from;
  geom::Point to;
  Stroke stroke;
};

struct Circle {
  geom::Point center;
  double radius = 0;  ///< points
  std::optional<geom::Color> fill;
  std::optional<Stroke> stroke;
};

/// A clickable area: to another page of the document, or to a URI.
struct Link {
  geom::Rect area;
  int target_page = -1;  ///< 0-based page index; -1 for a URI link
  double target_top = 0; ///< y on the target page to show at the top, points
  std::string uri;       ///< set for external links
};

using Item = std::variant<TextRun, Box, Line, Circle, Link>;

struct Page {
  geom::Size size;
  std::vector<Item> items;   ///< in drawing order
  std::optional<int> number; ///< printed page number (1-based); none on the cover
};

/// One entry of the PDF outline (bookmarks panel).
struct Bookmark {
  std::string title;
  int page = 0;       ///< 0-based page index
  double top = 0;     ///< y on that page, points
};

struct Metadata {
  std::string title;
  std::string author;
  std::string subject;
  std::string keywords;
  std::string language;  ///< BCP 47, e.g. zh-CN, for the catalog's /Lang
};

struct Document {
  std::vector<Page> pages;
  std::vector<Bookmark> outline;
  Metadata meta;
  /// Not drawn: the roles' continuation pages under kSparseFill full, in
  /// page order, for the advice pass's warnings.
  std::vector<SparsePage> sparse_pages{};
};

}  // namespace careerguide::layout
