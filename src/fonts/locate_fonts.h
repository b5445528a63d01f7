#pragma once
// Finding the guide's font files: the data's theme.fonts, then the project's
// fonts/ folder, then the fonts installed on the system (fontconfig).

#include <filesystem>
#include <functional>
#include <optional>

#include "fonts/font.h"

namespace careerguide::fonts {

/// The family the guide uses when the data configures no font.
inline constexpr const char* kDefaultFamily = "LXGW WenKai";
/// File names of the default family looked for in the project's fonts/ folder.
inline constexpr const char* kDefaultRegularFile = "LXGWWenKai-Regular.ttf";
inline constexpr const char* kDefaultBoldFile = "LXGWWenKai-Bold.ttf";

/// The font files chosen for each face.
struct FontFiles {
  FontRequest regular;
  FontRequest bold;
  std::optional<FontRequest> fallback;  ///< only when the data configures one
};

/// Resolves each face on its own: a configured file (non-empty `file`) is
/// taken as it is (Font::load reports it if it is missing); otherwise
/// `project_fonts_dir`/LXGWWenKai-Regular.ttf (or -Bold.ttf) if it is a
/// regular file; otherwise the "LXGW WenKai" family at weight Regular (400)
/// or Bold (700) through fontconfig, never WenKai Mono or Light. The
/// fallback is only ever the configured one. Throws FontError "font not
/// found: ..." naming every place tried and how to fix it.
FontFiles locate_fonts(const FontRequest& regular, const FontRequest& bold,
                       const FontRequest& fallback,
                       const std::filesystem::path& project_fonts_dir);

/// Looks up the system's default-family face, bold or regular; nullopt when
/// it is not installed. Injected so tests can simulate a bare system.
using SystemFontLookup = std::function<std::optional<FontRequest>(bool bold)>;

/// locate_fonts with the last step replaced by `system_lookup`.
FontFiles locate_fonts(const FontRequest& regular, const FontRequest& bold,
                       const FontRequest& fallback,
                       const std::filesystem::path& project_fonts_dir,
                       const SystemFontLookup& system_lookup);

/// The installed "LXGW WenKai" face of `bold` or regular weight, through
/// fontconfig; nullopt when none is installed. With several matching files
/// the alphabetically first path wins, so the choice is stable.
std::optional<FontRequest> find_system_wenkai(bool bold);

}  // namespace careerguide::fonts
