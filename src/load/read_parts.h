#pragma once
// The readers of each part of a data file (internal to load/): the guide's
// top level, the roles, the theme. Each reports its own problems.

#include <filesystem>
#include <string>
#include <vector>

#include "load/reader.h"
#include "model/guide.h"

namespace careerguide::load {

/// Reads the whole guide from the root node of a document.
model::Guide read_guide(Reader& reader, NodeId root, const std::filesystem::path& base_dir);

/// Reads the required `roles:` list of `top`: at least one role, at most
/// kMaxRoles, unique ids; salaries rounded for the currency's `period`.
std::vector<model::Role> read_roles(const Fields& top, model::Period period);

/// Reads a `theme:` mapping at `path`; font files resolve against `base_dir`.
model::Theme read_theme(Reader& reader, NodeId id, const std::string& path,
                        const std::filesystem::path& base_dir);

/// Reports a link address longer than kMaxUrlCharacters.
void check_url(Reader& reader, const model::Text& url, std::string_view path);

/// `written` resolved against `base_dir` and made lexically normal, e.g.
/// `data/../fonts/x.ttf` → `fonts/x.ttf`; absolute paths stay as written.
std::string resolve_path(const std::filesystem::path& base_dir, const std::string& written);

}  // namespace careerguide::load
