#include "text/line_breaker.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
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
  const std::size_t n = units_.size();
  offsets_.resize(n);
  letter_sums_.resize(n + 1);
  space_sums_.assign(n + 1, 0);
  joined_sums_.assign(n + 1, 0);
  natural_gap_sums_.assign(n + 1, 0.0);
  double x = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0) x += units_[i - 1].width + units_[i].gap;
    offsets_[i] = x;
    letter_sums_[i + 1] = letter_sums_[i] + units_[i].letters;
    const Unit& unit = units_[i];
    const bool joined = i > 0 && unit.stretchable && !unit.space;
    space_sums_[i + 1] = space_sums_[i] + (i > 0 && unit.stretchable && unit.space ? 1 : 0);
    joined_sums_[i + 1] = joined_sums_[i] + (joined ? 1 : 0);
    natural_gap_sums_[i + 1] = natural_gap_sums_[i] + (joined ? std::max(0.0, unit.gap) : 0.0);
  }
}

double LineBreaker::natural_width(std::size_t first, std::size_t last) const {
  if (last <= first) return 0;
  return offsets_[last - 1] + units_[last - 1].width - offsets_[first] - units_[first].left_blank;
}

bool LineBreaker::compresses_end(std::size_t first, std::size_t last, double measure) const {
  return last > first + 1 && units_[last - 1].right_blank > 0 &&
         natural_width(first, last) > measure + kTolerance;
}

double LineBreaker::line_width(std::size_t first, std::size_t last, double measure) const {
  const double natural = natural_width(first, last);
  return compresses_end(first, last, measure) ? natural - units_[last - 1].right_blank : natural;
}

int LineBreaker::letters(std::size_t first, std::size_t last) const {
  return letter_sums_[last] - letter_sums_[first];
}

/// One past the last unit from `start` that fits `measure` (at least one
/// unit, so that a unit wider than the line still moves the text on).
std::size_t LineBreaker::fit_end(std::size_t start, double measure) const {
  std::size_t end = start + 1;
  while (end < units_.size() && line_width(start, end + 1, measure) <= measure + kTolerance) ++end;
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

namespace {

// Line scores (see break_justified): a line that the gap limits cannot fill
// is short, one that spreads a gap beyond these bounds loose; among breaks
// with as many of each, the least spread, then the fewest lines.
constexpr double kIdeographSpreadEm = 0.05;
constexpr double kSpaceSpreadEm = 0.4;
constexpr double kShortWeight = 100000;  // per em left unfilled
constexpr double kLinePenalty = 0.01;    // among equals, fewer lines

}  // namespace

LineBreaker::Score& LineBreaker::Score::operator+=(const Score& other) {
  short_lines += other.short_lines;
  loose_lines += other.loose_lines;
  spread += other.spread;
  return *this;
}

bool LineBreaker::Score::operator<(const Score& other) const {
  if (short_lines != other.short_lines) return short_lines < other.short_lines;
  if (loose_lines != other.loose_lines) return loose_lines < other.loose_lines;
  return spread < other.spread;
}

/// What the gap before unit `i` adds to the sums of a candidate line.
LineBreaker::GapShare LineBreaker::gap_share(std::size_t i, double joined_limit,
                                             double spread_limit, double space_limit) const {
  GapShare share;
  const Unit& unit = units_[i];
  if (!unit.stretchable) return share;
  share.stretchable = true;
  const double room = unit.space ? std::max(0.0, space_limit - unit.gap)
                                 : std::max(0.0, joined_limit - std::max(0.0, unit.gap));
  const double run_room =
      inside_run(i) ? std::max(room, spread_limit - std::max(0.0, unit.gap)) : room;
  share.room = room;
  share.spread_room = run_room;
  const double joined_bound = kIdeographSpreadEm * size_ + 1e-9;
  const double space_bound = kSpaceSpreadEm * size_ + 1e-9;
  const double rooms[2] = {room, run_room};
  for (int k = 0; k < 2; ++k) {
    share.under_joined[k] = std::min(rooms[k], joined_bound);
    share.under_space[k] = std::min(rooms[k], space_bound);
    share.joined_can[k] = !unit.space && rooms[k] > joined_bound;
    share.space_can[k] = unit.space && rooms[k] > space_bound;
  }
  return share;
}

/// Adds one gap's share to the sums of a candidate line.
void LineBreaker::add_gap(GapSums& sums, const GapShare& share) {
  if (!share.stretchable) return;
  sums.room += share.room;
  sums.spread_room += share.spread_room;
  for (int k = 0; k < 2; ++k) {
    sums.under_joined[k] += share.under_joined[k];
    sums.under_space[k] += share.under_space[k];
    sums.joined_can[k] = sums.joined_can[k] || share.joined_can[k];
    sums.space_can[k] = sums.space_can[k] || share.space_can[k];
  }
}

/// How far units [first, last) spread as a justified line of `measure`;
/// `sums` holds the gaps before units first + 1 .. last - 1 (add_gap).
/// Short and loose follow line_stretch (paragraph.cpp) gap by gap: the
/// slack is shared evenly, each gap up to its own limit, so an
/// ideograph–Latin gap already at its limit leaves more to the ideographs.
/// `spread` is an average over the gaps: the tie-break only.
LineBreaker::Score LineBreaker::line_cost(std::size_t first, std::size_t last, double measure,
                                          double joined_limit, const GapSums& sums) const {
  const double slack = std::max(0.0, measure - line_width(first, last, measure));
  Score score;
  score.spread = kLinePenalty;
  if (slack <= kTolerance) return score;
  // Each gap's room: within the first limits, and within the wider limit
  // of runs when the first cannot fill the line.
  const double spread_total = sums.spread_room;
  const bool first_limits = sums.room >= slack - kTolerance;
  if (!first_limits && spread_total < slack - kTolerance) {
    ++score.short_lines;
    score.spread += kShortWeight * (slack - spread_total) / size_;
  } else {
    // The even level exceeds a bound when the gaps, each held to the bound,
    // take less than the slack; a gap widens past it if its room allows.
    const int k = first_limits ? 0 : 1;
    if ((sums.joined_can[k] && sums.under_joined[k] < slack) ||
        (sums.space_can[k] && sums.under_space[k] < slack)) {
      ++score.loose_lines;
    }
  }
  // The tie-break: the spread of an even share, ideographs weighted.
  const int spaces = space_sums_[last] - space_sums_[first + 1];
  const int joined = joined_sums_[last] - joined_sums_[first + 1];
  const double natural_gaps = natural_gap_sums_[last] - natural_gap_sums_[first + 1];
  const double joined_room = std::max(0.0, joined * joined_limit - natural_gaps);
  const int gaps = spaces + joined;
  if (gaps == 0) return score;
  const double even = slack / gaps;
  double spread = 0;  // points added to each joined gap
  double space_extra = 0;
  if (spaces > 0) {
    if (joined == 0 || even * joined <= joined_room) {
      spread = joined > 0 ? even : 0;
      space_extra = even;
    } else {
      spread = joined_room / joined;
      space_extra = (slack - joined_room) / spaces;
    }
  } else {
    spread = std::min(slack, first_limits ? slack : spread_total) / joined;
  }
  const double spread_em = spread / size_;
  const double space_em = space_extra / size_;
  score.spread += 100 * spread_em * spread_em + space_em * space_em;
  return score;
}

/// Whether the gap before unit `i` lies inside a run of single characters
/// of one face (paragraph.cpp's inside_run).
bool LineBreaker::inside_run(std::size_t i) const {
  const Unit& unit = units_[i];
  const Unit& before = units_[i - 1];
  return !unit.space && unit.gap == 0.0 && unit.single && before.single &&
         unit.face == before.face;
}

LineStarts LineBreaker::break_justified(double first_measure, double measure,
                                        double joined_limit, double spread_limit,
                                        double space_limit) const {
  const std::size_t n = units_.size();
  if (n == 0) return {};
  std::vector<std::optional<Score>> best(n + 1);  // best score of lines ending before unit i
  std::vector<std::size_t> from(n + 1, 0);
  best[0] = Score{};
  std::optional<Score> best_end;      // last line with at least 2 letters
  std::optional<Score> best_end_any;  // any last line
  std::size_t end_start = 0;
  std::size_t end_start_any = 0;
  std::vector<GapShare> shares(n);
  for (std::size_t i = 1; i < n; ++i) shares[i] = gap_share(i, joined_limit, spread_limit, space_limit);
  for (std::size_t start = 0; start < n; ++start) {
    if (!best[start]) continue;
    const double line_measure = start == 0 ? first_measure : measure;
    GapSums sums;
    for (std::size_t end = start + 1; end <= n; ++end) {
      if (end > start + 1) add_gap(sums, shares[end - 1]);
      if (line_width(start, end, line_measure) > line_measure + kTolerance) break;
      if (end == n) {
        if (!best_end_any || *best[start] < *best_end_any) {
          best_end_any = best[start];
          end_start_any = start;
        }
        if ((start == 0 || letters(start, n) >= 2) && (!best_end || *best[start] < *best_end)) {
          best_end = best[start];
          end_start = start;
        }
        break;
      }
      if (!units_[end].break_before) continue;
      Score score = *best[start];
      score += line_cost(start, end, line_measure, joined_limit, sums);
      if (!best[end] || score < *best[end]) {
        best[end] = score;
        from[end] = start;
      }
    }
  }
  if (!best_end && !best_end_any) return break_lines(first_measure, measure);
  std::size_t start = best_end ? end_start : end_start_any;
  LineStarts starts;
  while (true) {
    starts.push_back(start);
    if (start == 0) break;
    start = from[start];
  }
  std::reverse(starts.begin(), starts.end());
  return starts;
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
