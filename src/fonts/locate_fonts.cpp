#include "fonts/locate_fonts.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <fontconfig/fontconfig.h>

namespace careerguide::fonts {
namespace {

struct ConfigDeleter {
  void operator()(FcConfig* config) const { FcConfigDestroy(config); }
};
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

/// True when `file` names no file and reads like a family name
/// ("WenQuanYi Micro Hei"): its last part has no extension.
bool looks_like_family(const std::string& file) {
  std::error_code error;
  const std::filesystem::path path(file);
  return !std::filesystem::exists(path, error) && !path.filename().has_extension() &&
         !path.filename().empty();
}

/// A configured file, or the installed family it names.
FontRequest configured_face(const FontRequest& configured, const char* key, bool bold) {
  if (!looks_like_family(configured.file)) return configured;
  const std::string family = std::filesystem::path(configured.file).filename().string();
  if (auto found = find_system_family(family, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR)) {
    return *found;
  }
  throw FontError(messages::message(messages::MessageId::kNoSuchFontFamily,
                                    {{"file", configured.file}, {"key", key}, {"family", family}}));
}

/// One face: configured file, then the project folder, then the system.
FontRequest locate_face(const FontRequest& configured, const char* key, bool bold,
                        const std::filesystem::path& project_fonts_dir,
                        const std::function<std::optional<FontRequest>()>& system_face) {
  if (!configured.file.empty()) return configured_face(configured, key, bold);
  const std::filesystem::path local = project_fonts_dir / (bold ? kDefaultBoldFile : kDefaultRegularFile);
  std::error_code error;
  if (std::filesystem::is_regular_file(local, error)) return FontRequest{local.string(), 0};
  if (auto system = system_face()) return *system;
  const char* weight = bold ? "Bold" : "Regular";
  throw FontError(messages::message(messages::MessageId::kFontNotFound,
                                    {{"family", kDefaultFamily},
                                     {"weight", weight},
                                     {"key", key},
                                     {"local", local.string()},
                                     {"file", local.filename().string()},
                                     {"folder", project_fonts_dir.string()}}));
}

/// The alphabetically first request of `found` (by file, then index).
std::optional<FontRequest> first_of(const std::vector<FontRequest>& found) {
  if (found.empty()) return std::nullopt;
  return *std::min_element(found.begin(), found.end(), [](const FontRequest& a, const FontRequest& b) {
    return a.file != b.file ? a.file < b.file : a.index < b.index;
  });
}

/// Fontconfig's list of the installed faces matching `family`, as
/// (weight, request) pairs.
std::vector<std::pair<int, FontRequest>> list_family(const std::string& family) {
  std::vector<std::pair<int, FontRequest>> faces;
  std::unique_ptr<FcConfig, ConfigDeleter> config(FcInitLoadConfigAndFonts());
  if (!config) return faces;
  std::unique_ptr<FcPattern, PatternDeleter> pattern(FcPatternCreate());
  FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  std::unique_ptr<FcObjectSet, ObjectSetDeleter> objects(
      FcObjectSetBuild(FC_WEIGHT, FC_FILE, FC_INDEX, nullptr));
  std::unique_ptr<FcFontSet, FontSetDeleter> fonts(FcFontList(config.get(), pattern.get(), objects.get()));
  if (!fonts) return faces;
  for (int i = 0; i < fonts->nfont; ++i) {
    FcChar8* file = nullptr;
    int weight = FC_WEIGHT_REGULAR;
    int index = 0;
    if (FcPatternGetString(fonts->fonts[i], FC_FILE, 0, &file) != FcResultMatch) continue;
    FcPatternGetInteger(fonts->fonts[i], FC_WEIGHT, 0, &weight);
    FcPatternGetInteger(fonts->fonts[i], FC_INDEX, 0, &index);
    faces.push_back({weight, FontRequest{reinterpret_cast<const char*>(file), index}});
  }
  return faces;
}

}  // namespace

std::optional<FontRequest> find_system_family(const std::string& family, int weight) {
  const auto faces = list_family(family);
  if (faces.empty()) return std::nullopt;
  // The nearest weight; among equals the alphabetically first file, then index.
  const auto best = std::min_element(faces.begin(), faces.end(), [weight](const auto& a, const auto& b) {
    const int da = std::abs(a.first - weight);
    const int db = std::abs(b.first - weight);
    if (da != db) return da < db;
    return a.second.file != b.second.file ? a.second.file < b.second.file
                                          : a.second.index < b.second.index;
  });
  return best->second;
}

SystemFaces find_system_wenkai() {
  // A configuration of our own rather than FcInit's global one, which
  // fontconfig never frees (LeakSanitizer reports it).
  std::unique_ptr<FcConfig, ConfigDeleter> config(FcInitLoadConfigAndFonts());
  if (!config) return {};
  std::unique_ptr<FcPattern, PatternDeleter> pattern(FcPatternCreate());
  FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(kDefaultFamily));
  std::unique_ptr<FcObjectSet, ObjectSetDeleter> objects(
      FcObjectSetBuild(FC_FAMILY, FC_WEIGHT, FC_SPACING, FC_FILE, FC_INDEX, nullptr));
  std::unique_ptr<FcFontSet, FontSetDeleter> fonts(FcFontList(config.get(), pattern.get(), objects.get()));
  if (!fonts) return {};
  std::vector<FontRequest> regular;
  std::vector<FontRequest> bold;
  for (int i = 0; i < fonts->nfont; ++i) {
    if (auto request = wenkai_request(fonts->fonts[i], FC_WEIGHT_REGULAR)) regular.push_back(*request);
    if (auto request = wenkai_request(fonts->fonts[i], FC_WEIGHT_BOLD)) bold.push_back(*request);
  }
  return SystemFaces{first_of(regular), first_of(bold)};
}

FontFiles locate_fonts(const FontRequest& regular, const FontRequest& bold, const FontRequest& fallback,
                       const std::filesystem::path& project_fonts_dir) {
  return locate_fonts(regular, bold, fallback, project_fonts_dir, find_system_wenkai);
}

FontFiles locate_fonts(const FontRequest& regular, const FontRequest& bold, const FontRequest& fallback,
                       const std::filesystem::path& project_fonts_dir,
                       const SystemFontLookup& system_lookup) {
  std::optional<SystemFaces> system;  // looked up once, only if needed
  auto system_faces = [&]() -> const SystemFaces& {
    if (!system) system = system_lookup();
    return *system;
  };
  FontFiles files;
  files.regular = locate_face(regular, "regular", false, project_fonts_dir,
                              [&] { return system_faces().regular; });
  files.bold = locate_face(bold, "bold", true, project_fonts_dir, [&] { return system_faces().bold; });
  if (!fallback.file.empty()) files.fallback = fallback;
  return files;
}

}  // namespace careerguide::fonts
