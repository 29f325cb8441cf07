#include "planadj/plural.h"

#include <gtest/gtest.h>

namespace planadj {
namespace {

TEST(Plural, OneIsSingularEveryOtherCountPlural) {
  EXPECT_EQ(plural(1, "athlete"), "1 athlete");
  EXPECT_EQ(plural(0, "error"), "0 errors");
  EXPECT_EQ(plural(2, "rest day"), "2 rest days");
  EXPECT_EQ(plural(51, "athlete"), "51 athletes");
}

TEST(Plural, IrregularFormsGiveBoth) {
  EXPECT_EQ(plural(1, "route flattened", "routes flattened"), "1 route flattened");
  EXPECT_EQ(plural(3, "route flattened", "routes flattened"), "3 routes flattened");
  EXPECT_EQ(plural(0, "session changed", "sessions changed"), "0 sessions changed");
}

}  // namespace
}  // namespace planadj
