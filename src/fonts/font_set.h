#pragma once
// The guide's loaded fonts and the measurer layout uses with them, so that
// layout widths and the PDF's /W widths come from the same numbers.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "fonts/font.h"
#include "fonts/locate_fonts.h"
#include "text/font_face.h"
#include "text/measurer.h"
#include "text/utf8.h"

namespace careerguide::fonts {

/// The guide's fonts, by face.
struct FontSet {
  std::shared_ptr<const Font> regular;
  std::shared_ptr<const Font> bold;
  std::shared_ptr<const Font> fallback;  ///< may be null: no fallback configured

  /// Loads every file of `files`; throws FontError like Font::load.
  static FontSet load(const FontFiles& files);

  /// The main font of `face` (regular or bold).
  const Font& face(text::FontFace face) const;
  /// The slot of the font that draws `cp` in `face`: the face's own font
  /// when it has the glyph, else the fallback when that has it, else the
  /// face's own font (which draws .notdef, a visible box).
  typeface::FontSlot slot_for(char32_t cp, text::FontFace face) const;
  /// The font of `slot` for `face`; the face's own font when no fallback is loaded.
  const Font& font(typeface::FontSlot slot, text::FontFace face) const;
  /// font(slot_for(cp, face), face).
  const Font& font_for(char32_t cp, text::FontFace face) const;
};

/// Code points libharu's UTF-8 encoder can draw: the BMP without surrogates.
/// Anything above U+FFFF is drawn by libharu as U+0020 (a space).
constexpr bool is_drawable_code_point(char32_t cp) {
  return cp < text::kBmpSize && (cp < 0xD800 || cp > 0xDFFF);
}

/// What libharu actually draws for `cp`: `cp` itself, or U+0020 for a code
/// point outside the BMP (libharu 2.3.0 maps those to a space).
constexpr char32_t drawn_code_point(char32_t cp) { return is_drawable_code_point(cp) ? cp : U' '; }

/// text::Measurer over a FontSet: the advance of `cp` is the milli-em
/// advance of the glyph that will be drawn (see FontSet::slot_for and
/// drawn_code_point) × size / 1000, in points.
class FontMeasurer final : public text::Measurer {
 public:
  /// Keeps (shares) the fonts of `fonts`; a FontSet without regular or bold
  /// font is a programming error.
  explicit FontMeasurer(FontSet fonts);
  /// Advance in points of `cp` in `face` at `size` points.
  double advance(char32_t cp, text::FontFace face, double size) const override;
  /// The slot of the font that draws `cp` (as drawn) in `face`.
  typeface::FontSlot font_slot(char32_t cp, text::FontFace face) const override;

 private:
  FontSet fonts_;
};

}  // namespace careerguide::fonts
