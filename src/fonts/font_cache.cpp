#include "fonts/font_cache.h"

#include <sys/stat.h>

#include <algorithm>
#include <optional>

namespace careerguide::fonts {
namespace {

/// The stamp of `path`, or nullopt when it cannot be read (then the font is
/// loaded afresh, and Font::load names the problem).
std::optional<FontCache::FileStamp> stamp_of(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return std::nullopt;
  return FontCache::FileStamp{static_cast<std::uint64_t>(info.st_dev), static_cast<std::uint64_t>(info.st_ino),
                              static_cast<std::uint64_t>(info.st_size),
                              static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec};
}

}  // namespace

std::shared_ptr<const Font> FontCache::load_one(const typeface::FontFile& file, std::vector<Entry>& kept) {
  const auto stamp = stamp_of(file.file);
  for (const std::vector<Entry>* entries : {&kept, &entries_}) {
    const auto same = std::find_if(entries->begin(), entries->end(), [&](const Entry& entry) {
      return entry.file == file && stamp && entry.stamp == *stamp;
    });
    if (same == entries->end()) continue;
    if (entries == &entries_) kept.push_back(*same);
    return same->font;
  }
  std::shared_ptr<const Font> font = Font::load(file);
  ++fonts_read_;
  // A file that changed while it was read gets no stamp: the next render reads it again.
  if (stamp && stamp_of(file.file) == stamp) kept.push_back(Entry{file, *stamp, font});
  return font;
}

FontSet FontCache::load(const FontFiles& files) {
  fonts_read_ = 0;
  std::vector<Entry> kept;
  FontSet set;
  set.regular = load_one(files.regular, kept);
  set.bold = files.bold == files.regular ? set.regular : load_one(files.bold, kept);
  if (files.fallback) set.fallback = load_one(*files.fallback, kept);
  entries_ = std::move(kept);
  return set;
}

void SubsetCache::begin_render() {
  std::erase_if(entries_, [](const Entry& entry) { return !entry.used || entry.font.expired(); });
  for (Entry& entry : entries_) entry.used = false;
  made_ = 0;
}

std::shared_ptr<const std::vector<std::uint8_t>> SubsetCache::subset(const std::shared_ptr<const Font>& font,
                                                                       const std::vector<char32_t>& code_points) {
  for (Entry& entry : entries_) {
    if (entry.font.lock() != font || entry.code_points != code_points) continue;
    entry.used = true;
    return entry.program;
  }
  auto program = std::make_shared<const std::vector<std::uint8_t>>(font->subset(code_points));
  ++made_;
  entries_.push_back(Entry{font, code_points, program, true});
  return program;
}

}  // namespace careerguide::fonts
