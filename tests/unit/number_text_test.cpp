// Numbers for people: the shortest exact spelling, rounded totals, fixed table columns.
// Expectations worked by hand.
#include "planadj/number_text.h"

#include <gtest/gtest.h>

#include <limits>

namespace planadj {
namespace {

TEST(NumberText, ShortestReadsBackExactly) {
  EXPECT_EQ(shortest_number(6.4), "6.4");
  EXPECT_EQ(shortest_number(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(shortest_number(10), "10");
  EXPECT_EQ(shortest_number(-0.0), "0");
  EXPECT_EQ(shortest_number(std::numeric_limits<double>::quiet_NaN()), ".nan");
  EXPECT_EQ(shortest_number(-std::numeric_limits<double>::infinity()), "-.inf");
}

TEST(NumberText, RoundedHidesTheNoiseOfSums) {
  EXPECT_EQ(rounded_number(171.39999999, 2), "171.4");
  EXPECT_EQ(rounded_number(171.345, 1), "171.3");
  EXPECT_EQ(rounded_number(7.0, 2), "7");
  EXPECT_EQ(rounded_number(44.5, 0), "45");  // half away from zero
  EXPECT_EQ(rounded_number(-44.5, 0), "-45");
  EXPECT_EQ(rounded_number(-0.004, 2), "0");  // never "-0"
}

TEST(NumberText, FixedKeepsEveryPlace) {
  EXPECT_EQ(fixed_number(42, 1), "42.0");
  EXPECT_EQ(fixed_number(33.14, 1), "33.1");
  EXPECT_EQ(fixed_number(-20.04, 1), "-20.0");
  EXPECT_EQ(fixed_number(-0.04, 1), "0.0");  // never "-0.0"
  EXPECT_EQ(fixed_number(2.5, 0), "3");
}

}  // namespace
}  // namespace planadj
