#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>
#include <vector>

#include <doctest/doctest.h>

#include "chart/bars.h"
#include "chart/comparison.h"
#include "chart/figures.h"
#include "chart/pagination.h"
#include "chart/rows.h"
#include "chart/scale.h"
#include "chart/skyline.h"

using namespace careerguide::chart;
using doctest::Approx;

namespace {

/// `units` currency units as hundredths.
std::int64_t hundredths(double units) { return std::llround(units * 100); }
/// An average figure of `value` currency units.
Figure average(double value) { return Figure{hundredths(value), hundredths(value)}; }
/// A range from `low` to `high` currency units.
Figure from_to(double low, double high) { return Figure{hundredths(low), hundredths(high)}; }

/// Plot width on A4 (design §8.3), points.
constexpr double kA4PlotWidth = 276.55;
/// The value gutter's right end on A4: plot width + 58, points from x0.
constexpr double kA4LabelLimit = kA4PlotWidth + 58;
/// Text width on A4, points.
constexpr double kA4TextWidth = 470.55;
/// The cover skyline's tallest column (50 mm), points.
constexpr double kSkylineHeight = 141.73;

}  // namespace

// ---- Figure ---------------------------------------------------------------

TEST_CASE("Figure: an average is not a range and stands for itself") {
  const Figure figure = average(127000);
  CHECK_FALSE(figure.is_range());
  CHECK(figure.midpoint() == 12700000);
}

TEST_CASE("Figure: a range counts at its midpoint") {
  const Figure figure = from_to(120000, 150000);
  CHECK(figure.is_range());
  CHECK(figure.midpoint() == 13500000);
}

TEST_CASE("Figure: a midpoint of an odd number of hundredths rounds its half up, exactly") {
  CHECK(Figure{1, 2}.midpoint() == 2);
  CHECK(Figure{4500000, 4500001}.midpoint() == 4500001);
  CHECK(Figure{kLargestHundredths - 1, kLargestHundredths}.midpoint() == kLargestHundredths);
  CHECK(Figure{kLargestHundredths, kLargestHundredths}.twice_midpoint() == 2 * kLargestHundredths);
}

// ---- nice_scale -----------------------------------------------------------

TEST_CASE("nice_scale: the loader's smallest and largest figures get exact axes") {
  CHECK(nice_scale(0.01).ticks == std::vector<double>{0, 0.002, 0.004, 0.006, 0.008, 0.01});
  const Scale largest = nice_scale(1e12);
  CHECK(largest.max == 1e12);
  CHECK(largest.step == 2e11);
  CHECK(largest.ticks.size() == 6);
}

TEST_CASE("nice_scale_for: one role, all equal and all zero figures give a usable axis") {
  const std::vector<Figure> one{Figure{1, 1}};
  CHECK(nice_scale_for(one).max == Approx(0.01));
  const std::vector<Figure> top{Figure{kLargestHundredths, kLargestHundredths}};
  CHECK(nice_scale_for(top).max == 1e12);
  const std::vector<Figure> equal{average(45000), average(45000), average(45000)};
  CHECK(nice_scale_for(equal).max == 50000);
  const std::vector<Figure> zero{average(0), average(0)};
  CHECK(nice_scale_for(zero).max == 1);
  CHECK(nice_scale_for(zero).step == Approx(0.2));
}

TEST_CASE("nice_scale: subnormal and enormous values still give a finite axis of 3 to 7 steps") {
  for (const double largest : {1e-320, 5e-324, 1e-300, 1e-7, 1e16, 1e300, 1.7e308}) {
    CAPTURE(largest);
    const Scale scale = nice_scale(largest);
    CHECK(std::isfinite(scale.max));
    CHECK(scale.max > 0);
    CHECK(scale.step > 0);
    CHECK(scale.ticks.size() >= 4);
    CHECK(scale.ticks.size() <= 8);
  }
}

TEST_CASE("nice_scale: 155,500 gets ticks every 40,000 up to 160,000") {
  const Scale scale = nice_scale(155500);
  CHECK(scale.step == 40000);
  CHECK(scale.max == 160000);
  CHECK(scale.ticks == std::vector<double>{0, 40000, 80000, 120000, 160000});
}

TEST_CASE("nice_scale: small whole numbers get exact steps and maxima") {
  struct Case { double largest, step, max; };
  const std::vector<Case> cases{
      {1, 0.2, 1},  {3, 0.5, 3},  {6, 1, 6},     {7, 2, 8},      {13, 4, 16},
      {21, 4, 24},  {45, 10, 50}, {99, 20, 100}, {100, 20, 100}, {127000, 40000, 160000},
  };
  for (const Case& c : cases) {
    CAPTURE(c.largest);
    const Scale scale = nice_scale(c.largest);
    CHECK(scale.step == c.step);
    CHECK(scale.max == c.max);
  }
}

TEST_CASE("nice_scale: an equal maximum prefers the larger step") {
  const Scale scale = nice_scale(180);
  CHECK(scale.step == 50);
  CHECK(scale.ticks == std::vector<double>{0, 50, 100, 150, 200});
}

TEST_CASE("nice_scale: decimal steps give exact decimal ticks") {
  const Scale scale = nice_scale(0.3);
  CHECK(scale.step == 0.05);
  CHECK(scale.ticks == std::vector<double>{0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3});
  CHECK(nice_scale(0.01).ticks == std::vector<double>{0, 0.002, 0.004, 0.006, 0.008, 0.01});
}

TEST_CASE("nice_scale: huge values keep exact steps") {
  CHECK(nice_scale(1e9).ticks == std::vector<double>{0, 2e8, 4e8, 6e8, 8e8, 1e9});
  const Scale trillion = nice_scale(1e12);
  CHECK(trillion.step == 2e11);
  CHECK(trillion.max == 1e12);
}

TEST_CASE("nice_scale: zero, negative and non-finite values give 0 to 1 by 0.2") {
  for (double largest : {0.0, -5.0, std::nan(""), std::numeric_limits<double>::infinity()}) {
    CAPTURE(largest);
    const Scale scale = nice_scale(largest);
    CHECK(scale.step == 0.2);
    CHECK(scale.max == 1);
    CHECK(scale.ticks.size() == 6);
  }
}

TEST_CASE("nice_scale: every value from 1e-6 to 1e15 gets 4 to 6 intervals of an allowed step") {
  for (double largest = 1e-6; largest <= 1e15; largest *= 1.07) {
    CAPTURE(largest);
    const Scale scale = nice_scale(largest);
    CHECK(scale.max >= largest);
    const double intervals = scale.max / scale.step;
    CHECK(intervals == Approx(std::round(intervals)));
    CHECK(std::round(intervals) >= 4);
    CHECK(std::round(intervals) <= 6);
    const double mantissa = scale.step / std::pow(10.0, std::floor(std::log10(scale.step) + 1e-9));
    const bool allowed = std::fabs(mantissa - 1) < 1e-9 || std::fabs(mantissa - 2) < 1e-9 ||
                         std::fabs(mantissa - 4) < 1e-9 || std::fabs(mantissa - 5) < 1e-9;
    CHECK(allowed);
    CHECK(scale.ticks.size() == static_cast<std::size_t>(std::round(intervals)) + 1);
  }
}

TEST_CASE("nice_scale_for: the axis reaches the largest range maximum, not its midpoint") {
  const std::vector<Figure> figures{average(100000), from_to(120000, 170000)};
  const Scale scale = nice_scale_for(figures);
  CHECK(scale.step == 50000);
  CHECK(scale.max == 200000);
  CHECK(nice_scale_for({}).max == 1);
}

TEST_CASE("Scale::position: maps a value linearly onto the plot width") {
  const Scale scale = nice_scale(155500);
  CHECK(scale.position(0, kA4PlotWidth) == 0);
  CHECK(scale.position(160000, kA4PlotWidth) == Approx(276.55));
  CHECK(scale.position(155500, kA4PlotWidth) == Approx(268.77203125));
}

// ---- order_rows and key_figures ------------------------------------------

TEST_CASE("order_rows: high to low sorts by midpoint and keeps data order on ties") {
  const std::vector<Figure> figures{average(100), average(300), average(200), average(300),
                                    from_to(250, 350)};
  CHECK(order_rows(figures, Order::kHighToLow) == std::vector<std::size_t>{1, 3, 4, 2, 0});
}

TEST_CASE("order_rows: as given keeps data order") {
  const std::vector<Figure> figures{average(100), average(300), from_to(250, 350)};
  CHECK(order_rows(figures, Order::kAsGiven) == std::vector<std::size_t>{0, 1, 2});
  CHECK(order_rows({}, Order::kHighToLow).empty());
}

TEST_CASE("key_figures: highest, lowest and the mean of midpoints") {
  const std::vector<Figure> figures{average(100), average(300), average(200), average(300),
                                    from_to(250, 350)};
  const KeyFigures key = key_figures(figures);
  CHECK(key.highest == 1);
  CHECK(key.lowest == 0);
  CHECK(key.average == 24000);
}

TEST_CASE("key_figures: with all figures equal the highest is the first and the lowest the last") {
  const std::vector<Figure> figures{average(5), average(5), average(5)};
  const KeyFigures key = key_figures(figures);
  CHECK(key.highest == 0);
  CHECK(key.lowest == 2);
  CHECK(key.average == 500);
}

TEST_CASE("key_figures: the mean of 10,000 figures at the loader's bound is exact") {
  // The largest sum the loader allows (10,000 roles × (max + max)) is
  // 2 × 10^18, below INT64_MAX; the mean never forms it, and is exact here.
  const std::vector<Figure> top(10'000, Figure{kLargestHundredths, kLargestHundredths});
  CHECK(key_figures(top).average == kLargestHundredths);
  std::vector<Figure> mixed(10'000, Figure{kLargestHundredths - 1, kLargestHundredths});
  mixed.push_back(Figure{0, 0});
  // (10,000 × (2 × 10^14 − 1)) / (2 × 10,001), a half rounded up.
  CHECK(key_figures(mixed).average == 99990000999900);
}

TEST_CASE("key_figures: the mean of midpoints rounds its half up") {
  const std::vector<Figure> figures{Figure{1, 1}, Figure{2, 2}};
  CHECK(key_figures(figures).average == 2);  // 1.5 hundredths
  const std::vector<Figure> thirds{Figure{1, 1}, Figure{1, 1}, Figure{2, 2}};
  CHECK(key_figures(thirds).average == 1);  // 1.33 hundredths
}

TEST_CASE("key_figures: one figure is both highest and lowest, none is an error") {
  const std::vector<Figure> one{from_to(120000, 150000)};
  const KeyFigures key = key_figures(one);
  CHECK(key.highest == 0);
  CHECK(key.lowest == 0);
  CHECK(key.average == 13500000);
  CHECK_THROWS_AS(key_figures({}), std::invalid_argument);
}

// ---- Row density and pages ------------------------------------------------

TEST_CASE("row_densities: roomiest first, down to 15 pt rows with 8 pt labels and values") {
  const std::vector<RowDensity>& densities = row_densities();
  REQUIRE(densities.size() == 4);
  CHECK(densities[0].pitch == 48);
  CHECK(densities[0].bar_height == 22);
  CHECK(densities[0].label_size == 10.5);
  CHECK(densities[0].english_label);
  CHECK(densities[1].pitch == 30);
  CHECK(densities[1].label_size == 9.5);
  CHECK_FALSE(densities[1].english_label);
  CHECK(densities[2].pitch == 20);
  CHECK(densities[2].label_size == 8.5);
  const RowDensity& densest = densities[3];
  CHECK(densest.pitch == 15);
  CHECK(densest.bar_height == 8);
  CHECK(densest.label_size == 8);
  CHECK(densest.value_size == 8);
  CHECK_FALSE(densest.english_label);
  CHECK(densest.label_lines == 1);
  for (std::size_t i = 1; i < densities.size(); ++i) CHECK(densities[i].pitch < densities[i - 1].pitch);
}

TEST_CASE("rows_fitting: rows that fill the space exactly still fit") {
  CHECK(rows_fitting(7 * 48.0, 48) == 7);
  CHECK(rows_fitting(7 * 48.0 - 0.01, 48) == 6);
  CHECK(rows_fitting(0, 48) == 0);
  CHECK(rows_fitting(-5, 48) == 0);
}

TEST_CASE("bar_offset: the bar is centred in its slot") {
  CHECK(bar_offset(row_densities()[0]) == 13);
  CHECK(bar_offset(row_densities()[1]) == 8);
  CHECK(bar_offset(row_densities()[2]) == 5);
  CHECK(bar_offset(row_densities()[3]) == 3.5);
}

// ---- Bars and value labels ------------------------------------------------

TEST_CASE("bar_span: an average runs from 0 to its value") {
  const BarSpan bar = bar_span(average(155500), nice_scale(155500), kA4PlotWidth);
  CHECK(bar.track_end == 0);
  CHECK(bar.start == 0);
  CHECK(bar.end == Approx(268.77203125));
}

TEST_CASE("bar_span: a range runs from min to max with a track from 0 to min") {
  const BarSpan bar = bar_span(from_to(120000, 150000), nice_scale(155500), kA4PlotWidth);
  CHECK(bar.track_end == Approx(207.4125));
  CHECK(bar.start == Approx(207.4125));
  CHECK(bar.end == Approx(259.265625));
}

TEST_CASE("bar_span: no bar is shorter than 2 pt") {
  const Scale scale = nice_scale(155500);
  CHECK(bar_span(average(0), scale, kA4PlotWidth).end == kMinBarLength);
  CHECK(bar_span(average(100), scale, kA4PlotWidth).end == kMinBarLength);
  const BarSpan narrow = bar_span(from_to(80000, 80500), scale, kA4PlotWidth);
  CHECK(narrow.start == Approx(137.707109375));
  CHECK(narrow.end == Approx(139.707109375));
  CHECK(narrow.track_end == narrow.start);
  const BarSpan at_zero = bar_span(from_to(0, 100), scale, kA4PlotWidth);
  CHECK(at_zero.start == 0);
  CHECK(at_zero.end == 2);
}

TEST_CASE("place_value_label: the label sits 6 pt after the bar when it fits") {
  const LabelPlacement label = place_value_label(BarSpan{0, 0, 200}, 46, kA4LabelLimit);
  CHECK(label.x == 206);
  CHECK_FALSE(label.inside);
}

TEST_CASE("place_value_label: a label that reaches exactly the limit stays outside") {
  const LabelPlacement label = place_value_label(BarSpan{0, 0, 200}, 28, 234);
  CHECK(label.x == 206);
  CHECK_FALSE(label.inside);
}

TEST_CASE("place_value_label: a label past the right margin goes 6 pt inside the bar in white") {
  const LabelPlacement label = place_value_label(BarSpan{0, 0, 276}, 60, kA4LabelLimit);
  CHECK(label.x == 210);
  CHECK(label.inside);
}

TEST_CASE("place_value_label: a range too short for its label gets it before the bar") {
  const LabelPlacement label = place_value_label(BarSpan{200, 200, 260}, 90, kA4LabelLimit);
  CHECK(label.x == 104);
  CHECK_FALSE(label.inside);
}

TEST_CASE("place_value_label: a label that fits nowhere is right-aligned at the limit") {
  const LabelPlacement label = place_value_label(BarSpan{0, 0, 300}, 400, 334);
  CHECK(label.x == -66);
  CHECK_FALSE(label.inside);
}

// ---- Tick thinning ----------------------------------------------------------

namespace {

/// An axis 0–50 by 10: six ticks.
Scale six_ticks() { return Scale{.max = 50, .step = 10, .ticks = {0, 10, 20, 30, 40, 50}}; }

}  // namespace

TEST_CASE("visible_ticks: labels with room are all drawn") {
  const std::vector<double> widths{4, 24, 24, 26, 26};
  CHECK(visible_ticks(nice_scale(155500), kA4PlotWidth, widths, 4) ==
        std::vector<std::size_t>{0, 1, 2, 3, 4});
}

TEST_CASE("visible_ticks: crowded labels lose every other tick, keeping 0 and max") {
  const std::vector<double> widths{4, 24, 24, 26, 26};
  CHECK(visible_ticks(nice_scale(155500), 100, widths, 4) == std::vector<std::size_t>{0, 2, 4});
}

TEST_CASE("visible_ticks: a tick crowding max gives way to max") {
  const std::vector<double> widths(6, 18);
  CHECK(visible_ticks(six_ticks(), 100, widths, 4) == std::vector<std::size_t>{0, 2, 5});
  CHECK(visible_ticks(six_ticks(), 100, std::vector<double>(6, 12), 4) ==
        std::vector<std::size_t>{0, 1, 2, 3, 4, 5});
}

TEST_CASE("visible_ticks: very wide labels leave only 0 and max, or max alone") {
  CHECK(visible_ticks(six_ticks(), 100, std::vector<double>(6, 50), 4) ==
        std::vector<std::size_t>{0, 5});
  CHECK(visible_ticks(six_ticks(), 100, std::vector<double>(6, 120), 4) ==
        std::vector<std::size_t>{5});
}

TEST_CASE("visible_ticks: one width per tick is required") {
  CHECK_THROWS_AS(visible_ticks(six_ticks(), 100, std::vector<double>(5, 10), 4),
                  std::invalid_argument);
}

// ---- Comparison on the role card -------------------------------------------

namespace {

/// The longest comparison bar on A4: 0.58 × text width − 82, points.
constexpr double kA4LongestComparisonBar = 0.58 * kA4TextWidth - 82;

/// `count` averages 10, 20, …, count × 10 in data order.
std::vector<Figure> rising(std::size_t count) {
  std::vector<Figure> figures;
  for (std::size_t i = 1; i <= count; ++i) {
    figures.push_back(average(10.0 * static_cast<double>(i)));
  }
  return figures;
}

}  // namespace

TEST_CASE("comparison: a single figure gets no comparison") {
  const std::vector<Figure> figures{average(127000)};
  const Comparison result = comparison(figures, 0, kA4LongestComparisonBar);
  CHECK(result.style == ComparisonStyle::kNone);
  CHECK(result.rank == 1);
  CHECK(result.count == 1);
  CHECK(result.bars.empty());
  CHECK(ComparisonSet(figures, kA4LongestComparisonBar).ticks_x().empty());
}

TEST_CASE("comparison: two figures give two 5 pt bars from card top + 36, 8 pt apart") {
  const std::vector<Figure> figures{average(50), average(100)};
  const Comparison result = comparison(figures, 0, 200);
  CHECK(result.style == ComparisonStyle::kBars);
  CHECK(result.rank == 2);
  CHECK(result.count == 2);
  REQUIRE(result.bars.size() == 2);
  CHECK(result.bars[0].top == 36);
  CHECK(result.bars[0].height == 5);
  CHECK(result.bars[0].length == 200);
  CHECK_FALSE(result.bars[0].is_self);
  CHECK(result.bars[1].top == 44);
  CHECK(result.bars[1].length == 100);
  CHECK(result.bars[1].is_self);
  CHECK(result.self_x == 100);
  CHECK(result.axis_length == 200);
}

TEST_CASE("comparison: five figures fill card top + 36 to + 73, sorted high to low") {
  const std::vector<Figure> figures{average(100), average(50), average(75), average(25),
                                    average(80)};
  const Comparison result = comparison(figures, 2, 200);
  CHECK(result.rank == 3);
  REQUIRE(result.bars.size() == 5);
  const std::vector<double> tops{36, 44, 52, 60, 68};
  const std::vector<double> lengths{200, 160, 150, 100, 50};
  for (std::size_t i = 0; i < 5; ++i) {
    CAPTURE(i);
    CHECK(result.bars[i].top == tops[i]);
    CHECK(result.bars[i].height == 5);
    CHECK(result.bars[i].length == lengths[i]);
    CHECK(result.bars[i].start == 0);
    CHECK(result.bars[i].is_self == (i == 2));
  }
  CHECK(result.bars.back().top + result.bars.back().height == 73);
}

TEST_CASE("comparison: the longest bar on A4 is 190.92 pt") {
  const std::vector<Figure> figures{average(155500), average(127000)};
  const Comparison result = comparison(figures, 1, kA4LongestComparisonBar);
  CHECK(result.bars[0].length == Approx(190.919));
  CHECK(result.bars[1].length == Approx(190.919 * 127000 / 155500));
  CHECK(result.rank == 2);
}

TEST_CASE("comparison: six to eight figures give 3 pt bars 5 pt apart") {
  const Comparison six = comparison(rising(6), 0, 120);
  REQUIRE(six.bars.size() == 6);
  CHECK(six.bars[0].top == 36);
  CHECK(six.bars[5].top == 61);
  CHECK(six.bars[5].height == 3);
  CHECK(six.bars[5].length == 20);
  CHECK(six.bars[5].is_self);
  CHECK(six.rank == 6);
  const Comparison eight = comparison(rising(8), 7, 160);
  REQUIRE(eight.bars.size() == 8);
  CHECK(eight.bars[7].top + eight.bars[7].height == 74);
  CHECK(eight.bars[0].length == 160);
  CHECK(eight.bars[0].is_self);
  CHECK(eight.rank == 1);
}

TEST_CASE("comparison: nine figures give a strip with a tick per figure") {
  const Comparison result = comparison(rising(9), 4, 180);
  CHECK(result.style == ComparisonStyle::kStrip);
  CHECK(result.bars.empty());
  const std::vector<Figure> figures = rising(9);
  CHECK(ComparisonSet(figures, 180).ticks_x() == std::vector<double>{180, 160, 140, 120, 100, 80, 60, 40, 20});
  CHECK(result.self_x == 100);
  CHECK(result.axis_length == 180);
  CHECK(result.rank == 5);
  CHECK(result.count == 9);
}

TEST_CASE("comparison: a range bar runs from min to max and equal midpoints share a rank") {
  const std::vector<Figure> figures{average(100), from_to(50, 150)};
  const Comparison result = comparison(figures, 1, 300);
  REQUIRE(result.bars.size() == 2);
  CHECK(result.bars[0].start == 0);
  CHECK(result.bars[0].length == 200);
  CHECK(result.bars[1].start == 100);
  CHECK(result.bars[1].length == 200);
  CHECK(result.bars[1].is_self);
  CHECK(result.self_x == 300);
  CHECK(result.rank == 1);
  CHECK(comparison(figures, 0, 300).rank == 1);
}

TEST_CASE("comparison: zero figures still get 2 pt bars") {
  const std::vector<Figure> figures{average(0), average(0)};
  const Comparison result = comparison(figures, 1, 200);
  CHECK(result.bars[0].length == kMinBarLength);
  CHECK(result.bars[1].length == kMinBarLength);
  CHECK(result.rank == 1);
}

TEST_CASE("comparison: a prepared set gives each figure its rank, ties shared, as counting would") {
  // Midpoints 30, 50, 50, 10, 50, 30, 70, 10, 20, 60 (a range among them).
  const std::vector<Figure> figures{average(30), average(50), from_to(40, 60), average(10), average(50),
                                    average(30), average(70), average(10), average(20), average(60)};
  const ComparisonSet set(figures, 200);
  for (std::size_t self = 0; self < figures.size(); ++self) {
    CAPTURE(self);
    const auto higher = std::count_if(figures.begin(), figures.end(), [&](const Figure& other) {
      return other.twice_midpoint() > figures[self].twice_midpoint();
    });
    const Comparison prepared = set.of(self);
    CHECK(prepared.rank == static_cast<int>(higher) + 1);
    CHECK(prepared.self_x == Approx(figures[self].midpoint_units() * 200 / 70));
    CHECK(prepared.style == ComparisonStyle::kStrip);
  }
  CHECK(set.of(6).rank == 1);
  CHECK(set.of(1).rank == 3);
  CHECK(set.of(2).rank == 3);
  CHECK(set.of(3).rank == 9);
}

TEST_CASE("comparison: self must be an index of figures") {
  CHECK_THROWS_AS(ComparisonSet(rising(3), 100).of(3), std::out_of_range);
  CHECK_THROWS_AS(comparison(rising(3), 3, 100), std::out_of_range);
  CHECK_THROWS_AS(comparison({}, 0, 100), std::out_of_range);
}

// ---- Cover skyline -----------------------------------------------------------

TEST_CASE("skyline: six roles stand lowest to highest in 78.425 pt slots, no figure last") {
  const std::vector<std::optional<Figure>> figures{average(127000), std::nullopt, average(155500),
                                                   average(130000), average(140000),
                                                   from_to(130000, 140000)};
  const Skyline result = skyline(figures, kA4TextWidth, kSkylineHeight);
  CHECK(result.drawn);
  CHECK(result.labels);
  CHECK_FALSE(result.legend);
  CHECK(result.slot == Approx(78.425));
  REQUIRE(result.columns.size() == 6);
  const std::vector<std::size_t> roles{0, 3, 5, 4, 2, 1};
  const std::vector<double> heights{115.75376205787781, 118.48810289389067, 123.04533762057878,
                                    127.60257234726689, 141.73, 141.73};
  for (std::size_t i = 0; i < 6; ++i) {
    CAPTURE(i);
    CHECK(result.columns[i].role == roles[i]);
    CHECK(result.columns[i].x == Approx(78.425 * static_cast<double>(i)));
    CHECK(result.columns[i].width == 26);
    CHECK(result.columns[i].height == Approx(heights[i]));
    CHECK(result.columns[i].highest == (i == 4));
    CHECK(result.columns[i].has_figure == (i != 5));
  }
}

TEST_CASE("skyline: among equal figures the first role is the highest and stands rightmost") {
  const std::vector<std::optional<Figure>> figures{average(100), average(100)};
  const Skyline result = skyline(figures, kA4TextWidth, kSkylineHeight);
  REQUIRE(result.columns.size() == 2);
  CHECK(result.columns[0].role == 1);
  CHECK_FALSE(result.columns[0].highest);
  CHECK(result.columns[1].role == 0);
  CHECK(result.columns[1].highest);
}

TEST_CASE("skyline: 9 to 24 roles get narrow columns, the extremes labelled, and a legend") {
  std::vector<std::optional<Figure>> figures;
  for (int i = 1; i <= 12; ++i) {
    figures.emplace_back(average(1000.0 * i));
  }
  const Skyline result = skyline(figures, kA4TextWidth, kSkylineHeight);
  CHECK(result.drawn);
  CHECK_FALSE(result.labels);
  CHECK(result.legend);
  CHECK(result.slot == Approx(39.2125));
  CHECK(result.columns[0].width == Approx(21.566875));
  CHECK(result.columns[11].x == Approx(39.2125 * 11));
  CHECK(result.columns[11].height == Approx(kSkylineHeight));
  CHECK(result.columns[0].height == Approx(kSkylineHeight / 12));
}

TEST_CASE("skyline: more than 24 roles or no figure at all leave the motif out") {
  const std::vector<std::optional<Figure>> many(25, average(1000));
  CHECK_FALSE(skyline(many, kA4TextWidth, kSkylineHeight).drawn);
  CHECK(skyline(many, kA4TextWidth, kSkylineHeight).columns.empty());
  const std::vector<std::optional<Figure>> none(3, std::nullopt);
  CHECK_FALSE(skyline(none, kA4TextWidth, kSkylineHeight).drawn);
  CHECK_FALSE(skyline({}, kA4TextWidth, kSkylineHeight).drawn);
  const std::vector<std::optional<Figure>> most(24, average(1000));
  CHECK(skyline(most, kA4TextWidth, kSkylineHeight).drawn);
}

TEST_CASE("skyline: zero figures stand 2 pt tall") {
  const std::vector<std::optional<Figure>> figures{average(0), average(0)};
  const Skyline result = skyline(figures, kA4TextWidth, kSkylineHeight);
  CHECK(result.columns[0].height == kMinBarLength);
  CHECK(result.columns[1].height == kMinBarLength);
}

namespace {

/// The A4 chart page of the default data: rows from C+204, a 2-line data note.
ChartRoom a4_room() {
  ChartRoom room;
  room.first_top = 283.37;
  room.next_top = 169.37;
  room.first_block_rule = 175.37;
  room.next_block_rule = 145.37;
  room.content_bottom = 779.53;
  room.note_limit = 779.53 - 14 - 22 - 24;
  return room;
}

/// The same on Letter: 49.89 pt shorter.
ChartRoom letter_room() {
  ChartRoom room = a4_room();
  room.content_bottom = 729.64;
  room.note_limit = 729.64 - 14 - 22 - 24;
  return room;
}

}  // namespace

TEST_CASE("block_height: 24 to the first title, each note's span, 28 between entries") {
  const std::vector<double> spans{32, 16};
  CHECK(block_height(spans, 38) == Approx(24 + 32 + 28 + 16));
  CHECK(block_height(std::vector<double>{16}, 38) == Approx(40));
  CHECK(block_height(std::vector<double>{8}, 38) == Approx(38));
  CHECK(block_height({}, 38) == 0);
}

TEST_CASE("density_for: 7 rows and a 2-line no-figure note fit at 48 pt on A4, 8 do not") {
  const std::vector<double> spans{32};
  CHECK(density_for(7, spans, a4_room()).pitch == 48);
  CHECK(density_for(8, spans, a4_room()).pitch == 30);
  CHECK(density_for(16, spans, a4_room()).pitch == 20);
  CHECK(density_for(0, spans, a4_room()).pitch == 48);
}

TEST_CASE("density_for: 15 pt rows only when they save a page") {
  const std::vector<double> spans{32};
  // One page holds (719.53 − 283.37 − 44 − 56) / 20 → 16 rows at 20 pt and
  // 22 at 15 pt: 21 rows stay on one page.
  CHECK(density_for(21, spans, a4_room()).pitch == 15);
  REQUIRE(plan_chart_pages(21, row_densities()[3], spans, a4_room()).size() == 1);
  // 30 rows take two pages at 30 pt as at 20 or 15 pt: the roomiest wins.
  CHECK(density_for(30, {}, a4_room()).pitch == 30);
  CHECK(plan_chart_pages(30, row_densities()[1], {}, a4_room()).size() == 2);
}

TEST_CASE("density_for: 60 rows fit on two chart pages on A4 and on Letter") {
  for (const ChartRoom& room : {a4_room(), letter_room()}) {
    CAPTURE(room.content_bottom);
    const RowDensity density = density_for(60, {}, room);
    CHECK(density.pitch == 15);
    const auto plan = plan_chart_pages(60, density, {}, room);
    REQUIRE(plan.size() == 2);
    CHECK(plan[0].rows + plan[1].rows == 60);
    // Balanced, unless the first page (under the key figures) is full.
    const bool first_full =
        plan[0].rows == rows_fitting(room.content_bottom - kTickBaseline - room.first_top, 15);
    if (!first_full) CHECK(plan[0].rows + 1 >= plan[1].rows);
    CHECK(plan[1].rows + 1 >= plan[0].rows);
    // At 20 pt they took three.
    CHECK(plan_chart_pages(60, row_densities()[2], {}, room).size() == 3);
  }
}

TEST_CASE("density_for: for 1 to 120 rows and 0 to 5 entries the density takes the fewest "
          "pages, and every roomier density takes more") {
  for (const ChartRoom& room : {a4_room(), letter_room()}) {
    for (std::size_t missing = 0; missing <= 5; ++missing) {
      const std::vector<double> spans(missing, 16.0);
      for (std::size_t rows = 1; rows <= 120; ++rows) {
        CAPTURE(rows);
        CAPTURE(missing);
        const double chosen = density_for(rows, spans, room).pitch;
        const std::size_t pages =
            plan_chart_pages(rows, density_for(rows, spans, room), spans, room).size();
        for (const RowDensity& density : row_densities()) {
          const std::size_t other = plan_chart_pages(rows, density, spans, room).size();
          if (density.pitch > chosen) CHECK(other > pages);
          if (density.pitch < chosen) CHECK(other >= pages);
        }
      }
    }
  }
}

TEST_CASE("density_for: a block too long for the first page counts only its first entry") {
  const std::vector<double> spans(20, 32.0);
  CHECK(density_for(6, spans, a4_room()).pitch == 48);
}

TEST_CASE("plan_chart_pages: everything on one page when it fits") {
  const std::vector<double> spans{32};
  const auto plan = plan_chart_pages(5, row_densities()[0], spans, a4_room());
  REQUIRE(plan.size() == 1);
  CHECK(plan[0].rows == 5);
  CHECK(plan[0].entries == 1);
  CHECK(plan[0].block_rule == Approx(283.37 + 5 * 48 + 44));
  CHECK(plan[0].data_note);
}

TEST_CASE("plan_chart_pages: 60 rows at 20 pt share three pages evenly, 20 each") {
  // Caps: (779.53 − 15 − 283.37) / 20 → 24; continuation 29; the note's page 26.
  const auto plan = plan_chart_pages(60, row_densities()[2], {}, a4_room());
  REQUIRE(plan.size() == 3);
  CHECK(plan[0].rows == 20);
  CHECK(plan[1].first_row == 20);
  CHECK(plan[1].rows == 20);
  CHECK(plan[2].first_row == 40);
  CHECK(plan[2].rows == 20);
  CHECK_FALSE(plan[0].data_note);
  CHECK_FALSE(plan[1].data_note);
  CHECK(plan[2].data_note);
}

TEST_CASE("plan_chart_pages: 51 rows never leave one row alone with the data note") {
  const auto plan = plan_chart_pages(24 + 27, row_densities()[2], {}, a4_room());
  REQUIRE(plan.size() == 3);
  CHECK(plan[0].rows == 17);
  CHECK(plan[1].rows == 17);
  CHECK(plan[2].rows == 17);
  CHECK(plan[2].data_note);
}

TEST_CASE("plan_chart_pages: 17 rows and 3 short no-figure entries share two pages, the list "
          "with rows and the note") {
  const std::vector<double> spans(3, 32.0);
  const auto plan = plan_chart_pages(17, row_densities()[2], spans, a4_room());
  for (const ChartPagePlan& page : plan) {
    CHECK(page.rows > 0);
    if (page.entries > 0) CHECK(page.entries == 3);
  }
  CHECK(plan.back().data_note);
  CHECK(plan.back().entries == 3);
}

TEST_CASE("plan_chart_pages: for 1 to 120 rows and 0 to 5 entries the rows per page differ by "
          "one unless a page is full, and no page is under a quarter full") {
  for (std::size_t missing = 0; missing <= 5; ++missing) {
    const std::vector<double> spans(missing, 16.0);
    for (std::size_t rows = 1; rows <= 120; ++rows) {
      CAPTURE(rows);
      CAPTURE(missing);
      const RowDensity density = density_for(rows, spans, a4_room());
      const auto plan = plan_chart_pages(rows, density, spans, a4_room());
      std::size_t high = 0;
      std::size_t total = 0;
      std::size_t listed = 0;
      for (const ChartPagePlan& page : plan) {
        high = std::max(high, page.rows);
      }
      for (std::size_t p = 0; p < plan.size(); ++p) {
        const ChartPagePlan& page = plan[p];
        // A full page may hold fewer: the first also holds the key-figure
        // panel, the last the no-figure list and the data note.
        const ChartRoom room = a4_room();
        const double top = p == 0 ? room.first_top : room.next_top;
        const bool last = p + 1 == plan.size();
        const double tail = spans.empty() ? kTickBaseline
                                          : kNoFigureRuleGap + block_height(spans, room.heading_depth);
        const std::size_t cap = rows_fitting(
            (last ? room.note_limit - tail : room.content_bottom - kTickBaseline) - top, density.pitch);
        if (page.rows == cap) {
          total += page.rows;
          listed += page.entries;
          continue;
        }
        CHECK(page.rows + 1 >= high);
        // At least a quarter of this page's room; the list's page is filled
        // by the list too.
        if (page.entries == 0 && plan.size() > 1) CHECK(4 * page.rows >= cap);
        total += page.rows;
        listed += page.entries;
        if (page.rows == 0) CHECK(page.entries == missing);
      }
      CHECK(total == rows);
      CHECK(listed == missing);
    }
  }
}

TEST_CASE("plan_chart_pages: a long no-figure list continues on the next page") {
  const std::vector<double> spans(12, 32.0);
  const auto plan = plan_chart_pages(3, row_densities()[0], spans, a4_room());
  REQUIRE(plan.size() == 2);
  // Rule at 283.37 + 144 + 44 = 471.37; titles every 60 pt from +24; last baselines
  // at 527.37, 587.37, 647.37, 707.37, 767.37 ≤ 779.53.
  CHECK(plan[0].entries == 5);
  CHECK_FALSE(plan[0].data_note);
  CHECK(plan[1].rows == 0);
  CHECK(plan[1].first_entry == 5);
  CHECK(plan[1].entries == 7);
  CHECK(plan[1].block_rule == Approx(145.37));
  CHECK(plan[1].data_note);
}

TEST_CASE("plan_chart_pages: no rows at all put the block under the title block") {
  const std::vector<double> spans{32, 32};
  const auto plan = plan_chart_pages(0, row_densities()[0], spans, a4_room());
  REQUIRE(plan.size() == 1);
  CHECK(plan[0].rows == 0);
  CHECK(plan[0].entries == 2);
  CHECK(plan[0].block_rule == Approx(175.37));
}

TEST_CASE("skyline: fewer than six roles keep the six-role slot, from the left") {
  const std::vector<std::optional<Figure>> figures{average(80000), average(147000)};
  const Skyline sky = skyline(figures, kA4TextWidth, 141.73);
  REQUIRE(sky.columns.size() == 2);
  CHECK(sky.slot == Approx(kA4TextWidth / 6));
  CHECK(sky.columns[0].x == 0);
  CHECK(sky.columns[1].x == Approx(kA4TextWidth / 6));
  CHECK(sky.columns[1].highest);
}
