// The weekly volume chart's options (planadj/volume_chart.h): the "today" line and the
// compact drawing of report.html. The diff page's default drawing is its golden's.
#include "planadj/volume_chart.h"

#include <gtest/gtest.h>

#include "planadj/diff.h"

namespace planadj::testing {
namespace {

using boost::gregorian::date;

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// Three weeks from Monday 2026-03-02: 10, 20, 30 km before; 10, 15, 30 after.
WeeklyVolumes three_weeks() {
  WeeklyVolumes v;
  const double before[] = {10, 20, 30}, after[] = {10, 15, 30};
  for (int i = 0; i < 3; ++i) {
    WeekDiff w;
    w.monday = date(2026, 3, 2) + boost::gregorian::days(7 * i);
    w.before.distance = before[i];
    w.after.distance = after[i];
    v.weeks.push_back(w);
  }
  v.phases.push_back(
      {"Achilles tendinopathy (left)", "reduced-load", date(2026, 3, 9), date(2026, 3, 15)});
  return v;
}

TEST(VolumeChart, TodayIsADashedLineAtItsDay) {
  ChartOptions o;
  o.today = date(2026, 3, 11);  // the Wednesday of the second week
  const std::string svg = volume_chart(three_weeks(), o);
  // The plot is 964 wide from x 60, a week 964 / 3 wide: 60 + (1 + 2/7) * 321.33 = 473.1.
  EXPECT_NE(svg.find("<line class=\"today\" x1=\"473.1\" x2=\"473.1\" y1=\"44\" y2=\"308\""),
            std::string::npos)
      << svg;
  EXPECT_NE(svg.find(">today Mar 11</text>"), std::string::npos);
}

TEST(VolumeChart, NoTodayLineOutsideTheWeeksOrWithoutADay) {
  ChartOptions o;
  o.today = date(2026, 3, 23);  // the Monday after the last week
  EXPECT_EQ(volume_chart(three_weeks(), o).find("class=\"today\""), std::string::npos);
  o.today = date(2026, 3, 1);
  EXPECT_EQ(volume_chart(three_weeks(), o).find("class=\"today\""), std::string::npos);
  EXPECT_EQ(volume_chart(three_weeks()).find("class=\"today\""), std::string::npos);
}

TEST(VolumeChart, CompactDrawsEachSideAsOnePath) {
  ChartOptions o;
  o.id.clear();
  o.css_class = "volume-chart";
  o.compact = true;
  const std::string svg = volume_chart(three_weeks(), o);
  EXPECT_EQ(svg.rfind("<svg class=\"volume-chart\" xmlns=", 0), 0u) << svg.substr(0, 120);
  EXPECT_EQ(count(svg, "<path class=\"bars bars-before\""), 1u);
  EXPECT_EQ(count(svg, "<path class=\"bars bars-after\""), 1u);
  EXPECT_EQ(count(svg, "class=\"bar bar-"), 0u);
  EXPECT_EQ(count(svg, "class=\"pct"), 0u);
  // Top 30 km, so 10 km is 260 * 10 / 30 above the axis at y 308: y 221.3. The first
  // bar is 28 wide, 1 left of the week's middle at 60 + 321.33 / 2 = 220.7.
  EXPECT_NE(svg.find("d=\"M191.7 308V221.3h28V308z"), std::string::npos) << svg;
  EXPECT_EQ(count(svg, "class=\"phase\""), 1u);
}

TEST(VolumeChart, DefaultIsTheDiffPagesChart) {
  const std::string svg = volume_chart(three_weeks());
  EXPECT_EQ(svg.rfind("<svg id=\"volume-chart\" xmlns=", 0), 0u);
  EXPECT_EQ(count(svg, "class=\"bar bar-before\""), 3u);
  EXPECT_EQ(count(svg, "class=\"bar bar-after\""), 3u);
}

TEST(VolumeChart, NoWeeksNoChart) { EXPECT_EQ(volume_chart(WeeklyVolumes{}), ""); }

}  // namespace
}  // namespace planadj::testing
