#pragma once
// Reading a data file: YAML text → validated model::Guide plus every problem
// found, each with FILE:LINE:COLUMN. The only public entry point of `load/`.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"
#include "model/guide.h"

namespace careerguide::load {

/// Largest data file read, in bytes (16 MiB); larger files are refused unread.
inline constexpr std::size_t kMaxFileBytes = 16 * 1024 * 1024;
/// Deepest nesting of lists and mappings, in levels (the top-level mapping is 1).
inline constexpr int kMaxDepth = 64;
/// Most YAML nodes in one file, counting every expansion of an alias.
inline constexpr std::size_t kMaxNodes = 1'000'000;
/// Most bytes of text in all values together, counting each use of an alias
/// in full (16 MiB, the file limit): a file may not grow by reusing its texts.
inline constexpr std::size_t kMaxTotalTextBytes = 16 * 1024 * 1024;
/// Most items in all lists together, counting each use of an alias in full:
/// what every accepted file can be laid out with in bounded time and memory.
inline constexpr std::size_t kMaxListItems = 100'000;
/// Longest single text value, in bytes of UTF-8.
inline constexpr std::size_t kMaxTextBytes = 100'000;
/// Longest guide title, in characters: at this length the cover title
/// (20 pt when long, wrapped) stays clear of the skyline, and the running
/// header and the bookmarks on the page.
inline constexpr std::size_t kMaxGuideTitleCharacters = 150;
/// Longest role title (and title_en), in characters: the role page's title
/// block, the contents entry and the chart label still fit, wrapped.
inline constexpr std::size_t kMaxRoleTitleCharacters = 200;
/// Longest author, in characters (the cover's info strip and the metadata).
inline constexpr std::size_t kMaxAuthorCharacters = 200;
/// Longest currency symbol, in characters ("CHF " is 4).
inline constexpr std::size_t kMaxSymbolCharacters = 8;
/// Longest link address (links[].url, sources[].url), in characters: what
/// browsers and PDF viewers reliably open.
inline constexpr std::size_t kMaxUrlCharacters = 2'000;
/// Longest labels.page_footer, in characters: one line at the foot of the page.
inline constexpr std::size_t kMaxPageFooterCharacters = 60;
/// Longest labels.continued, in characters: the mark added to the titles of
/// continued pages, such as "（续）".
inline constexpr std::size_t kMaxContinuedCharacters = 20;
/// Longest label under `labels:` other than those with a limit of their own
/// (read_guide.cpp, kLabelLimits), in characters.
inline constexpr std::size_t kMaxLabelCharacters = 200;
/// Longest one-line caption (the axis caption, 不在图中的职位), in characters.
inline constexpr std::size_t kMaxLineLabelCharacters = 60;
/// Longest short label drawn in a fixed place (the card's 平均年薪, 暂无平均数据,
/// 本职位, the role kicker, the cover's 来源), in characters.
inline constexpr std::size_t kMaxShortLabelCharacters = 20;
/// Longest unit after a figure ("/ 年") and key-figure word (最高), in characters.
inline constexpr std::size_t kMaxWordLabelCharacters = 15;
/// Most roles in one guide.
inline constexpr std::size_t kMaxRoles = 10'000;
/// Most diagnostics reported; the rest are summed up in one last message.
inline constexpr std::size_t kMaxDiagnostics = 1'000;

/// A data file that cannot be read at all (missing, unreadable, a directory):
/// exit code 3 in main.
class InputError : public messages::MessageError {
 public:
  using messages::MessageError::MessageError;
};

/// What loading produced: the guide when the data is valid, and all problems.
struct LoadResult {
  std::optional<model::Guide> guide;           ///< set when there is no error (warnings allowed)
  std::vector<model::Diagnostic> diagnostics;  ///< ALL problems, sorted by position
};

/// Reads, parses and validates a data file. Diagnostics name `file` as given;
/// font paths resolve against its folder. Throws InputError when the file
/// cannot be read.
LoadResult load_guide(const std::filesystem::path& file);

/// Same, from memory; `display_name` goes into diagnostics, `base_dir`
/// resolves font paths (empty = the current directory).
LoadResult load_guide_from_string(std::string_view yaml, const std::string& display_name,
                                  const std::filesystem::path& base_dir);

}  // namespace careerguide::load
