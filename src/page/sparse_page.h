#pragma once
// A fact layout reports about its own result, for the warnings of the advice
// pass: a role's continuation page left nearly empty. Plain data, no frame.

#include <cstddef>
#include <string>

namespace careerguide::page {

/// A continuation page of a role that is printed less than kSparseFill full,
/// although the flow tries to fill its last page (flow.cpp, kLeastFill).
struct SparsePage {
  std::size_t role = 0;        ///< index into model::Guide::roles
  int page = 0;                ///< 0-based index into Document::pages
  int role_page = 0;           ///< 1-based, counted within the role's pages
  int role_pages = 0;          ///< how many pages the role takes
  /// The text whose section the page starts with, as messages name it
  /// under `roles[i]`: summary, skills, getting_started, notes, salary_note
  /// or links.
  std::string source;
  /// The section began on the page before: its text spills over. Otherwise
  /// it did not fit under what comes before it and starts this page.
  bool continued = false;
  double fill = 0;             ///< how far down the content area its lowest text reaches, 0–1
  std::size_t lines = 0;       ///< body lines on the page
  std::size_t characters = 0;  ///< characters (code points) of those lines
};

/// Under this share of the content area a page looks broken (the measure
/// of ../shared/tools/pagecheck.py and tests/e2e/pages_fill.sh).
inline constexpr double kSparseFill = 0.25;

}  // namespace careerguide::page
