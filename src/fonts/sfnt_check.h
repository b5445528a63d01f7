#pragma once
// Structural checks on a font file before HarfBuzz and libharu read it.
// HarfBuzz accepts damaged files silently (missing tables read as empty) and
// libharu fails late with a bare error number, so we check what both need.

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace careerguide::fonts {

/// Why face `index` of the font file `bytes` cannot be drawn by libharu, as a
/// short phrase for "failed to load font PATH (PHRASE)"; nullopt when it can.
/// Checks: a TrueType or collection header, `index` inside the collection,
/// every table record inside the file, the glyf/loca/head/hhea/hmtx/maxp
/// tables (a CFF font has none), and a cmap subtable for platform 3,
/// encoding 1 in format 4 (the only one libharu reads).
std::optional<std::string> find_font_file_problem(std::span<const std::uint8_t> bytes,
                                                  int index);

}  // namespace careerguide::fonts
