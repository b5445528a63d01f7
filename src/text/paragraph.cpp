#include "text/paragraph.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

#include "text/line_breaker.h"
#include "text/units.h"

namespace careerguide::text {

namespace {

// Two gaps closer than this (points) count as equal when runs are merged.
constexpr double kSameGap = 1e-9;

/// What one line of the paragraph should look like.
struct LinePlan {
  std::size_t first = 0;  // first unit
  std::size_t last = 0;   // one past the last unit
  double x = 0;           // left end of the line (the indent), points
  double measure = 0;     // width to fill when justified, points
  bool justify = false;
};

/// Collects the units of one line, at their final x, into segments: runs of
/// one face drawn with one uniform char spacing.
class SegmentWriter {
 public:
  explicit SegmentWriter(const UnitText& text) : text_(text) {}

  /// `trimmed`: points of blank at the unit's right that the line does not
  /// count (a half-width closing mark at a line end).
  void place(const Unit& unit, double x, double gap, bool first_in_line, double trimmed = 0) {
    if (first_in_line || !join(unit, gap)) {
      flush();
      segment_ = Segment{};
      segment_.face = unit.face;
      segment_.x = x;
      segment_.overlaps_previous = !first_in_line && gap < 0;
      spacing_ = unit.single ? std::nullopt : std::optional<double>(0.0);
      all_single_ = unit.single;
      open_ = true;
    }
    segment_.utf8.append(bytes(unit.begin, unit.end));
    end_ = x + unit.width - trimmed;
  }

  SetLine finish() {
    flush();
    line_.width = line_.segments.empty() ? 0 : end_;
    return std::move(line_);
  }

 private:
  /// Whether `unit`, `gap` points after the segment's last character, can
  /// continue the segment; appends the space it draws when it can.
  bool join(const Unit& unit, double gap) {
    if (!open_ || unit.face != segment_.face) return false;
    if (unit.space) {
      const bool drawn_as_space = unit.space_end > unit.space_begin &&
                                  std::abs(gap - unit.gap) < kSameGap &&
                                  unit.space_face == segment_.face &&
                                  spacing_.value_or(0.0) == 0.0;
      if (!drawn_as_space) return false;
      spacing_ = 0.0;
      segment_.utf8.append(bytes(unit.space_begin, unit.space_end));
      return true;
    }
    // A natural gap (the CJK–Latin gap) starts a new run, so that
    // runs of ideographs share the justification spacing.
    if (unit.gap != 0.0) return false;
    if (!spacing_) {
      if (!unit.single && gap != 0.0) return false;
      spacing_ = unit.single ? gap : 0.0;
    } else if (std::abs(gap - *spacing_) >= kSameGap) {
      return false;
    }
    // Char spacing acts after every character, so a spaced run may hold
    // only single characters: a Latin word is never letter-spaced.
    if (*spacing_ != 0.0 && !(all_single_ && unit.single)) return false;
    all_single_ = all_single_ && unit.single;
    return true;
  }

  void flush() {
    if (!open_) return;
    segment_.char_spacing = spacing_.value_or(0.0);
    segment_.width = end_ - segment_.x;
    line_.segments.push_back(std::move(segment_));
    open_ = false;
  }

  std::string_view bytes(std::size_t begin, std::size_t end) const {
    return std::string_view(text_.utf8).substr(begin, end - begin);
  }

  const UnitText& text_;
  SetLine line_;
  Segment segment_;
  std::optional<double> spacing_;  // unset while the segment is one character
  bool all_single_ = true;
  bool open_ = false;
  double end_ = 0;
};

/// The level every gap is raised to when `slack` points are shared evenly
/// over gaps that each take at most `limits[i]` points (infinity: no limit),
/// or nullopt when the limits together take less than `slack`.
std::optional<double> fill_level(std::vector<double> limits, double slack) {
  std::sort(limits.begin(), limits.end());
  double filled = 0;  // points taken by the gaps already at their limit
  std::size_t open = limits.size();
  for (const double limit : limits) {
    if (std::isinf(limit) || filled + limit * static_cast<double>(open) >= slack) break;
    filled += limit;
    --open;
  }
  if (open == 0) return std::nullopt;
  return (slack - filled) / static_cast<double>(open);
}

/// Whether the gap before unit `i` can lie inside one drawn run, as char
/// spacing between two single characters (SegmentWriter's rule): only such
/// gaps are covered by /ActualText when spread wide.
bool inside_run(const UnitText& text, std::size_t i) {
  const Unit& unit = text.units[i];
  const Unit& before = text.units[i - 1];
  return !unit.space && unit.gap == 0.0 && unit.single && before.single &&
         unit.face == before.face;
}

/// The widest gaps without a word space, points (see paragraph.h).
struct GapLimits {
  double space = 0;   // points, a whole word space at most
  double joined = 0;  // points
  double spread = 0;  // points
};

/// Extra points for the gap before each unit of the line (index i - first;
/// 0 for the first unit and for gaps that do not stretch) that make the line
/// fill its measure: shared evenly, a gap without a word space stretching
/// only to `limits.joined` points in all; when that cannot fill the line,
/// gaps inside runs go on to `limits.spread`, and the line may end short
/// (see paragraph.h).
std::vector<double> line_stretch(const UnitText& text, const LineBreaker& breaker,
                                 const LinePlan& plan, GapLimits gap_limits) {
  std::vector<double> stretch(plan.last - plan.first, 0.0);
  if (!plan.justify || plan.last - plan.first < 2) return stretch;
  const double slack = plan.measure - breaker.line_width(plan.first, plan.last, plan.measure);
  if (slack <= 0) return stretch;
  std::vector<double> joined;
  std::vector<double> spread;
  for (std::size_t i = plan.first + 1; i < plan.last; ++i) {
    const Unit& unit = text.units[i];
    if (!unit.stretchable) continue;
    // A compressed pair's negative gap is no gap for extractors: its
    // limit counts from zero.
    const double natural = std::max(0.0, unit.gap);
    const double space_room = std::max(0.0, gap_limits.space - unit.gap);
    joined.push_back(unit.space ? space_room : std::max(0.0, gap_limits.joined - natural));
    spread.push_back(unit.space ? space_room
                     : inside_run(text, i)
                         ? std::max(joined.back(), gap_limits.spread - natural)
                         : joined.back());
  }
  if (joined.empty()) return stretch;
  std::optional<double> level = fill_level(joined, slack);
  const std::vector<double>& limits = level ? joined : spread;
  if (!level) level = fill_level(spread, slack);
  std::size_t gap = 0;
  for (std::size_t i = plan.first + 1; i < plan.last; ++i) {
    if (!text.units[i].stretchable) continue;
    const double limit = limits[gap++];
    stretch[i - plan.first] = level ? std::min(*level, limit) : limit;
  }
  return stretch;
}

SetLine set_line(const UnitText& text, const LineBreaker& breaker, const LinePlan& plan,
                 GapLimits gap_limits) {
  const std::vector<double> stretch = line_stretch(text, breaker, plan, gap_limits);
  SegmentWriter writer(text);
  // An opening mark at the line start hangs its blank half into the margin.
  double x = plan.x - text.units[plan.first].left_blank;
  const bool end_compressed = plan.last > plan.first + 1 &&
                              breaker.compresses_end(plan.first, plan.last, plan.measure);
  for (std::size_t i = plan.first; i < plan.last; ++i) {
    const Unit& unit = text.units[i];
    double gap = 0;
    if (i > plan.first) {
      gap = unit.gap + stretch[i - plan.first];
      x += text.units[i - 1].width + gap;
    }
    const double trimmed = end_compressed && i + 1 == plan.last ? unit.right_blank : 0.0;
    writer.place(unit, x, gap, i == plan.first, trimmed);
  }
  return writer.finish();
}

/// The measure balanced lines are justified to: their widest natural line.
double widest_line(const LineBreaker& breaker, const LineStarts& starts, double indent) {
  double widest = 0;
  for (std::size_t line = 0; line < starts.size(); ++line) {
    const std::size_t last = line + 1 < starts.size() ? starts[line + 1] : breaker.size();
    const double x = line == 0 ? indent : 0.0;
    widest = std::max(widest, x + breaker.natural_width(starts[line], last));
  }
  return widest;
}

}  // namespace

std::vector<SetLine> set_paragraph(std::span<const Span> spans, const ParagraphStyle& style,
                                   const Measurer& measurer) {
  const double first_measure = style.width - style.first_indent;
  const UnitText text = build_units(spans, style.size, style.cjk_latin_gap,
                                    std::min(first_measure, style.width), measurer);
  const LineBreaker breaker(text, style.size);
  const double joined_limit = style.max_joined_gap * style.size;
  const double spread_limit = std::max(style.max_joined_gap, style.max_spread_gap) * style.size;
  const double space_limit = style.max_space_gap * style.size;
  const LineStarts starts =
      style.balance ? breaker.break_balanced(first_measure, style.width)
      : style.align == Align::kJustify
          ? breaker.break_justified(first_measure, style.width, joined_limit, spread_limit,
                                    space_limit)
          : breaker.break_lines(first_measure, style.width);
  const double width = style.balance ? widest_line(breaker, starts, style.first_indent)
                                     : style.width;
  std::vector<SetLine> lines;
  lines.reserve(starts.size());
  for (std::size_t line = 0; line < starts.size(); ++line) {
    LinePlan plan;
    plan.first = starts[line];
    plan.last = line + 1 < starts.size() ? starts[line + 1] : text.units.size();
    plan.x = line == 0 ? style.first_indent : 0.0;
    plan.measure = width - plan.x;
    plan.justify = style.align == Align::kJustify && line + 1 < starts.size();
    const GapLimits gap_limits{space_limit, joined_limit, spread_limit};
    lines.push_back(set_line(text, breaker, plan, gap_limits));
    // The font of every character is chosen here, once, by what measured it.
    for (Segment& segment : lines.back().segments)
      segment.fonts = measurer.font_spans(segment.utf8, segment.face);
  }
  return lines;
}

std::vector<SetLine> set_paragraph(std::string_view utf8, FontFace face,
                                   const ParagraphStyle& style, const Measurer& measurer) {
  const Span span{std::string(utf8), face};
  return set_paragraph(std::span<const Span>(&span, 1), style, measurer);
}

}  // namespace careerguide::text
