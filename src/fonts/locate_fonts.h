#pragma once
// Finding the guide's font files: the data's theme.fonts, then the project's
// fonts/ folder, then the Debian package's files, then the fonts installed on
// the system (fontconfig).

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "fonts/font.h"

namespace careerguide::fonts {

/// The family the guide uses when the data configures no font.
inline constexpr const char* kDefaultFamily = "LXGW WenKai";
/// File names of the default family looked for in the project's fonts/ folder.
inline constexpr const char* kDefaultRegularFile = "LXGWWenKai-Regular.ttf";
inline constexpr const char* kDefaultBoldFile = "LXGWWenKai-Bold.ttf";
/// Where Debian's fonts-lxgw-wenkai puts them.
inline constexpr const char* kPackageFontsDir = "/usr/share/fonts/truetype/lxgw-wenkai";

/// The font files chosen for each face.
struct FontFiles {
  typeface::FontFile regular;
  typeface::FontFile bold;
  std::optional<typeface::FontFile> fallback;  ///< only when the data configures one
};

/// Resolves each face on its own: a configured file (non-empty `file`) is
/// taken as it is (Font::load reports it if it is missing), except that a
/// missing file whose name has no extension is taken for a family name
/// ("WenQuanYi Micro Hei") and looked up with find_system_family (FontError
/// with the hint `fc-list : family file` when no such family is installed); otherwise
/// `project_fonts_dir`/LXGWWenKai-Regular.ttf (or -Bold.ttf) if it is a
/// regular file; otherwise the system's faces (find_system_wenkai: the
/// Debian package's files, else the "LXGW WenKai" family at weight Regular
/// (400) or Bold (700) through fontconfig, never WenKai Mono or Light). The
/// fallback is only ever the configured one (a file or a family name). Throws FontError "font not
/// found: ..." naming every place tried and how to fix it.
FontFiles locate_fonts(const typeface::FontFile& regular, const typeface::FontFile& bold,
                       const typeface::FontFile& fallback,
                       const std::filesystem::path& project_fonts_dir);

/// The default family's faces installed on the system; unset when missing.
struct SystemFaces {
  std::optional<typeface::FontFile> regular;
  std::optional<typeface::FontFile> bold;
};

/// Looks up the system's default-family faces. Injected so tests can
/// simulate a bare system; called at most once per locate_fonts call, and
/// only when a face is neither configured nor in the project folder.
using SystemFontLookup = std::function<SystemFaces()>;

/// locate_fonts with the last step replaced by `system_lookup`.
FontFiles locate_fonts(const typeface::FontFile& regular, const typeface::FontFile& bold,
                       const typeface::FontFile& fallback,
                       const std::filesystem::path& project_fonts_dir,
                       const SystemFontLookup& system_lookup);

/// One installed face of a family, as fontconfig describes it.
struct FamilyFace {
  int weight = 80;   ///< fontconfig's scale: 80 regular, 200 bold
  int slant = 0;     ///< 0 upright (FC_SLANT_ROMAN), 100 italic, 110 oblique
  int width = 100;   ///< 100 normal, 87 semi-condensed, ...
  typeface::FontFile file;
};

/// The face to use for `weight` among a family's `faces`: upright first,
/// then the nearest weight, then the normal width, then the alphabetically
/// first file and index; nullopt when `faces` is empty.
std::optional<typeface::FontFile> best_family_face(const std::vector<FamilyFace>& faces, int weight);

/// best_family_face among the installed faces of `family` (one of its family
/// names, exactly); nullopt when no face of that family is installed.
std::optional<typeface::FontFile> find_system_family(const std::string& family, int weight);

/// The installed "LXGW WenKai" Regular (weight 400) and Bold (700) faces:
/// the Debian package's files in kPackageFontsDir when both are there and
/// no fontconfig configuration is chosen (FONTCONFIG_FILE, FONTCONFIG_PATH),
/// otherwise through fontconfig, where with several matching files the
/// alphabetically first path wins, so the choice is stable.
SystemFaces find_system_wenkai();

}  // namespace careerguide::fonts
