// The `theme:` part of a data file: paper, accent colour and font files.

#include "load/read_parts.h"

#include <array>
#include <cmath>
#include <string_view>

#include <fmt/format.h>

namespace careerguide::load {
namespace {

using messages::message;
using messages::MessageId;

constexpr std::array<std::string_view, 3> kThemeKeys{"paper", "accent", "fonts"};
constexpr std::array<std::string_view, 3> kFontsKeys{"regular", "bold", "fallback"};
constexpr std::array<std::string_view, 2> kFontKeys{"file", "index"};
/// Accent colours outside this luma range print too light or too dark.
constexpr double kMinLuma = 60;
constexpr double kMaxLuma = 110;

std::optional<model::Paper> read_paper(Reader& reader, NodeId id, const std::string& path) {
  const auto text = reader.text(id, path);
  if (!text) return std::nullopt;
  if (text->value == "a4" || text->value == "A4") return model::Paper::kA4;
  if (text->value == "letter" || text->value == "Letter") return model::Paper::kLetter;
  reader.expected(id, path, message(MessageId::kA4OrLetter));
  return std::nullopt;
}

void read_accent(Reader& reader, const Fields& fields, model::Theme& theme) {
  const std::string path = fields.path("accent");
  const auto value = fields.entry("accent");
  if (!value) return;
  if (reader.is_null(*value)) {
    // The usual cause: `accent: #1F6FEB` without quotes, where # starts a comment.
    reader.error(reader.pos(*value), path,
                 message(MessageId::kAccentCommentedOut));
    return;
  }
  const auto text = reader.text(*value, path);
  if (!text) return;
  const auto color = geom::Color::from_hex(text->value);
  if (!color) {
    reader.expected(*value, path, message(MessageId::kAColour));
    return;
  }
  theme.accent = color;
  theme.accent_pos = text->pos;
  const double luma = color->luma();
  if (luma < kMinLuma || luma > kMaxLuma) {
    reader.warning(text->pos, path,
                   message(luma < kMinLuma ? MessageId::kAccentTooDark : MessageId::kAccentTooLight,
                           {{"colour", text->value},
                            // Rounded away from the range: 59.8 said as 60 read as inside it.
                            {"luma", static_cast<long>(luma < kMinLuma ? std::floor(luma + 1e-9) : std::ceil(luma - 1e-9))},
                            {"min", kMinLuma},
                            {"max", kMaxLuma}}));
  }
}

model::FontSpec read_font(Reader& reader, NodeId id, const std::string& path,
                          const std::filesystem::path& base_dir) {
  model::FontSpec font;
  font.pos = reader.pos(id);
  model::Text file;
  if (reader.node(id).kind == Node::Kind::kMapping) {
    const Fields fields(reader, id, path, kFontKeys);
    file = fields.required_text("file");
    if (const auto index = fields.number("index")) {
      if (*index < 0 || *index != std::floor(*index) || *index > 1000) {
        reader.expected(*fields.find("index"), fields.path("index"),
                        message(MessageId::kAFaceNumber));
      } else {
        font.index = static_cast<int>(*index);
      }
    }
  } else if (const auto text = reader.text(id, path)) {
    file = *text;
    if (file.empty()) reader.expected(id, path, message(MessageId::kAFontFilePath));
  }
  if (!file.empty()) font.file = resolve_path(base_dir, file.value);
  return font;
}

}  // namespace

std::string resolve_path(const std::filesystem::path& base_dir, const std::string& written) {
  const std::filesystem::path path(written);
  if (path.is_absolute() || base_dir.empty()) return path.lexically_normal().string();
  return (base_dir / path).lexically_normal().string();
}

model::Theme read_theme(Reader& reader, NodeId id, const std::string& path,
                        const std::filesystem::path& base_dir) {
  model::Theme theme;
  if (!reader.expect_mapping(id, path)) return theme;
  const Fields fields(reader, id, path, kThemeKeys);
  if (const auto paper = fields.find("paper")) {
    theme.paper = read_paper(reader, *paper, fields.path("paper"));
  }
  read_accent(reader, fields, theme);
  const auto fonts = fields.find("fonts");
  if (!fonts || !reader.expect_mapping(*fonts, fields.path("fonts"))) return theme;
  const Fields font_fields(reader, *fonts, fields.path("fonts"), kFontsKeys);
  const std::array<std::pair<std::string_view, model::FontSpec*>, 3> slots{
      {{"regular", &theme.regular}, {"bold", &theme.bold}, {"fallback", &theme.fallback}}};
  for (const auto& [key, spec] : slots) {
    if (const auto font = font_fields.find(key)) {
      *spec = read_font(reader, *font, font_fields.path(key), base_dir);
    }
  }
  return theme;
}

}  // namespace careerguide::load
