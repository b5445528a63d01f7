#pragma once
// Builds TrueType collections (.ttc) in memory for the font and PDF tests,
// from plain .ttf data such as HarfBuzz subsets.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace careerguide::testing {

/// Writes `value` big-endian at byte `at` of `out`.
inline void put_u32(std::vector<std::uint8_t>& out, std::size_t at, std::uint32_t value) {
  for (std::size_t i = 0; i < 4; ++i) out[at + i] = static_cast<std::uint8_t>(value >> (24 - 8 * i));
}

/// Reads a big-endian 32-bit value at byte `at` of `in`.
inline std::uint32_t get_u32(const std::vector<std::uint8_t>& in, std::size_t at) {
  return (std::uint32_t{in[at]} << 24) | (std::uint32_t{in[at + 1]} << 16) |
         (std::uint32_t{in[at + 2]} << 8) | in[at + 3];
}

/// A TrueType collection holding `fonts` one after the other (no shared
/// tables), 4-byte aligned, with each table offset rebased to the start of
/// the collection.
inline std::vector<std::uint8_t> make_collection(const std::vector<std::vector<std::uint8_t>>& fonts) {
  std::vector<std::uint8_t> out(12 + 4 * fonts.size(), 0);
  put_u32(out, 0, 0x74746366);  // 'ttcf'
  put_u32(out, 4, 0x00010000);
  put_u32(out, 8, static_cast<std::uint32_t>(fonts.size()));
  for (std::size_t f = 0; f < fonts.size(); ++f) {
    while (out.size() % 4 != 0) out.push_back(0);
    const auto base = static_cast<std::uint32_t>(out.size());
    put_u32(out, 12 + 4 * f, base);
    out.insert(out.end(), fonts[f].begin(), fonts[f].end());
    const std::size_t tables = (std::size_t{out[base + 4]} << 8) | out[base + 5];
    for (std::size_t t = 0; t < tables; ++t) {
      const std::size_t record = base + 12 + 16 * t + 8;
      put_u32(out, record, get_u32(out, record) + base);
    }
  }
  return out;
}

}  // namespace careerguide::testing
