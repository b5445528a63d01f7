#pragma once
// `qpdf --check` in memory, for pipeline_fuzzer. Compiled on its own as C++17:
// qpdf 11.3's JSON.hh does not compile as C++20 with clang 14.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace careerguide::fuzz {

/// Empty when libqpdf reads `pdf` without recovery, decodes every stream,
/// parses every page's content stream, counts `expected_pages` pages and
/// warns about nothing; otherwise the first problem, in qpdf's words.
std::string qpdf_problem(const std::vector<std::uint8_t>& pdf, std::size_t expected_pages);

}  // namespace careerguide::fuzz
