// Money figures and tick labels as the guide prints them (design §9).

#include <cmath>
#include <cstdint>

#include <doctest/doctest.h>

#include "money/money.h"

using namespace careerguide::money;
using careerguide::chart::kLargestHundredths;

namespace {

/// `units` currency units as hundredths.
std::int64_t hundredths(double units) { return std::llround(units * 100); }
/// An average figure of `value` currency units.
Figure average(double value) { return Figure{hundredths(value), hundredths(value)}; }
/// A range from `low` to `high` currency units.
Figure from_to(double low, double high) { return Figure{hundredths(low), hundredths(high)}; }

}  // namespace

TEST_CASE("format_money: an average gets the symbol and thousands commas") {
  CHECK(format_money(average(155500), "$", Precision::kWholeUnits) == "$155,500");
  CHECK(format_money(average(127000.4), "¥", Precision::kWholeUnits) == "¥127,000");
  CHECK(format_money(average(0), "$", Precision::kWholeUnits) == "$0");
}

TEST_CASE("format_money: a range gets both ends joined by an en dash") {
  CHECK(format_money(from_to(120000, 150000), "$", Precision::kWholeUnits) ==
        "$120,000\u2013$150,000");
  CHECK(format_money(from_to(15.5, 17.25), "$", Precision::kCents) == "$15.50\u2013$17.25");
}

TEST_CASE("format_money: a long currency symbol is written on both ends") {
  CHECK(format_money(from_to(4000, 5000), "CHF ", Precision::kWholeUnits) == "CHF 4,000\u2013CHF 5,000");
  CHECK(format_money(average(41.375), "HK$", Precision::kCents) == "HK$41.38");
}

TEST_CASE("format_amount: whole units get commas, a half of a unit rounds up") {
  CHECK(format_amount(4000000, Precision::kWholeUnits) == "40,000");
  CHECK(format_amount(99900, Precision::kWholeUnits) == "999");
  CHECK(format_amount(100000, Precision::kWholeUnits) == "1,000");
  CHECK(format_amount(123456789, Precision::kWholeUnits) == "1,234,568");
  CHECK(format_amount(10050, Precision::kWholeUnits) == "101");
  CHECK(format_amount(10049, Precision::kWholeUnits) == "100");
  CHECK(format_amount(4500050, Precision::kWholeUnits) == "45,001");
}

TEST_CASE("format_amount: hourly figures always show two decimals") {
  CHECK(format_amount(1550, Precision::kCents) == "15.50");
  CHECK(format_amount(4138, Precision::kCents) == "41.38");
  CHECK(format_amount(1500, Precision::kCents) == "15.00");
  CHECK(format_amount(1, Precision::kCents) == "0.01");
  CHECK(format_amount(0, Precision::kCents) == "0.00");
  CHECK(format_amount(123456789, Precision::kCents) == "1,234,567.89");
}

TEST_CASE("format_amount: the largest salary the loader accepts prints exactly") {
  CHECK(format_amount(kLargestHundredths, Precision::kWholeUnits) == "1,000,000,000,000");
  CHECK(format_amount(kLargestHundredths, Precision::kCents) == "1,000,000,000,000.00");
  CHECK(format_amount(kLargestHundredths - 1, Precision::kCents) == "999,999,999,999.99");
  CHECK(format_amount(kLargestHundredths - 1, Precision::kWholeUnits) == "1,000,000,000,000");
}

TEST_CASE("format_tick: tick labels get the decimals their step needs") {
  CHECK(format_tick(160000, 40000) == "160,000");
  CHECK(format_tick(0.002, 0.002) == "0.002");
  CHECK(format_tick(0.15, 0.05) == "0.15");
  CHECK(format_tick(0.6000000000000001, 0.2) == "0.6");
  CHECK(format_tick(0, 0.2) == "0");
}
