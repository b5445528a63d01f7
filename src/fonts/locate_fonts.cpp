#include "fonts/locate_fonts.h"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fontconfig/fontconfig.h>

namespace careerguide::fonts {
namespace {

struct PatternDeleter {
  void operator()(FcPattern* pattern) const { FcPatternDestroy(pattern); }
};
struct ObjectSetDeleter {
  void operator()(FcObjectSet* set) const { FcObjectSetDestroy(set); }
};
struct FontSetDeleter {
  void operator()(FcFontSet* set) const { FcFontSetDestroy(set); }
};

/// True when `pattern` is the proportional WenKai family itself: one of its
/// family names is exactly kDefaultFamily and none says Mono (the Light
/// face also lists "LXGW WenKai" but is excluded by its weight).
bool is_wenkai_family(FcPattern* pattern) {
  bool exact = false;
  FcChar8* family = nullptr;
  for (int i = 0; FcPatternGetString(pattern, FC_FAMILY, i, &family) == FcResultMatch; ++i) {
    const std::string name(reinterpret_cast<const char*>(family));
    if (name.find("Mono") != std::string::npos) return false;
    if (name == kDefaultFamily) exact = true;
  }
  int spacing = FC_PROPORTIONAL;
  if (FcPatternGetInteger(pattern, FC_SPACING, 0, &spacing) == FcResultMatch && spacing == FC_MONO) {
    return false;
  }
  return exact;
}

/// The request for `pattern` if it is a WenKai face of `weight`.
std::optional<FontRequest> wenkai_request(FcPattern* pattern, int weight) {
  int found_weight = -1;
  FcChar8* file = nullptr;
  int index = 0;
  if (FcPatternGetInteger(pattern, FC_WEIGHT, 0, &found_weight) != FcResultMatch ||
      found_weight != weight || FcPatternGetString(pattern, FC_FILE, 0, &file) != FcResultMatch ||
      !is_wenkai_family(pattern)) {
    return std::nullopt;
  }
  FcPatternGetInteger(pattern, FC_INDEX, 0, &index);
  return FontRequest{reinterpret_cast<const char*>(file), index};
}

/// One face: configured file, then the project folder, then fontconfig.
FontRequest locate_face(const FontRequest& configured, const char* key, bool bold,
                        const std::filesystem::path& project_fonts_dir,
                        const SystemFontLookup& system_lookup) {
  if (!configured.file.empty()) return configured;
  const std::filesystem::path local = project_fonts_dir / (bold ? kDefaultBoldFile : kDefaultRegularFile);
  std::error_code error;
  if (std::filesystem::is_regular_file(local, error)) return FontRequest{local.string(), 0};
  if (auto system = system_lookup(bold)) return *system;
  const char* weight = bold ? "Bold" : "Regular";
  throw FontError(fmt::format(
      "font not found: {} {} (tried theme.fonts.{} in the data: not set; {}: no such file; "
      "fontconfig: no \"{}\" {} installed). Install the Debian package fonts-lxgw-wenkai, "
      "copy {} into {}, or set theme.fonts.{} to a TrueType file",
      kDefaultFamily, weight, key, local.string(), kDefaultFamily, weight, local.filename().string(),
      project_fonts_dir.string(), key));
}

}  // namespace

std::optional<FontRequest> find_system_wenkai(bool bold) {
  if (!FcInit()) return std::nullopt;
  std::unique_ptr<FcPattern, PatternDeleter> pattern(FcPatternCreate());
  FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(kDefaultFamily));
  std::unique_ptr<FcObjectSet, ObjectSetDeleter> objects(
      FcObjectSetBuild(FC_FAMILY, FC_WEIGHT, FC_SPACING, FC_FILE, FC_INDEX, nullptr));
  std::unique_ptr<FcFontSet, FontSetDeleter> fonts(FcFontList(nullptr, pattern.get(), objects.get()));
  if (!fonts) return std::nullopt;
  const int weight = bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR;
  std::vector<FontRequest> found;
  for (int i = 0; i < fonts->nfont; ++i) {
    if (auto request = wenkai_request(fonts->fonts[i], weight)) found.push_back(*request);
  }
  if (found.empty()) return std::nullopt;
  return *std::min_element(found.begin(), found.end(), [](const FontRequest& a, const FontRequest& b) {
    return a.file != b.file ? a.file < b.file : a.index < b.index;
  });
}

FontFiles locate_fonts(const FontRequest& regular, const FontRequest& bold, const FontRequest& fallback,
                       const std::filesystem::path& project_fonts_dir) {
  return locate_fonts(regular, bold, fallback, project_fonts_dir, find_system_wenkai);
}

FontFiles locate_fonts(const FontRequest& regular, const FontRequest& bold, const FontRequest& fallback,
                       const std::filesystem::path& project_fonts_dir,
                       const SystemFontLookup& system_lookup) {
  FontFiles files;
  files.regular = locate_face(regular, "regular", false, project_fonts_dir, system_lookup);
  files.bold = locate_face(bold, "bold", true, project_fonts_dir, system_lookup);
  if (!fallback.file.empty()) files.fallback = fallback;
  return files;
}

}  // namespace careerguide::fonts
