#pragma once
// Chooses where the lines of a paragraph start, given its units: first fit
// with the Chinese prohibitions already folded into Unit::break_before, no
// lone last character, and balanced lines for titles.

#include <cstddef>
#include <vector>

#include "text/units.h"

namespace careerguide::text {

/// Index of the first unit of each line, ascending; the first is 0.
using LineStarts = std::vector<std::size_t>;

/// Breaks one paragraph's units into lines. Keeps prefix sums, so every
/// query is O(1) and a whole breaking pass is linear in the units.
class LineBreaker {
 public:
  /// `text` must outlive the breaker. `size` is the font size in points
  /// (the em of the balancing preferences).
  LineBreaker(const UnitText& text, double size);

  /// First fit: each line takes as many units as fit its measure (points;
  /// `first_measure` for line 1, `measure` for the rest). A break that is
  /// not allowed moves the previous unit down. Then the last line gets at
  /// least 2 non-punctuation characters when the line above can spare them.
  LineStarts break_lines(double first_measure, double measure) const;

  /// The fewest lines that fit `measure`, then the narrowest measure that
  /// still gives that many lines; two lines prefer a break at a word
  /// boundary (ICU's dictionary: 领域|收入) when it costs at most 1 em. No
  /// line, of any count, starts with a particle (的、了、和、与、及) if
  /// another choice of breaks gives as many lines.
  LineStarts break_balanced(double first_measure, double measure) const;

  /// Natural width in points of units [first, last) set on one line.
  double natural_width(std::size_t first, std::size_t last) const;

  /// Number of units.
  std::size_t size() const { return units_.size(); }

 private:
  std::size_t fit_end(std::size_t start, double measure) const;
  std::size_t allowed_break_before(std::size_t start, std::size_t end) const;
  void avoid_lone_last_character(LineStarts& starts, double measure) const;
  int letters(std::size_t first, std::size_t last) const;
  LineStarts best_two_lines(double first_measure, double measure) const;
  LineStarts fewest_particle_starts(std::size_t lines, double first_measure, double measure) const;

  std::vector<bool> find_word_starts() const;
  bool starts_with_particle(std::size_t i) const;

  const UnitText& text_;
  const std::vector<Unit>& units_;
  double size_;
  std::vector<double> offsets_;      // x of each unit with all on one line, points
  std::vector<int> letter_sums_;     // letters in units [0, i)
};

}  // namespace careerguide::text
