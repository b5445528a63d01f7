#pragma once
// The design's fixed numbers (../shared/design/README.md): palette, type
// scale and page geometry. Every length is in points.

#include "geom/geometry.h"
#include "model/guide.h"
#include "text/font_face.h"

namespace careerguide::layout {

/// The palette of design §5. Only `accent` may be changed by a theme.
struct Palette {
  geom::Color ink{0x1E, 0x26, 0x2D};
  geom::Color text2{0x4F, 0x5A, 0x64};
  geom::Color muted{0x6E, 0x78, 0x81};
  geom::Color leader{0xA9, 0xB1, 0xB8};
  geom::Color rule{0xD3, 0xD9, 0xDE};
  geom::Color grid{0xDD, 0xE2, 0xE6};
  geom::Color card{0xF1, 0xF3, 0xF5};
  geom::Color track{0xBA, 0xC2, 0xC9};
  geom::Color accent{0x17, 0x70, 0x7A};
  geom::Color tint{0xD5, 0xE8, 0xEA};
  geom::Color white{0xFF, 0xFF, 0xFF};
};

/// The light tint that goes with an accent: the design's own tint for the
/// design's accent, otherwise the accent mixed into white at the same share
/// (17 %), so a themed guide has no teal left on its cover.
geom::Color tint_for(geom::Color accent);

/// A text style: face, size in points, colour and tracking in em.
struct TextStyle {
  text::FontFace face = text::FontFace::kRegular;
  double size = 10.5;
  geom::Color color;
  double tracking = 0;  ///< em added after each character
};

/// Line weights of design §5, points.
inline constexpr double kHairline = 0.4;
inline constexpr double kThinRule = 0.5;
inline constexpr double kMediumRule = 0.75;

/// Where things go on one paper size (design §2 and §3).
struct PageFrame {
  geom::Size page;
  double margin = geom::mm(22);      ///< left and right
  double content_top = geom::mm(28); ///< "C"
  double content_bottom = 0;         ///< y of the content area's bottom
  double header_baseline = geom::mm(14);
  double header_rule = 45.69;
  double footer_baseline = 0;        ///< 12 mm above the bottom edge
  double cover_title_baseline = 0;   ///< first cover title baseline (paper-specific)

  double left() const { return margin; }
  double right() const { return page.width - margin; }
  double text_width() const { return page.width - 2 * margin; }
  /// The label column is 84 pt; the main column starts 102 pt from the margin.
  double main_x() const { return margin + 102; }
  double main_width() const { return right() - main_x(); }
  /// y measured from the bottom edge upward.
  double from_bottom(double distance) const { return page.height - distance; }
};

/// The frame of A4 (595.28 × 841.89 pt) or US Letter (612 × 792 pt).
PageFrame page_frame(model::Paper paper);

}  // namespace careerguide::layout
