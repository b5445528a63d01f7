#include "text/line_breaker.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string_view>

#include "text/break_iterators.h"

namespace careerguide::text {

namespace {

// Widths are sums of many doubles; a line that is over by less than this
// (points) still fits.
constexpr double kTolerance = 1e-6;

// Iterations of the balancing bisection; the measure is then exact to
// measure / 2^kBisections points.
constexpr int kBisections = 30;

// Particles that bind to the words before them (行业的 / 岗位了 / 数据与):
// a title line that starts with one reads as a broken phrase.
constexpr std::string_view kParticles[] = {"的", "了", "和", "与", "及"};

// Score, in em, added to a break before a particle: more than any width
// difference, so such a break wins only when no other break fits.
constexpr double kParticlePenaltyEm = 1000;

}  // namespace

LineBreaker::LineBreaker(const UnitText& text, double size)
    : text_(text), units_(text.units), size_(size) {
  offsets_.resize(units_.size());
  letter_sums_.resize(units_.size() + 1);
  double x = 0;
  for (std::size_t i = 0; i < units_.size(); ++i) {
    if (i > 0) x += units_[i - 1].width + units_[i].gap;
    offsets_[i] = x;
    letter_sums_[i + 1] = letter_sums_[i] + units_[i].letters;
  }
}

double LineBreaker::natural_width(std::size_t first, std::size_t last) const {
  if (last <= first) return 0;
  return offsets_[last - 1] + units_[last - 1].width - offsets_[first];
}

int LineBreaker::letters(std::size_t first, std::size_t last) const {
  return letter_sums_[last] - letter_sums_[first];
}

/// One past the last unit from `start` that fits `measure` (at least one
/// unit, so that a unit wider than the line still moves the text on).
std::size_t LineBreaker::fit_end(std::size_t start, double measure) const {
  std::size_t end = start + 1;
  while (end < units_.size() && natural_width(start, end + 1) <= measure + kTolerance) ++end;
  return end;
}

/// The last allowed break in (start, end], or `end` itself when there is
/// none: a chain of prohibited breaks longer than the line is cut rather
/// than overflow the margin.
std::size_t LineBreaker::allowed_break_before(std::size_t start, std::size_t end) const {
  for (std::size_t b = end; b > start; --b) {
    if (units_[b].break_before) return b;
  }
  return end;
}

LineStarts LineBreaker::break_lines(double first_measure, double measure) const {
  LineStarts starts;
  if (units_.empty()) return starts;
  std::size_t start = 0;
  while (true) {
    starts.push_back(start);
    const std::size_t end = fit_end(start, starts.size() == 1 ? first_measure : measure);
    if (end >= units_.size()) break;
    start = allowed_break_before(start, end);
  }
  avoid_lone_last_character(starts, measure);
  return starts;
}

/// Moves units down from the line above until the last line holds at least
/// two characters besides punctuation (技巧。 rather than 巧。), as long as
/// the last line still fits and the line above keeps a unit.
void LineBreaker::avoid_lone_last_character(LineStarts& starts, double measure) const {
  if (starts.size() < 2) return;
  const std::size_t end = units_.size();
  const std::size_t above = starts[starts.size() - 2];
  for (std::size_t c = starts.back(); letters(starts.back(), end) < 2 && c > above + 1;) {
    --c;
    if (!units_[c].break_before) continue;
    if (natural_width(c, end) > measure + kTolerance) return;
    starts.back() = c;
  }
}

LineStarts LineBreaker::break_balanced(double first_measure, double measure) const {
  const LineStarts widest = break_lines(first_measure, measure);
  if (widest.size() < 2) return widest;
  if (widest.size() == 2) {
    LineStarts two = best_two_lines(first_measure, measure);
    if (!two.empty()) return two;
  }
  const double indent = measure - first_measure;
  // Not total / lines: the spaces dropped at the breaks may let a narrower
  // measure still give as many lines.
  double low = 0;
  double high = measure;
  for (int i = 0; i < kBisections; ++i) {
    const double middle = (low + high) / 2;
    if (break_lines(middle - indent, middle).size() == widest.size()) {
      high = middle;
    } else {
      low = middle;
    }
  }
  LineStarts balanced = break_lines(high - indent, high);
  const auto particle_start = [&](std::size_t start) { return start > 0 && starts_with_particle(start); };
  if (std::any_of(balanced.begin(), balanced.end(), particle_start)) {
    LineStarts avoiding = fewest_particle_starts(balanced.size(), first_measure, measure);
    if (!avoiding.empty() && std::count_if(avoiding.begin(), avoiding.end(), particle_start) <
                                 std::count_if(balanced.begin(), balanced.end(), particle_start)) {
      return avoiding;
    }
  }
  return balanced;
}

/// `lines` lines that fit the measures, start as few of them with a particle
/// as can be, then are as balanced as can be (the widest line, the first
/// counted with its indent, as narrow as it can be) and leave the last line
/// at least two characters. Empty when no such lines exist. A search over
/// every allowed break: titles are short.
LineStarts LineBreaker::fewest_particle_starts(std::size_t lines, double first_measure,
                                               double measure) const {
  const std::size_t n = units_.size();
  const double indent = measure - first_measure;
  struct Cost {
    std::size_t particles = 0;
    double widest = 0;
    bool operator<(const Cost& other) const {
      if (particles != other.particles) return particles < other.particles;
      return widest < other.widest - kTolerance;
    }
  };
  constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
  // best[k][i]: units [0, i) set on k lines, line k + 1 starting at unit i.
  std::vector<std::vector<Cost>> best(lines + 1, std::vector<Cost>(n + 1));
  std::vector<std::vector<std::size_t>> from(lines + 1, std::vector<std::size_t>(n + 1, kNone));
  from[0][0] = 0;
  for (std::size_t k = 0; k < lines; ++k) {
    for (std::size_t start = 0; start < n; ++start) {
      if (from[k][start] == kNone) continue;
      const double room = k == 0 ? first_measure : measure;
      for (std::size_t end = start + 1; end <= n; ++end) {
        if (end < n && !units_[end].break_before) continue;
        const double width = natural_width(start, end);
        if (width > room + kTolerance) break;
        if (end == n ? k + 1 != lines || letters(start, end) < 2 : k + 1 == lines) continue;
        Cost cost = best[k][start];
        if (start > 0 && starts_with_particle(start)) ++cost.particles;
        cost.widest = std::max(cost.widest, width + (k == 0 ? indent : 0));
        if (from[k + 1][end] == kNone || cost < best[k + 1][end]) {
          best[k + 1][end] = cost;
          from[k + 1][end] = start;
        }
      }
    }
  }
  if (from[lines][n] == kNone) return {};
  LineStarts starts(lines);
  std::size_t at = n;
  for (std::size_t k = lines; k > 0; --k) {
    at = from[k][at];
    starts[k - 1] = at;
  }
  return starts;
}

/// Every allowed break that fits both measures and leaves the last line at
/// least two characters, scored by the measure it needs, plus a penalty
/// before a particle (的、了、和、与、及), plus 1 em when it
/// falls inside a dictionary word (so 提示工程师的职业发展 / 前景与薪资水平分析
/// beats cutting 发|展 for an even split); ties go to the more even pair.
/// Empty when no break qualifies.
LineStarts LineBreaker::best_two_lines(double first_measure, double measure) const {
  const std::vector<bool> word_starts = find_word_starts();
  const std::size_t n = units_.size();
  const double indent = measure - first_measure;
  double best_score = std::numeric_limits<double>::infinity();
  double best_difference = 0;
  std::size_t best = 0;
  for (std::size_t c = 1; c < n; ++c) {
    if (!units_[c].break_before || letters(c, n) < 2) continue;
    const double first = natural_width(0, c);
    const double second = natural_width(c, n);
    if (first > first_measure + kTolerance || second > measure + kTolerance) continue;
    double score = std::max(first + indent, second);
    if (!word_starts[c]) score += size_;
    if (starts_with_particle(c)) score += kParticlePenaltyEm * size_;
    // Among equal scores, the lines closest in length.
    const double difference = std::abs(first + indent - second);
    if (score < best_score - kTolerance ||
        (score < best_score + kTolerance && difference < best_difference - kTolerance)) {
      best_score = score;
      best_difference = difference;
      best = c;
    }
  }
  if (best == 0) return {};
  return {0, best};
}

/// Whether unit `i` begins with one of kParticles.
bool LineBreaker::starts_with_particle(std::size_t i) const {
  const std::string_view unit =
      std::string_view(text_.utf8).substr(units_[i].begin, units_[i].end - units_[i].begin);
  for (const std::string_view particle : kParticles) {
    if (unit.starts_with(particle)) return true;
  }
  return false;
}

/// For each unit, whether it starts a word of ICU's word rules.
std::vector<bool> LineBreaker::find_word_starts() const {
  std::vector<bool> starts(units_.size(), false);
  std::size_t unit = 0;
  for (const std::size_t boundary : word_boundaries(text_.utf8)) {
    while (unit < units_.size() && units_[unit].begin < boundary) ++unit;
    if (unit < units_.size() && units_[unit].begin == boundary) starts[unit] = true;
  }
  return starts;
}

}  // namespace careerguide::text
