#pragma once
// The fuzzers' input as a data file: the bytes are loaded as YAML named
// fuzz.yaml, with no folder to resolve fonts against.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "load/load_guide.h"

namespace careerguide::fuzz {

inline load::LoadResult load_fuzz_input(const std::uint8_t* data, std::size_t size) {
  const std::string_view yaml(reinterpret_cast<const char*>(data), size);
  return load::load_guide_from_string(yaml, "fuzz.yaml", {});
}

}  // namespace careerguide::fuzz
