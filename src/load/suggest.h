#pragma once
// "Did you mean …?" for misspelt keys.

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace careerguide::load {

/// Edit distance between `a` and `b` counting insertions, deletions,
/// substitutions and swaps of neighbouring bytes (optimal string alignment),
/// ignoring ASCII case.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The known key closest to `key` when it is close enough to be a likely
/// typo (1 edit for keys up to 3 bytes, 2 up to 6, else 3); nullopt otherwise.
std::optional<std::string_view> closest_key(std::string_view key,
                                            std::span<const std::string_view> known);

}  // namespace careerguide::load
