// What a changed session says (docs/rules.md#changed-sessions), hand-worked: workout
// text moves into adjustment.original, a short description says what to do instead,
// cross-training keeps the run's time, durations keep their spelling, and restoring
// gives back exactly what was planned.
#include <gtest/gtest.h>

#include "planadj/adjust.h"
#include "unit/adjust_fixtures.h"

namespace planadj {
namespace {

using namespace fixtures;
using T = SessionType;

Session described(Session s, const char* description) {
  s.description = description;
  s.key_order.push_back("description");
  return s;
}

InjuryLog severe_itbs() {  // severe: acute rest 03-02 ... 03-06, then reduced load
  return log_of({entry("2026-03-01", InjuryKind::itbs, 7)});
}

TEST(ChangedSessions, RaceMadeRestSaysRestDayInsteadOfTheRace) {
  Session race = described(run("2026-03-03", T::race, 10), "Tune-up 10K, run at goal effort");
  race.route = "City 10K";
  const Plan r = adjusted(plan_of({race}), severe_itbs());
  const Session& s = on(r, "2026-03-03");
  EXPECT_EQ(s.type, T::rest);
  EXPECT_EQ(s.description, "Rest day, instead of: Tune-up 10K, run at goal effort");
  EXPECT_FALSE(s.route);
  EXPECT_FALSE(s.distance);
  EXPECT_EQ(s.adjustment->original.description,
            std::optional<std::string>("Tune-up 10K, run at goal effort"));
  EXPECT_EQ(s.adjustment->original.route, "City 10K");
}

TEST(ChangedSessions, RunWithoutDescriptionIsNamedByTypeAndDistance) {
  const Plan r = adjusted(plan_of({run("2026-03-03", T::tempo, 8)}), severe_itbs());
  const Session& s = on(r, "2026-03-03");
  EXPECT_EQ(s.description, "Rest day, instead of: tempo run, 8 km");
  // It had no description: restoring removes the one the tool wrote.
  ASSERT_TRUE(s.adjustment->original.description);
  EXPECT_FALSE(*s.adjustment->original.description);
  const Session back = original_session(s);
  EXPECT_FALSE(back.description);
  EXPECT_EQ(back.type, T::tempo);
  EXPECT_EQ(back.distance, 8);
}

TEST(ChangedSessions, EasedHillRepeatsSayEasyFlatAndLoseTheHill) {
  Session hills = described(run("2026-03-03", T::hill_repeats, 8, Terrain::hilly),
                            "8 x 60 s uphill hard, jog down");
  hills.route = "Cemetery hill";
  const InjuryLog achilles = log_of({entry("2026-03-01", InjuryKind::achilles_tendinopathy, 2)});
  const Plan r = adjusted(plan_of({hills}), achilles);
  const Session& s = on(r, "2026-03-03");
  EXPECT_EQ(s.type, T::easy);
  EXPECT_EQ(s.terrain, Terrain::flat);
  EXPECT_FALSE(s.route);
  EXPECT_EQ(s.distance, 6.4);  // mild pain: 8 x 0.8
  EXPECT_EQ(s.description, "Easy run, flat, instead of: 8 x 60 s uphill hard, jog down");
  EXPECT_EQ(s.adjustment->original.route, "Cemetery hill");
}

TEST(ChangedSessions, EasedIntervalsKeepTheirHillsWhenNotHillSensitive) {
  const Session intervals = described(run("2026-03-03", T::intervals, 10), "10 x 400 m at 3K pace");
  const InjuryLog hamstring = log_of({entry("2026-03-01", InjuryKind::muscle_strain, 2)});
  const Plan r = adjusted(plan_of({intervals}), hamstring);
  const Session& s = on(r, "2026-03-03");
  EXPECT_EQ(s.description, "Easy run, instead of: 10 x 400 m at 3K pace");
}

TEST(ChangedSessions, CrossTrainingKeepsTheRunsTimeAndSaysCrossTrain) {
  Policy cross;
  cross.replace_runs_with = Replacement::cross_training;
  const Plan r = adjusted(plan_of({described(run("2026-03-03", T::easy, 7), "Easy aerobic run")}),
                          severe_itbs(), cross);
  const Session& s = on(r, "2026-03-03");
  EXPECT_EQ(s.type, T::cross_training);
  ASSERT_TRUE(s.duration);
  EXPECT_EQ(s.duration->minutes, 42);  // 7 km at 6 min/km
  EXPECT_FALSE(s.distance);
  EXPECT_EQ(s.description, "Cross-training, instead of: Easy aerobic run");
  EXPECT_EQ(s.adjustment->reason,
            "IT band syndrome (left), severe pain 7/10 on 2026-03-01: cross-train for 5 days "
            "(acute phase)");
  const Session back = original_session(s);
  EXPECT_FALSE(back.duration);  // the time was the tool's
  EXPECT_EQ(back.distance, 7);
  EXPECT_EQ(back.description, "Easy aerobic run");
}

TEST(ChangedSessions, CrossTrainingWeeklyRestDaySaysCrossTrain) {
  Policy cross;
  cross.replace_runs_with = Replacement::cross_training;
  const Plan r = adjusted(plan_of(daily("2026-03-02", "2026-03-08", T::easy, 5)),
                          log_of({entry("2026-03-01", InjuryKind::itbs, 2)}), cross);
  int cross_days = 0;
  for (const Session& s : r.sessions)
    if (s.type == T::cross_training) {
      ++cross_days;
      EXPECT_EQ(s.adjustment->reason,
                "IT band syndrome (left), pain 2/10 on 2026-03-01: cross-train, keep 2 days a "
                "week without running while injured");
      EXPECT_EQ(s.duration->minutes, 30);
    }
  EXPECT_EQ(cross_days, 2);
}

TEST(ChangedSessions, DurationsKeepTheInputsSpelling) {
  Session tempo = run("2026-03-03", T::tempo, std::nullopt);
  tempo.duration = Duration{80, "1:20:00"};
  Session easy = run("2026-03-04", T::easy, std::nullopt);
  easy.duration = Duration{45, "45min"};
  const InjuryLog mild = log_of({entry("2026-03-01", InjuryKind::itbs, 2)});
  const Plan r = adjusted(plan_of({tempo, easy}), mild);
  EXPECT_EQ(on(r, "2026-03-03").duration->text, "1:04:00");
  EXPECT_EQ(on(r, "2026-03-04").duration->text, "36min");
}

TEST(ChangedSessions, AdjustingTheRevisionAgainGivesTheSameSessions) {
  Session hills = described(run("2026-03-06", T::hill_repeats, 8, Terrain::hilly), "8 x 60 s");
  hills.route = "Cemetery hill";
  const Plan plan = plan_of({described(run("2026-03-03", T::race, 10), "Tune-up 10K"), hills,
                             run("2026-03-09", T::tempo, 9)});
  const InjuryLog log = log_of({entry("2026-03-01", InjuryKind::achilles_tendinopathy, 7)});
  const Plan once = adjusted(plan, log);
  const Plan twice = adjusted(once, log);
  ASSERT_EQ(once.sessions.size(), twice.sessions.size());
  for (std::size_t i = 0; i < once.sessions.size(); ++i) {
    EXPECT_EQ(once.sessions[i].description, twice.sessions[i].description) << i;
    EXPECT_EQ(once.sessions[i].adjustment->original.description,
              twice.sessions[i].adjustment->original.description)
        << i;
  }
  const Plan back = restore_original(once);
  EXPECT_EQ(back.sessions[0].description, "Tune-up 10K");
  EXPECT_EQ(back.sessions[1].description, "8 x 60 s");
  EXPECT_EQ(back.sessions[1].route, "Cemetery hill");
  EXPECT_FALSE(back.sessions[2].description);
}

}  // namespace
}  // namespace planadj
