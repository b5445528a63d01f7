#pragma once
// Fonts and font subsets kept between the renders of one process (--watch),
// so that a re-render reads and subsets a font again only when something
// changed: a font file on disk, or the characters drawn with it.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "fonts/font_set.h"
#include "fonts/locate_fonts.h"

namespace careerguide::fonts {

/// Loaded fonts, each kept while its file is unchanged.
class FontCache {
 public:
  /// FontSet::load(files), reusing every font loaded earlier from the same
  /// face of a file that still has the same device, inode, size and
  /// modification time; any other is loaded (and checked) afresh. Fonts the
  /// set does not use are released. Throws FontError like FontSet::load.
  FontSet load(const FontFiles& files);
  /// How many fonts the last load() read from disk.
  std::size_t fonts_read() const { return fonts_read_; }

  /// What identifies the contents of a font file without reading it.
  struct FileStamp {
    std::uint64_t device = 0, inode = 0, size = 0;
    std::int64_t modified_ns = 0;
    bool operator==(const FileStamp&) const = default;
  };

 private:
  struct Entry {
    typeface::FontFile file;
    FileStamp stamp;
    std::shared_ptr<const Font> font;
  };
  std::shared_ptr<const Font> load_one(const typeface::FontFile& file, std::vector<Entry>& kept);

  std::vector<Entry> entries_;
  std::size_t fonts_read_ = 0;
};

/// Subset font programs, each kept while the same font draws the same
/// characters. Bounded: it holds the programs of the last render only.
class SubsetCache {
 public:
  /// font->subset(code_points), or the same bytes made earlier for this
  /// very font object and these code points.
  std::shared_ptr<const std::vector<std::uint8_t>> subset(const std::shared_ptr<const Font>& font,
                                                          const std::vector<char32_t>& code_points);
  /// Starts a render: programs not asked for since the previous call are
  /// released when the next one is.
  void begin_render();
  /// How many programs the current render had to make (not reuse).
  std::size_t subsets_made() const { return made_; }

 private:
  struct Entry {
    std::weak_ptr<const Font> font;  ///< never keeps a replaced font's file mapped
    std::vector<char32_t> code_points;
    std::shared_ptr<const std::vector<std::uint8_t>> program;
    bool used = false;
  };
  std::vector<Entry> entries_;
  std::size_t made_ = 0;
};

}  // namespace careerguide::fonts
