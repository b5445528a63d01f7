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

const Font& FontSet::font_for(char32_t cp, text::FontFace face_wanted) const {
  const Font& main = face(face_wanted);
  if (main.has_glyph(cp) || !fallback || !fallback->has_glyph(cp)) return main;
  return *fallback;
}

std::vector<FontSpan> FontSet::split_by_font(std::string_view utf8, text::FontFace face_wanted) const {
  std::vector<FontSpan> spans;
  text::for_each_code_point(utf8, [&](char32_t cp) {
    const char32_t drawn = drawn_code_point(cp);
    const Font* font = &font_for(drawn, face_wanted);
    if (spans.empty() || spans.back().font != font) spans.push_back(FontSpan{font, {}, {}});
    spans.back().code_points += drawn;
    text::append_utf8(spans.back().utf8, drawn);
  });
  return spans;
}

FontMeasurer::FontMeasurer(FontSet fonts) : fonts_(std::move(fonts)) {
  assert(fonts_.regular && fonts_.bold);
}

double FontMeasurer::advance(char32_t cp, text::FontFace face, double size) const {
  const char32_t drawn = drawn_code_point(cp);
  return fonts_.font_for(drawn, face).advance_milli_em(drawn) * size / 1000.0;
}

}  // namespace careerguide::fonts
