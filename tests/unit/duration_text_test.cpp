// Durations keep the input's spelling (docs/rules.md#changed-sessions): hand-worked pairs.
#include "planadj/duration_text.h"

#include <gtest/gtest.h>

namespace planadj {
namespace {

TEST(DurationText, KeepsTheClockStyle) {
  EXPECT_EQ(duration_in_style(64, "1:20:00"), "1:04:00");
  EXPECT_EQ(duration_in_style(36, "0:45:00"), "0:36:00");
  EXPECT_EQ(duration_in_style(64, "01:20:00"), "01:04:00");
  EXPECT_EQ(duration_in_style(64.5, "1:20:00"), "1:04:30");
}

TEST(DurationText, KeepsMinutesHoursAndPlainNumbers) {
  EXPECT_EQ(duration_in_style(36, "45min"), "36min");
  EXPECT_EQ(duration_in_style(72, "90min"), "72min");  // no hours where there were none
  EXPECT_EQ(duration_in_style(72, "1h30min"), "1h12min");
  EXPECT_EQ(duration_in_style(48, "1h"), "48min");
  EXPECT_EQ(duration_in_style(60, "1h15min"), "1h");
  EXPECT_EQ(duration_in_style(72, "1 h 30 min"), "1 h 12 min");
  EXPECT_EQ(duration_in_style(36, "45"), "36");
  EXPECT_EQ(duration_in_style(36.5, "45"), "36.5");
}

TEST(DurationText, NoStyleIsHoursAndMinutes) {
  EXPECT_EQ(duration_in_style(36), "36min");
  EXPECT_EQ(duration_in_style(60), "1h");
  EXPECT_EQ(duration_in_style(64), "1h4min");
  EXPECT_EQ(duration_in_style(36.5), "0:36:30");
  EXPECT_EQ(duration_in_style(-3), "0min");
}

}  // namespace
}  // namespace planadj
