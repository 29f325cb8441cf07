// diff_plans: matching, additions and removals, weekly totals, what counts as "same".
#include "planadj/diff.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "unit/diff_fixture.h"

namespace planadj::testing {
namespace {

Plan plan_of(std::vector<Session> sessions, Units units = Units::km) {
  Plan p;
  p.source = "p.yaml";
  p.athlete = "sam-lee";
  p.units = units;
  p.sessions = std::move(sessions);
  return p;
}

const WeekDiff* week_of(const PlanDiff& diff, int iso_year, int iso_week) {
  for (const auto& w : diff.weeks)
    if (w.iso_year == iso_year && w.iso_week == iso_week) return &w;
  return nullptr;
}

TEST(Diff, PlanDiffedWithItselfIsSame) {
  const Plan p = sample_revised();
  const PlanDiff diff = diff_plans(p, p);
  EXPECT_TRUE(diff.same);
  EXPECT_TRUE(diff.changes.empty());
  EXPECT_TRUE(diff.plan_fields.empty());
  ASSERT_EQ(diff.weeks.size(), 16u);
  for (const auto& w : diff.weeks) {
    EXPECT_DOUBLE_EQ(w.before.distance, w.after.distance);
    EXPECT_EQ(w.before.rest_days, w.after.rest_days);
  }
}

TEST(Diff, AdjustedHeaderIsNotCompared) {
  const Plan a = sample_original();
  Plan b = a;
  b.adjusted = sample_revised().adjusted;
  b.source = "other.yaml";
  const PlanDiff diff = diff_plans(a, b);
  EXPECT_TRUE(diff.same);
  EXPECT_EQ(diff.phases.size(), 3u);  // still read, for the chart
}

TEST(Diff, AdjustmentAnnotationAloneIsNotAChange) {
  const Plan a = sample_original();
  Plan b = a;
  b.sessions[0].adjustment = Adjustment{"reduced-load", {}, "why", {}};
  EXPECT_TRUE(diff_plans(a, b).same);
}

TEST(Diff, SessionOrderInTheFileDoesNotMatter) {
  Plan a = sample_original();
  Plan b = a;
  std::reverse(b.sessions.begin(), b.sessions.end());
  EXPECT_TRUE(diff_plans(a, b).same);
}

TEST(Diff, SampleRevisionCountsEveryChange) {
  const PlanDiff diff = diff_plans(sample_original(), sample_revised());
  EXPECT_FALSE(diff.same);
  EXPECT_EQ(diff.summary.sessions_changed, 21);
  EXPECT_EQ(diff.summary.sessions_added, 1);
  EXPECT_EQ(diff.summary.sessions_removed, 1);
  EXPECT_EQ(diff.summary.by_tool, 20);
  EXPECT_EQ(diff.summary.by_hand, 3);
  EXPECT_EQ(diff.summary.speedwork_replaced, 6);
  EXPECT_EQ(diff.summary.rest_days_added, 3);   // 03-03, 03-04, and the removed 05-07
  EXPECT_EQ(diff.summary.routes_flattened, 7);  // the tempos had no terrain: flat already
  ASSERT_EQ(diff.changes.size(), 23u);
  // Sorted by date although the first week is written out of order.
  const SessionChange& first = diff.changes.front();
  EXPECT_EQ(first.date, d("2026-03-03"));
  EXPECT_EQ(describe_session(*first.before, Units::km), "intervals 10 km hilly");
  EXPECT_EQ(describe_session(*first.after, Units::km), "rest");
  EXPECT_EQ(first.origin, ChangeOrigin::tool);
  ASSERT_TRUE(first.adjustment);
  EXPECT_EQ(first.adjustment->rule, "acute-rest");
  EXPECT_EQ(first.fields, (std::vector<std::string>{"type", "distance"}));
  for (std::size_t i = 1; i < diff.changes.size(); ++i)
    EXPECT_LE(diff.changes[i - 1].date, diff.changes[i].date);
}

TEST(Diff, HandEditsAreToldApartFromTheTool) {
  const PlanDiff diff = diff_plans(sample_original(), sample_revised());
  int edited = 0, added = 0, removed = 0;
  for (const auto& c : diff.changes) {
    if (c.date == d("2026-04-22")) {
      ++edited;
      EXPECT_EQ(c.origin, ChangeOrigin::hand);
      EXPECT_EQ(c.fields, std::vector<std::string>{"description"});
    }
    if (c.kind == SessionChange::Kind::added) {
      ++added;
      EXPECT_EQ(c.date, d("2026-04-25"));
      EXPECT_EQ(c.index, 1);
      EXPECT_FALSE(c.before);
    }
    if (c.kind == SessionChange::Kind::removed) {
      ++removed;
      EXPECT_EQ(c.date, d("2026-05-07"));
      EXPECT_FALSE(c.after);
    }
  }
  EXPECT_EQ(edited, 1);
  EXPECT_EQ(added, 1);
  EXPECT_EQ(removed, 1);
}

TEST(Diff, AdjustedSessionEditedByHandIsBoth) {
  const Plan a = sample_original();
  Plan b = sample_revised();
  find(b, "2026-03-11")->route = "Canal towpath";
  const PlanDiff diff = diff_plans(a, b);
  for (const auto& c : diff.changes)
    if (c.date == d("2026-03-11")) {
      EXPECT_EQ(c.origin, ChangeOrigin::tool_and_hand);
      EXPECT_EQ(c.fields, (std::vector<std::string>{"distance", "route"}));
    }
}

TEST(Diff, DoublesMatchByPositionWithinTheDate) {
  const Plan a = plan_of(
      {run(d("2026-03-03"), SessionType::easy, 5), run(d("2026-03-03"), SessionType::easy, 4)});
  const Plan b = plan_of({run(d("2026-03-03"), SessionType::easy, 5),
                          run(d("2026-03-03"), SessionType::rest, std::nullopt)});
  const PlanDiff diff = diff_plans(a, b);
  ASSERT_EQ(diff.changes.size(), 1u);
  EXPECT_EQ(diff.changes[0].index, 1);
  EXPECT_EQ(diff.summary.rest_days_added, 0);  // the day still has a run
}

TEST(Diff, DifferentSessionCountsGiveAdditionsAndRemovals) {
  const Plan a = plan_of(
      {run(d("2026-03-03"), SessionType::easy, 5), run(d("2026-03-05"), SessionType::tempo, 8)});
  const Plan b = plan_of({run(d("2026-03-03"), SessionType::easy, 5),
                          run(d("2026-03-04"), SessionType::easy, 4),
                          run(d("2026-03-04"), SessionType::recovery, 2)});
  const PlanDiff diff = diff_plans(a, b);
  EXPECT_EQ(diff.summary.sessions_added, 2);
  EXPECT_EQ(diff.summary.sessions_removed, 1);
  EXPECT_EQ(diff.summary.sessions_changed, 0);
  EXPECT_FALSE(diff.same);
}

TEST(Diff, WeeklyTotalsCountRunningVolumeSpeedworkAndRestDays) {
  const PlanDiff diff = diff_plans(sample_original(), sample_revised());
  const WeekDiff* w = week_of(diff, 2026, 10);
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->monday, d("2026-03-02"));
  EXPECT_EQ(w->days, 7);
  EXPECT_DOUBLE_EQ(w->before.distance, 38);  // 10 + 8 + 6 + 14
  EXPECT_DOUBLE_EQ(w->before.minutes, 45);   // the tempo has only a duration
  EXPECT_EQ(w->before.speedwork, 2);
  EXPECT_EQ(w->before.rest_days, 2);        // Monday's rest session and Friday
  EXPECT_DOUBLE_EQ(w->after.distance, 14);  // 4.2 + 9.8
  EXPECT_DOUBLE_EQ(w->after.minutes, 32);
  EXPECT_EQ(w->after.speedwork, 0);
  EXPECT_EQ(w->after.rest_days, 4);
  EXPECT_NEAR(*percent_change(w->before.distance, w->after.distance), -63.157894, 1e-4);
}

TEST(Diff, IsoWeeksAcrossTheYearBoundary) {
  // 2026-01-01 is a Thursday: 2025-12-29 starts 2026-W01, and 2026 has 53 weeks.
  const Plan a = plan_of(
      {run(d("2025-12-30"), SessionType::easy, 5), run(d("2026-01-02"), SessionType::easy, 6),
       run(d("2026-12-31"), SessionType::easy, 7), run(d("2027-01-01"), SessionType::easy, 8),
       run(d("2027-01-04"), SessionType::easy, 9)});
  const PlanDiff diff = diff_plans(a, a);
  const WeekDiff* w1 = week_of(diff, 2026, 1);
  ASSERT_NE(w1, nullptr);
  EXPECT_EQ(w1->monday, d("2025-12-29"));
  EXPECT_DOUBLE_EQ(w1->before.distance, 11);
  EXPECT_EQ(w1->days, 6);  // the compared range starts on Tuesday 30th
  const WeekDiff* w53 = week_of(diff, 2026, 53);
  ASSERT_NE(w53, nullptr);
  EXPECT_DOUBLE_EQ(w53->before.distance, 15);
  const WeekDiff* next = week_of(diff, 2027, 1);
  ASSERT_NE(next, nullptr);
  EXPECT_DOUBLE_EQ(next->before.distance, 9);
  EXPECT_EQ(next->days, 1);
  EXPECT_EQ(diff.weeks.front().iso_year, 2026);
  EXPECT_EQ(diff.weeks.back().iso_year, 2027);
  // Only the weeks that hold a session: 2026-W01, 2026-W53, 2027-W01 (the 51 empty weeks
  // between are left out, docs/formats.md#v2-additions).
  ASSERT_EQ(diff.weeks.size(), 3u);
  EXPECT_EQ(diff.weeks[1].iso_week, 53);
}

TEST(Diff, PlansInMiles) {
  const Plan a =
      plan_of({run(d("2026-03-03"), SessionType::tempo, 6, Terrain::rolling)}, Units::mi);
  const Plan b = plan_of({run(d("2026-03-03"), SessionType::easy, 4.8, Terrain::flat)}, Units::mi);
  const PlanDiff diff = diff_plans(a, b);
  EXPECT_EQ(diff.units, Units::mi);
  EXPECT_DOUBLE_EQ(diff.summary.volume_before, 6);
  EXPECT_DOUBLE_EQ(diff.summary.volume_after, 4.8);
  EXPECT_EQ(describe_session(*diff.changes[0].before, Units::mi), "tempo 6 mi rolling");
  EXPECT_EQ(diff.summary.routes_flattened, 1);
  EXPECT_NE(render_text(diff).find("volume in mi"), std::string::npos);
}

TEST(Diff, MixedUnitsAreConvertedToTheOriginals) {
  const Plan a = plan_of({run(d("2026-03-03"), SessionType::easy, 10)}, Units::km);
  const Plan b = plan_of({run(d("2026-03-03"), SessionType::easy, 5)}, Units::mi);
  const PlanDiff diff = diff_plans(a, b);
  ASSERT_EQ(diff.plan_fields.size(), 1u);
  EXPECT_EQ(diff.plan_fields[0].field, "units");
  EXPECT_NEAR(diff.summary.volume_after, 8.04672, 1e-9);
  EXPECT_EQ(describe_session(*diff.changes[0].after, diff.units_after), "easy 5 mi flat");
}

TEST(Diff, DurationOnlySessionsCountInMinutes) {
  Session tempo = run(d("2026-03-03"), SessionType::tempo, std::nullopt);
  tempo.duration = mins(90, "1:30:00");
  Session bike = run(d("2026-03-04"), SessionType::cross_training, std::nullopt);
  bike.duration = mins(60, "1h");
  Session both = run(d("2026-03-05"), SessionType::easy, 8);
  both.duration = mins(50, "50min");
  const Plan a = plan_of({tempo, bike, both});
  const PlanDiff diff = diff_plans(a, a);
  ASSERT_EQ(diff.weeks.size(), 1u);
  EXPECT_DOUBLE_EQ(diff.weeks[0].before.minutes, 90);  // not the bike, not the 8 km run
  EXPECT_DOUBLE_EQ(diff.weeks[0].before.distance, 8);
  EXPECT_EQ(diff.weeks[0].before.rest_days, 1);  // the bike day has no run
  EXPECT_EQ(describe_session(tempo, Units::km), "tempo 1h30min flat");
  EXPECT_EQ(describe_session(bike, Units::km), "cross_training 1h");
  EXPECT_EQ(describe_session(both, Units::km), "easy 8 km (50min) flat");
}

TEST(Diff, TerrainIsComparedAsEffectiveTerrain) {
  Session a = run(d("2026-03-03"), SessionType::easy, 10);
  Session b = a;
  b.terrain = Terrain::flat;  // written out, but it was flat already
  EXPECT_TRUE(diff_plans(plan_of({a}), plan_of({b})).same);
  a.elevation_gain = 200;  // 20 m per km: hilly
  b.elevation_gain = 200;
  const PlanDiff diff = diff_plans(plan_of({a}), plan_of({b}));
  ASSERT_EQ(diff.changes.size(), 1u);
  EXPECT_EQ(diff.changes[0].fields, std::vector<std::string>{"terrain"});
}

TEST(Diff, PlanFieldsAndUnknownKeysAreCompared) {
  Plan a = plan_of({run(d("2026-03-03"), SessionType::easy, 10)});
  Plan b = a;
  b.name = "Autumn 10K";
  Value v;
  v.kind = Value::Kind::scalar;
  v.text = "Pegasus";
  b.sessions[0].extra.push_back({"shoes", v});
  b.extra.push_back({"coach", v});
  const PlanDiff diff = diff_plans(a, b);
  ASSERT_EQ(diff.plan_fields.size(), 2u);
  EXPECT_EQ(diff.plan_fields[0].field, "name");
  EXPECT_EQ(diff.plan_fields[0].before, "(absent)");
  EXPECT_EQ(diff.plan_fields[1].field, "coach");
  ASSERT_EQ(diff.changes.size(), 1u);
  EXPECT_EQ(diff.changes[0].fields, std::vector<std::string>{"shoes"});
  b = a;
  b.athlete = "jane-doe";
  EXPECT_FALSE(diff_plans(a, b).same);
}

TEST(Diff, EmptyPlansAreSame) {
  const PlanDiff diff = diff_plans(plan_of({}), plan_of({}));
  EXPECT_TRUE(diff.same);
  EXPECT_TRUE(diff.weeks.empty());
  EXPECT_FALSE(render_html(diff).empty());
  EXPECT_FALSE(render_json(diff).empty());
}

TEST(Diff, PercentChangeIsUnknownFromZero) {
  EXPECT_FALSE(percent_change(0, 5));
  EXPECT_DOUBLE_EQ(*percent_change(40, 30), -25);
}

}  // namespace
}  // namespace planadj::testing
