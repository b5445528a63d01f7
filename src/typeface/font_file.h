#pragma once

#include <string>

namespace careerguide::typeface {

/// A font file as the data names it: a path (already resolved against the
/// data file's folder) and a face inside it. An empty `file` means "not
/// configured". The loader fills it from the data, the font module opens it.
struct FontFile {
  std::string file;
  int index = 0;  ///< 0-based face index inside a .ttc collection; 0 for a .ttf
  bool set() const { return !file.empty(); }
  friend bool operator==(const FontFile&, const FontFile&) = default;
};

}  // namespace careerguide::typeface
