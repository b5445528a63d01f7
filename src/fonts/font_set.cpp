#include "fonts/font_set.h"

#include <cassert>

#include "text/utf8.h"

namespace careerguide::fonts {

FontSet FontSet::load(const FontFiles& files) {
  FontSet set;
  set.regular = Font::load(files.regular);
  set.bold = files.bold == files.regular ? set.regular : Font::load(files.bold);
  if (files.fallback) set.fallback = Font::load(*files.fallback);
  return set;
}

const Font& FontSet::face(text::FontFace face) const {
  return face == text::FontFace::kBold ? *bold : *regular;
}

typeface::FontSlot FontSet::slot_for(char32_t cp, text::FontFace face_wanted) const {
  if (face(face_wanted).has_glyph(cp) || !fallback || !fallback->has_glyph(cp))
    return typeface::FontSlot::kFace;
  return typeface::FontSlot::kFallback;
}

const Font& FontSet::font(typeface::FontSlot slot, text::FontFace face_wanted) const {
  if (slot == typeface::FontSlot::kFallback && fallback) return *fallback;
  return face(face_wanted);
}

const Font& FontSet::font_for(char32_t cp, text::FontFace face_wanted) const {
  return font(slot_for(cp, face_wanted), face_wanted);
}

FontMeasurer::FontMeasurer(FontSet fonts) : fonts_(std::move(fonts)) {
  assert(fonts_.regular && fonts_.bold);
}

double FontMeasurer::advance(char32_t cp, text::FontFace face, double size) const {
  const char32_t drawn = drawn_code_point(cp);
  return fonts_.font_for(drawn, face).advance_milli_em(drawn) * size / 1000.0;
}

typeface::FontSlot FontMeasurer::font_slot(char32_t cp, text::FontFace face) const {
  return fonts_.slot_for(drawn_code_point(cp), face);
}

}  // namespace careerguide::fonts
