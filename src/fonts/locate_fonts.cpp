#include "fonts/locate_fonts.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
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
std::optional<typeface::FontFile> wenkai_request(FcPattern* pattern, int weight) {
  int found_weight = -1;
  FcChar8* file = nullptr;
  int index = 0;
  if (FcPatternGetInteger(pattern, FC_WEIGHT, 0, &found_weight) != FcResultMatch ||
      found_weight != weight || FcPatternGetString(pattern, FC_FILE, 0, &file) != FcResultMatch ||
      !is_wenkai_family(pattern)) {
    return std::nullopt;
  }
  FcPatternGetInteger(pattern, FC_INDEX, 0, &index);
  return typeface::FontFile{reinterpret_cast<const char*>(file), index};
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
typeface::FontFile configured_face(const typeface::FontFile& configured, const char* key, bool bold) {
  if (!looks_like_family(configured.file)) return configured;
  const std::string family = std::filesystem::path(configured.file).filename().string();
  if (auto found = find_system_family(family, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR)) {
    return *found;
  }
  throw FontError(messages::message(messages::MessageId::kNoSuchFontFamily,
                                    {{"file", configured.file}, {"key", key}, {"family", family}}));
}

/// One face: configured file, then the project folder, then the system.
typeface::FontFile locate_face(const typeface::FontFile& configured, const char* key, bool bold,
                        const std::filesystem::path& project_fonts_dir,
                        const std::function<std::optional<typeface::FontFile>()>& system_face) {
  if (!configured.file.empty()) return configured_face(configured, key, bold);
  const std::filesystem::path local = project_fonts_dir / (bold ? kDefaultBoldFile : kDefaultRegularFile);
  std::error_code error;
  if (std::filesystem::is_regular_file(local, error)) return typeface::FontFile{local.string(), 0};
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
std::optional<typeface::FontFile> first_of(const std::vector<typeface::FontFile>& found) {
  if (found.empty()) return std::nullopt;
  return *std::min_element(found.begin(), found.end(), [](const typeface::FontFile& a, const typeface::FontFile& b) {
    return a.file != b.file ? a.file < b.file : a.index < b.index;
  });
}

/// Fontconfig's list of the installed faces matching `family`.
std::vector<FamilyFace> list_family(const std::string& family) {
  std::vector<FamilyFace> faces;
  std::unique_ptr<FcConfig, ConfigDeleter> config(FcInitLoadConfigAndFonts());
  if (!config) return faces;
  std::unique_ptr<FcPattern, PatternDeleter> pattern(FcPatternCreate());
  FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  std::unique_ptr<FcObjectSet, ObjectSetDeleter> objects(
      FcObjectSetBuild(FC_WEIGHT, FC_SLANT, FC_WIDTH, FC_FILE, FC_INDEX, nullptr));
  std::unique_ptr<FcFontSet, FontSetDeleter> fonts(FcFontList(config.get(), pattern.get(), objects.get()));
  if (!fonts) return faces;
  for (int i = 0; i < fonts->nfont; ++i) {
    FcChar8* file = nullptr;
    FamilyFace face;
    if (FcPatternGetString(fonts->fonts[i], FC_FILE, 0, &file) != FcResultMatch) continue;
    FcPatternGetInteger(fonts->fonts[i], FC_WEIGHT, 0, &face.weight);
    FcPatternGetInteger(fonts->fonts[i], FC_SLANT, 0, &face.slant);
    FcPatternGetInteger(fonts->fonts[i], FC_WIDTH, 0, &face.width);
    FcPatternGetInteger(fonts->fonts[i], FC_INDEX, 0, &face.file.index);
    face.file.file = reinterpret_cast<const char*>(file);
    faces.push_back(face);
  }
  return faces;
}

}  // namespace

std::optional<typeface::FontFile> best_family_face(const std::vector<FamilyFace>& faces, int weight) {
  if (faces.empty()) return std::nullopt;
  // Upright before italic or oblique, then the nearest weight, then the
  // normal width before condensed or expanded; among equals the
  // alphabetically first file, then index. Without the first and last keys
  // "DejaVu Sans" gave DejaVuSans-Oblique.ttf ('-' sorts before '.').
  const auto key = [weight](const FamilyFace& face) {
    return std::tuple(face.slant != FC_SLANT_ROMAN, std::abs(face.weight - weight),
                      std::abs(face.width - FC_WIDTH_NORMAL), std::string_view(face.file.file), face.file.index);
  };
  return std::min_element(faces.begin(), faces.end(),
                          [&key](const FamilyFace& a, const FamilyFace& b) { return key(a) < key(b); })
      ->file;
}

std::optional<typeface::FontFile> find_system_family(const std::string& family, int weight) {
  return best_family_face(list_family(family), weight);
}

SystemFaces find_system_wenkai() {
  // The Debian package's two files, when both are there, without asking
  // fontconfig: loading its configuration costs more instructions than
  // the rest of the default guide's font set-up (BENCHMARKS.md). A
  // configuration chosen with FONTCONFIG_FILE or FONTCONFIG_PATH is asked.
  const std::filesystem::path package(kPackageFontsDir);
  const typeface::FontFile package_regular{(package / kDefaultRegularFile).string(), 0};
  const typeface::FontFile package_bold{(package / kDefaultBoldFile).string(), 0};
  std::error_code error;
  if (std::getenv("FONTCONFIG_FILE") == nullptr && std::getenv("FONTCONFIG_PATH") == nullptr &&
      std::filesystem::is_regular_file(package_regular.file, error) &&
      std::filesystem::is_regular_file(package_bold.file, error))
    return SystemFaces{package_regular, package_bold};
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
  std::vector<typeface::FontFile> regular;
  std::vector<typeface::FontFile> bold;
  for (int i = 0; i < fonts->nfont; ++i) {
    if (auto request = wenkai_request(fonts->fonts[i], FC_WEIGHT_REGULAR)) regular.push_back(*request);
    if (auto request = wenkai_request(fonts->fonts[i], FC_WEIGHT_BOLD)) bold.push_back(*request);
  }
  return SystemFaces{first_of(regular), first_of(bold)};
}

FontFiles locate_fonts(const typeface::FontFile& regular, const typeface::FontFile& bold, const typeface::FontFile& fallback,
                       const std::filesystem::path& project_fonts_dir) {
  return locate_fonts(regular, bold, fallback, project_fonts_dir, find_system_wenkai);
}

FontFiles locate_fonts(const typeface::FontFile& regular, const typeface::FontFile& bold, const typeface::FontFile& fallback,
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
  if (!fallback.file.empty()) files.fallback = configured_face(fallback, "fallback", false);
  return files;
}

}  // namespace careerguide::fonts
