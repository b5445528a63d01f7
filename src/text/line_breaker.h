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

  /// Justified lines: the breaks whose lines stretch least, over the whole
  /// paragraph (every line but the last is justified, see paragraph.h).
  /// Over the lines but the last, in this order: the fewest short lines,
  /// that the gap limits (points: `joined_limit` per gap without a space,
  /// `spread_limit` inside runs, `space_limit` per word space) cannot fill;
  /// the fewest loose lines, whose slack, shared evenly with each gap up to
  /// its own limit as paragraph.cpp sets it, widens a gap without a space
  /// by more than 0.05 em or a word space by more than 0.4 em; the least
  /// spread; the fewest lines. The last line keeps at least 2 characters
  /// besides punctuation when any choice allows. Falls back to break_lines
  /// when no sequence of allowed breaks fits (a unit or a chain of
  /// prohibited breaks wider than the line).
  LineStarts break_justified(double first_measure, double measure, double joined_limit,
                             double spread_limit, double space_limit) const;

  /// The fewest lines that fit `measure`, then the narrowest measure that
  /// still gives that many lines; two lines prefer a break at a word
  /// boundary (ICU's dictionary: 领域|收入) when it costs at most 1 em. No
  /// line, of any count, starts with a particle (的、了、和、与、及) if
  /// another choice of breaks gives as many lines.
  LineStarts break_balanced(double first_measure, double measure) const;

  /// Natural width in points of units [first, last) set on one line: an
  /// opening mark that starts it loses its blank half (CLREQ).
  double natural_width(std::size_t first, std::size_t last) const;

  /// natural_width, less the blank half of a closing mark that ends the
  /// line when the line is wider than `measure` otherwise (CLREQ: a
  /// half-width mark rather than a character pushed down and a loose line).
  double line_width(std::size_t first, std::size_t last, double measure) const;

  /// Whether line_width compresses the mark that ends units [first, last).
  bool compresses_end(std::size_t first, std::size_t last, double measure) const;

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
  std::vector<int> space_sums_;      // word-space gaps before units [0, i)
  std::vector<int> joined_sums_;     // stretchable gaps without a space before units [0, i)
  std::vector<double> natural_gap_sums_;  // natural widths of those joined gaps, points

  /// A justified line's score, compared short lines first, then loose
  /// lines, then spread.
  struct Score {
    int short_lines = 0;
    int loose_lines = 0;
    double spread = 0;
    Score& operator+=(const Score& other);
    bool operator<(const Score& other) const;
  };
  /// The gap sums line_cost needs for a candidate line, grown one gap at a
  /// time as break_justified lengthens the line, so that each candidate
  /// costs O(1). Added in the order of the gaps, as a loop over the line
  /// would add them, so the sums and the breaks are bit for bit the same.
  /// Index 0 of the loose sums holds gaps at the first limits, index 1 gaps
  /// inside runs widened to the limit of runs.
  struct GapSums {
    double room = 0;         // each gap's room within the first limits
    double spread_room = 0;  // within the limit of runs for gaps inside runs
    double under_joined[2] = {0, 0};
    double under_space[2] = {0, 0};
    bool joined_can[2] = {false, false};
    bool space_can[2] = {false, false};
  };
  /// What one gap adds to GapSums, worked out once per paragraph.
  struct GapShare {
    bool stretchable = false;
    double room = 0;
    double spread_room = 0;
    double under_joined[2] = {0, 0};
    double under_space[2] = {0, 0};
    bool joined_can[2] = {false, false};
    bool space_can[2] = {false, false};
  };
  GapShare gap_share(std::size_t i, double joined_limit, double spread_limit,
                     double space_limit) const;
  static void add_gap(GapSums& sums, const GapShare& share);
  Score line_cost(std::size_t first, std::size_t last, double measure, double joined_limit,
                  const GapSums& sums) const;
  bool inside_run(std::size_t i) const;
};

}  // namespace careerguide::text
