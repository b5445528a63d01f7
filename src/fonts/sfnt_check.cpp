#include "fonts/sfnt_check.h"

#include <array>
#include <string_view>

#include <fmt/format.h>

namespace careerguide::fonts {
namespace {

constexpr std::uint32_t kTagTrueType = 0x00010000;
constexpr std::uint32_t kTagApple = 0x74727565;       // 'true'
constexpr std::uint32_t kTagCff = 0x4F54544F;         // 'OTTO'
constexpr std::uint32_t kTagCollection = 0x74746366;  // 'ttcf'
constexpr std::uint32_t kTagWoff = 0x774F4646;        // 'wOFF'
constexpr std::uint32_t kTagWoff2 = 0x774F4632;       // 'wOF2'

constexpr std::size_t kOffsetTableSize = 12;
constexpr std::size_t kTableRecordSize = 16;

constexpr std::array<std::string_view, 7> kRequiredTables = {
    "head", "hhea", "hmtx", "maxp", "loca", "glyf", "cmap"};

/// Big-endian reads that report running off the end instead of reading it.
class Reader {
 public:
  explicit Reader(std::span<const std::uint8_t> bytes) : bytes_(bytes) {}

  bool has(std::size_t offset, std::size_t length) const {
    return offset <= bytes_.size() && length <= bytes_.size() - offset;
  }
  std::uint16_t u16(std::size_t offset) const {
    return static_cast<std::uint16_t>((bytes_[offset] << 8) | bytes_[offset + 1]);
  }
  std::uint32_t u32(std::size_t offset) const {
    return (std::uint32_t{u16(offset)} << 16) | u16(offset + 2);
  }

 private:
  std::span<const std::uint8_t> bytes_;
};

struct TableRecord {
  std::uint32_t offset = 0;
  std::uint32_t length = 0;
};

std::string tag_name(std::uint32_t tag) {
  std::string name;
  for (int shift = 24; shift >= 0; shift -= 8) name += static_cast<char>((tag >> shift) & 0xFF);
  return name;
}

/// Finds the table `wanted` in the offset table at `start`; nullopt if absent.
std::optional<TableRecord> find_table(const Reader& in, std::size_t start, std::string_view wanted) {
  const std::size_t count = in.u16(start + 4);
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t record = start + kOffsetTableSize + i * kTableRecordSize;
    if (tag_name(in.u32(record)) == wanted) return TableRecord{in.u32(record + 8), in.u32(record + 12)};
  }
  return std::nullopt;
}

/// Checks the table directory of the face whose offset table is at `start`.
std::optional<std::string> check_table_directory(const Reader& in, std::size_t start) {
  if (!in.has(start, 4)) return "truncated file";
  const std::uint32_t version = in.u32(start);
  if (version == kTagCff) return "CFF-based OpenType; libharu needs TrueType outlines";
  if (version != kTagTrueType && version != kTagApple) return "not a TrueType font";
  if (!in.has(start, kOffsetTableSize)) return "truncated file";
  const std::size_t count = in.u16(start + 4);
  if (!in.has(start + kOffsetTableSize, count * kTableRecordSize)) return "truncated file";
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t record = start + kOffsetTableSize + i * kTableRecordSize;
    if (!in.has(in.u32(record + 8), in.u32(record + 12))) {
      return fmt::format("truncated file: table '{}' ends past the end", tag_name(in.u32(record)));
    }
  }
  return std::nullopt;
}

/// Checks that the tables both HarfBuzz and libharu need are present.
std::optional<std::string> check_required_tables(const Reader& in, std::size_t start) {
  if (!find_table(in, start, "glyf") && (find_table(in, start, "CFF ") || find_table(in, start, "CFF2"))) {
    return "CFF-based OpenType; libharu needs TrueType outlines";
  }
  for (std::string_view tag : kRequiredTables) {
    if (!find_table(in, start, tag)) return fmt::format("no '{}' table", tag);
  }
  return std::nullopt;
}

/// Checks for the (3, 1) cmap subtable in format 4 that libharu reads.
std::optional<std::string> check_unicode_cmap(const Reader& in, std::size_t start) {
  const TableRecord cmap = *find_table(in, start, "cmap");
  constexpr std::string_view kMissing = "no Windows Unicode BMP cmap (platform 3, encoding 1, format 4)";
  if (cmap.length < 4 || in.u16(cmap.offset) != 0) return std::string(kMissing);
  const std::size_t count = in.u16(cmap.offset + 2);
  if (!in.has(cmap.offset + 4, count * 8)) return "truncated file";
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t record = cmap.offset + 4 + i * 8;
    if (in.u16(record) != 3 || in.u16(record + 2) != 1) continue;
    const std::size_t subtable = std::size_t{cmap.offset} + in.u32(record + 4);
    if (in.has(subtable, 2) && in.u16(subtable) == 4) return std::nullopt;
  }
  return std::string(kMissing);
}

/// Offset of face `index`'s offset table, or the problem with the header.
std::optional<std::string> locate_face(const Reader& in, int index, std::size_t& start) {
  if (!in.has(0, 4)) return "not a TrueType font";
  const std::uint32_t tag = in.u32(0);
  if (tag == kTagWoff || tag == kTagWoff2) return "WOFF web font; convert it to .ttf";
  if (tag != kTagCollection) {
    if (index != 0) return fmt::format("face index {} given, but the file is not a .ttc collection", index);
    start = 0;
    return std::nullopt;
  }
  if (!in.has(0, 12)) return "truncated file";
  const std::uint32_t faces = in.u32(8);
  if (index < 0 || static_cast<std::uint32_t>(index) >= faces) {
    return fmt::format("face index {} out of range; the collection has {} faces (0 to {})", index, faces,
                       faces == 0 ? 0 : faces - 1);
  }
  const std::size_t entry = 12 + 4 * static_cast<std::size_t>(index);
  if (!in.has(entry, 4)) return "truncated file";
  start = in.u32(entry);
  return std::nullopt;
}

}  // namespace

std::optional<std::string> find_font_file_problem(std::span<const std::uint8_t> bytes, int index) {
  const Reader in(bytes);
  std::size_t start = 0;
  if (auto problem = locate_face(in, index, start)) return problem;
  if (auto problem = check_table_directory(in, start)) return problem;
  if (auto problem = check_required_tables(in, start)) return problem;
  return check_unicode_cmap(in, start);
}

}  // namespace careerguide::fonts
