// The diff shows the revision's referrals, warnings and care first, in every format;
// the weekly change counts minutes as well as distance; a session without terrain
// shows none (docs/formats.md#diff-json). Hand-built plans, hand-worked expectations.
#include <gtest/gtest.h>

#include "planadj/diff.h"
#include "unit/adjust_fixtures.h"

namespace planadj {
namespace {

using namespace fixtures;
using T = SessionType;

Session timed(const char* date, T type, double minutes) {
  Session s = run(date, type, std::nullopt);
  s.duration = Duration{minutes, ""};
  return s;
}

// Race week: a 125-min week of time-only runs cut to 100 min, distances untouched.
PlanDiff race_week_diff() {
  Plan before = plan_of({timed("2026-05-18", T::easy, 50), timed("2026-05-20", T::easy, 75),
                         run("2026-05-24", T::race, 21.1)});
  Plan after = before;
  after.sessions[0].duration = Duration{40, ""};
  after.sessions[1].duration = Duration{60, ""};
  AdjustedHeader h;
  h.referrals.push_back({InjuryKind::muscle_strain, Side::left, std::string("hamstring"),
                         day("2026-05-08"), "severe pain (7/10): see a medical professional"});
  h.warnings.push_back(
      "race on 2026-05-24 falls in the return-ramp window of Hamstring strain "
      "(left): the coach should decide whether to run it");
  InjuryReport injury;
  injury.injury = InjuryKind::muscle_strain;
  injury.side = Side::left;
  injury.location = "hamstring";
  injury.care = {"foam roll the surrounding muscles 30-60 s each"};
  h.injuries.push_back(injury);
  after.adjusted = h;
  return diff_plans(before, after);
}

const char* kReferral =
    "Hamstring strain (left) on 2026-05-08: severe pain (7/10): see a medical professional";

TEST(DiffReview, TextOpensWithReferralsWarningsAndCare) {
  const std::string text = render_text(race_week_diff());
  const auto referral = text.find(std::string("  ! ") + kReferral);
  ASSERT_NE(referral, std::string::npos) << text;
  const auto warnings = text.find("Warnings (1)");
  const auto care = text.find("Care: Hamstring strain (left)");
  const auto changes = text.find("Changed sessions");
  EXPECT_LT(referral, warnings);
  EXPECT_LT(warnings, care);
  EXPECT_LT(care, changes);
}

TEST(DiffReview, EveryFormatPutsTheReviewFirst) {
  const PlanDiff d = race_week_diff();
  const std::string md = render_markdown(d);
  EXPECT_LT(md.find("## Referrals"), md.find("## Changed sessions"));
  EXPECT_NE(md.find(std::string("- **") + kReferral + "**"), std::string::npos);
  const std::string json = render_json(d);
  EXPECT_LT(json.find("\"referrals\""), json.find("\"plan_fields\""));
  EXPECT_NE(json.find("\"injury\": \"muscle_strain\""), std::string::npos);
  EXPECT_NE(json.find("\"label\": \"Hamstring strain (left)\""), std::string::npos);
  const std::string html = render_html(d);
  ASSERT_NE(html.find("<section id=\"review\""), std::string::npos);
  EXPECT_LT(html.find("<section id=\"review\""), html.find("class=\"cards\""));
}

TEST(DiffReview, WithoutAHeaderThereIsNoReview) {
  const Plan p = plan_of({run("2026-05-18", T::easy, 5)});
  Plan q = p;
  q.sessions[0].distance = 4;
  const PlanDiff d = diff_plans(p, q);
  EXPECT_FALSE(d.review);
  EXPECT_EQ(render_text(d).find("Referrals"), std::string::npos);
  EXPECT_NE(render_json(d).find("\"referrals\": []"), std::string::npos);
}

TEST(DiffReview, WeeklyChangeCountsMinutes) {
  const std::string text = render_text(race_week_diff());
  // 125 min -> 100 min is -20.0%, while the week's distance (21.1 km) did not move.
  EXPECT_NE(text.find("min change"), std::string::npos) << text;
  EXPECT_NE(text.find("-20.0%"), std::string::npos) << text;
  EXPECT_NE(render_markdown(race_week_diff()).find("| -20.0% |"), std::string::npos);
}

TEST(DiffReview, NoTerrainGivenNoneShown) {
  EXPECT_EQ(describe_session(run("2026-05-18", T::easy, 10), Units::km), "easy 10 km");
  EXPECT_EQ(describe_session(run("2026-05-18", T::easy, 10, Terrain::hilly), Units::km),
            "easy 10 km hilly");
  Session climb = run("2026-05-18", T::long_run, 10);
  climb.elevation_gain = 200;  // 20 m/km: hilly
  EXPECT_EQ(describe_session(climb, Units::km), "long 10 km hilly");
  const Plan p = plan_of({run("2026-05-18", T::easy, 5)});
  Plan q = p;
  q.sessions[0].distance = 4;
  EXPECT_NE(render_json(diff_plans(p, q)).find("\"terrain\": null"), std::string::npos);
}

}  // namespace
}  // namespace planadj
