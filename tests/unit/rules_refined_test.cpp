// The refined rules of docs/rules.md "Refinements (v2)": the pop gate of the
// return ramp, swelling, hill sensitivity by location, races called off, lasting
// swelling referred. Each expectation is worked by hand from the policy defaults.
#include <gtest/gtest.h>

#include "unit/adjust_fixtures.h"

namespace planadj {
namespace {

using namespace fixtures;
using Changes = std::vector<std::string>;
using T = SessionType;

InjuryEntry calf(const char* date, int pain) {
  auto e = entry(date, InjuryKind::muscle_strain, pain);
  e.location = "calf";
  return e;
}

InjuryEntry calf_pop() {
  auto pop = calf("2026-03-01", 3);
  pop.pop_or_snap = true;
  return pop;
}

// A daily 10 km from Monday 2026-03-02 for six weeks.
Plan six_weeks() { return plan_of(daily("2026-03-02", "2026-04-12", T::easy, 10)); }

// ---- return-ramp after a pop --------------------------------------------------

// Pop on 03-01: acute rest 03-02 .. 03-08 (7 days), reduced-load 03-09 .. 03-15
// (7 days after the window), then — nobody cleared the athlete — reduced-load goes on
// at the mild factor (pain 3: 80%) for the rest of the plan, awaiting clearance.
TEST(ReturnRamp, PopWaitsForClearance) {
  const InjuryLog log = log_of({calf_pop()});
  const auto res = adjust_plan(six_weeks(), &log, Policy{}, std::nullopt);
  const Plan& r = res.revised;
  EXPECT_EQ(rule(on(r, "2026-03-08")), "acute-rest");
  EXPECT_EQ(rule(on(r, "2026-03-09")), "reduced-load");
  for (const char* d : {"2026-03-18", "2026-04-01", "2026-04-08"}) {
    EXPECT_EQ(rule(on(r, d)), "reduced-load") << d;
    EXPECT_EQ(on(r, d).distance, 8.0) << d;
  }
  EXPECT_EQ(on(r, "2026-04-08").adjustment->reason,
            "Calf strain (left), pain 3/10 on 2026-03-01: reduce load, no speedwork, flat "
            "routes; awaiting a clinician's clearance after a pop or snap");
  EXPECT_EQ(on(r, "2026-03-11").adjustment->reason,
            "Calf strain (left), pain 3/10 on 2026-03-01: reduce load, no speedwork, flat "
            "routes");
  // Weekly rest days go on too: 04-06 .. 04-12 rests its two latest equal runs.
  EXPECT_EQ(changes(on(r, "2026-04-12")), Changes{"to_rest"});
  EXPECT_EQ(changes(on(r, "2026-04-11")), Changes{"to_rest"});

  const auto& phases = r.adjusted->injuries.at(0).phases;
  ASSERT_EQ(phases.size(), 3u);
  EXPECT_EQ(phases[0].rule, "acute-rest");
  EXPECT_EQ(phases[1].rule, "reduced-load");
  EXPECT_EQ(phases[1].to, day("2026-03-15"));
  EXPECT_EQ(phases[2].rule, "awaiting-clearance");
  EXPECT_EQ(phases[2].from, day("2026-03-16"));
  EXPECT_FALSE(phases[2].to);  // open-ended until a clinician clears the athlete

  const InjuryLog later = log;
  const auto status = adjust_plan(six_weeks(), &later, Policy{}, day("2026-04-01"));
  EXPECT_EQ(status.revised.adjusted->injuries.at(0).status, "awaiting-clearance");
}

// Cleared on 03-25: reduced-load through 03-25, the ramp from 03-26 (stage 1: 80%,
// flat, 03-26 .. 04-01; stage 2: 90%, 04-02 .. 04-08); from 04-09 the plan as written.
TEST(ReturnRamp, PopRampsFromTheClearance) {
  auto cleared = calf("2026-03-25", 0);
  cleared.cleared = true;
  const Plan r = adjusted(six_weeks(), log_of({calf_pop(), cleared}));
  EXPECT_EQ(rule(on(r, "2026-03-25")), "reduced-load");
  const Session& first = on(r, "2026-03-26");
  EXPECT_EQ(rule(first), "return-ramp");
  EXPECT_EQ(first.distance, 8.0);
  EXPECT_EQ(first.adjustment->reason,
            "Calf strain (left), cleared to run on 2026-03-25: return ramp stage 1 of 2, "
            "80% volume, no speedwork, flat routes");
  EXPECT_FALSE(on(r, "2026-04-09").adjustment);

  const auto& phases = r.adjusted->injuries.at(0).phases;
  ASSERT_EQ(phases.size(), 4u);
  EXPECT_EQ(phases[2].rule, "awaiting-clearance");
  EXPECT_EQ(phases[2].to, day("2026-03-25"));
  EXPECT_EQ(phases[3].rule, "return-ramp");
  EXPECT_EQ(phases[3].from, day("2026-03-26"));
  EXPECT_EQ(phases[3].to, day("2026-04-08"));
  EXPECT_EQ(r.adjusted->injuries.at(0).status, "return-ramp");
}

// `resolved` alone after a pop keeps the gate and asks for the clearance.
TEST(ReturnRamp, PopResolvedWithoutClearanceKeepsTheGateAndWarns) {
  auto resolved = calf("2026-03-20", 0);
  resolved.resolved = true;
  resolved.where = {"log.yaml", 12, 5};
  const InjuryLog log = log_of({calf_pop(), resolved});
  const auto res = adjust_plan(six_weeks(), &log, Policy{}, std::nullopt);
  EXPECT_EQ(rule(on(res.revised, "2026-04-08")), "reduced-load");
  EXPECT_EQ(on(res.revised, "2026-04-08").distance, 9.0);  // pain-free now: 90%
  const std::string want =
      "Calf strain (left) resolved on 2026-03-20, but after a pop or snap reduced load "
      "goes on until an entry with cleared: true records the clinician's clearance";
  EXPECT_EQ(res.revised.adjusted->warnings, std::vector<std::string>{want});
  ASSERT_EQ(res.diagnostics.size(), 1u);
  EXPECT_EQ(res.diagnostics[0].str(), "log.yaml:12:5: warning: " + want);
}

// The clearance answers the warning: once the episode has a `cleared` entry it is no
// longer raised, and the pop's referral says it closed, cleared, and who cleared it
// (docs/rules.md#awaiting-clearance, docs/batch.md#states).
TEST(ReturnRamp, AClearanceAfterResolvedEndsTheWarningAndClosesTheReferral) {
  auto resolved = calf("2026-03-20", 0);
  resolved.resolved = true;
  auto cleared = calf("2026-03-25", 0);
  cleared.cleared = true;
  cleared.notes = "physio cleared her";
  const InjuryLog log = log_of({calf_pop(), resolved, cleared});
  const auto res = adjust_plan(six_weeks(), &log, Policy{}, std::nullopt);
  EXPECT_TRUE(res.revised.adjusted->warnings.empty());
  EXPECT_TRUE(res.diagnostics.empty());
  ASSERT_EQ(res.revised.adjusted->referrals.size(), 1u);
  const Referral& r = res.revised.adjusted->referrals[0];
  EXPECT_EQ(r.closed, day("2026-03-25"));
  EXPECT_TRUE(r.cleared);
  EXPECT_EQ(r.closed_note, std::optional<std::string>("physio cleared her"));
  // Before the clearance, the same log still warns and the referral is open.
  const auto before = adjust_plan(six_weeks(), &log, Policy{}, day("2026-03-22"));
  EXPECT_EQ(before.revised.adjusted->warnings.size(), 1u);
  EXPECT_FALSE(before.revised.adjusted->referrals.at(0).closed);
}

// With `pop_needs_clearance: false` the ramp starts when reduced-load runs out.
TEST(ReturnRamp, PopWithoutTheGateRampsAfterReducedLoad) {
  Policy p;
  p.pop_needs_clearance = false;
  const Plan r = adjusted(six_weeks(), log_of({calf_pop()}), p);
  EXPECT_EQ(rule(on(r, "2026-03-15")), "reduced-load");
  EXPECT_EQ(rule(on(r, "2026-03-16")), "return-ramp");
  EXPECT_FALSE(on(r, "2026-03-30").adjustment);
}

// ---- acute-rest for swelling ----------------------------------------------------

TEST(AcuteRest, SwellingRestsThreeDays) {
  auto e = entry("2026-03-01", InjuryKind::sprain, 2);
  e.location = "ankle";
  e.swelling = true;
  const Plan r = adjusted(plan_of(daily("2026-03-02", "2026-03-06", T::easy, 10)), log_of({e}));
  for (const char* d : {"2026-03-02", "2026-03-04"}) {
    EXPECT_EQ(on(r, d).type, T::rest) << d;
    EXPECT_EQ(rule(on(r, d)), "acute-rest") << d;
  }
  EXPECT_EQ(on(r, "2026-03-02").adjustment->reason,
            "Ankle sprain (left), pain 2/10 on 2026-03-01, swelling: rest for 3 days (acute "
            "phase)");
  EXPECT_EQ(rule(on(r, "2026-03-05")), "reduced-load");
  EXPECT_EQ(on(r, "2026-03-05").distance, 8.0);
}

TEST(AcuteRest, SwellingRestDaysComeFromThePolicy) {
  auto e = entry("2026-03-01", InjuryKind::sprain, 0);  // swelling alone opens an episode
  e.location = "ankle";
  e.swelling = true;
  Policy p;
  p.rest_days_swelling = 5;
  const Plan r = adjusted(plan_of(daily("2026-03-02", "2026-03-08", T::easy, 10)), log_of({e}), p);
  EXPECT_EQ(rule(on(r, "2026-03-06")), "acute-rest");
  EXPECT_EQ(rule(on(r, "2026-03-07")), "reduced-load");
}

// ---- referrals for lasting swelling -------------------------------------------

TEST(Referrals, SwellingOnEntriesMoreThanThreeDaysApartIsReferred) {
  auto swollen = [](const char* d) {
    auto e = entry(d, InjuryKind::sprain, 2);
    e.location = "ankle";
    e.swelling = true;
    return e;
  };
  const Plan p = plan_of(daily("2026-03-02", "2026-03-20", T::easy, 5));
  // 03-01 and 03-04 are 3 days apart: no referral yet.
  EXPECT_TRUE(adjusted(p, log_of({swollen("2026-03-01"), swollen("2026-03-04")}))
                  .adjusted->referrals.empty());
  const Plan r =
      adjusted(p, log_of({swollen("2026-03-01"), swollen("2026-03-04"), swollen("2026-03-05")}));
  ASSERT_EQ(r.adjusted->referrals.size(), 1u);
  EXPECT_EQ(r.adjusted->referrals[0].date, day("2026-03-05"));
  EXPECT_EQ(r.adjusted->referrals[0].reason,
            "swelling for more than 3 days (since 2026-03-01): see a medical professional");
}

// ---- reduced-load: hill sensitivity by id:location ---------------------------------

TEST(ReducedLoad, CalfStrainAvoidsHills) {
  const Plan r = adjusted(plan_of({run("2026-03-03", T::long_run, 20, Terrain::hilly)}),
                          log_of({calf("2026-03-01", 2)}));
  const Session& s = on(r, "2026-03-03");
  EXPECT_EQ(s.terrain, Terrain::flat);
  EXPECT_EQ(s.distance, 16.0);
  EXPECT_EQ(changes(s), (Changes{"volume_reduced", "route_flattened"}));
  EXPECT_EQ(s.adjustment->reason,
            "Calf strain (left), pain 2/10 on 2026-03-01: reduce load, no speedwork, flat "
            "routes");
}

TEST(ReducedLoad, HillSensitivityByLocationOnly) {
  Policy p;
  p.hill_sensitive = {{InjuryKind::muscle_strain, std::string("Hamstring")}};
  auto hamstring = entry("2026-03-01", InjuryKind::muscle_strain, 2);
  hamstring.location = "hamstring";  // compared without regard to case
  const Plan hills = plan_of({run("2026-03-03", T::easy, 10, Terrain::hilly)});
  EXPECT_EQ(on(adjusted(hills, log_of({hamstring}), p), "2026-03-03").terrain, Terrain::flat);
  EXPECT_EQ(on(adjusted(hills, log_of({calf("2026-03-01", 2)}), p), "2026-03-03").terrain,
            Terrain::hilly);
  auto nowhere = entry("2026-03-01", InjuryKind::muscle_strain, 2);  // no location
  EXPECT_EQ(on(adjusted(hills, log_of({nowhere}), p), "2026-03-03").terrain, Terrain::hilly);
}

// ---- race-conflict ------------------------------------------------------------

TEST(RaceConflict, RaceCalledOffIsSaid) {
  auto pop = entry("2026-03-01", InjuryKind::itbs, 3);
  pop.pop_or_snap = true;
  Session race = run("2026-03-05", T::race, 10);
  race.route = "City 10K";
  race.description = "Tune-up 10K";
  race.where = {"plan.yaml", 40, 5};
  const InjuryLog log = log_of({pop});
  const auto res = adjust_plan(plan_of({race}), &log, Policy{}, std::nullopt);
  EXPECT_EQ(on(res.revised, "2026-03-05").type, T::rest);
  const std::string want =
      "race on 2026-03-05 (City 10K) is off: IT band syndrome (left), pain 3/10 on 2026-03-01, "
      "felt a pop or "
      "snap: no racing in the acute phase (rest for 7 days)";
  EXPECT_EQ(res.revised.adjusted->warnings, std::vector<std::string>{want});
  ASSERT_EQ(res.diagnostics.size(), 1u);
  EXPECT_EQ(res.diagnostics[0].str(), "plan.yaml:40:5: warning: " + want);
}

TEST(RaceConflict, RaceCalledOffByABoneStopIsNamedByItsDescription) {
  Session race = run("2026-03-05", T::race, 5);
  race.description = "Parkrun";
  const Plan r =
      adjusted(plan_of({race}), log_of({entry("2026-03-01", InjuryKind::shin_splints, 4)}));
  EXPECT_EQ(r.adjusted->warnings,
            std::vector<std::string>{
                "race on 2026-03-05 (Parkrun) is off: Shin splints (left), pain 4/10 on "
                "2026-03-01, suspected bone injury: no racing until a clinician clears you"});
}

// Week 03-02 .. 03-08 in reduced-load, a run every day and a race as the second
// session on Saturday: the double rule rests the other run, never the race; the weekly
// rest days are Sunday and Friday (latest of the equal 8 km runs), never the race day.
TEST(RaceConflict, RaceIsNeverTheRunADoublesOrWeeklyRestRuleRemoves) {
  auto sessions = daily("2026-03-02", "2026-03-08", T::easy, 10);
  sessions.insert(sessions.begin() + 6, run("2026-03-07", T::race, 5));
  const Plan r = adjusted(plan_of(sessions), log_of({entry("2026-03-01", InjuryKind::itbs, 2)}));
  EXPECT_EQ(changes(on(r, "2026-03-07", 0)), Changes{"double_to_rest"});
  const Session& race = on(r, "2026-03-07", 1);
  EXPECT_EQ(race.type, T::race);
  EXPECT_EQ(race.distance, 5.0);
  EXPECT_FALSE(race.adjustment);
  EXPECT_EQ(changes(on(r, "2026-03-08")), Changes{"to_rest"});
  EXPECT_EQ(changes(on(r, "2026-03-06")), Changes{"to_rest"});
  EXPECT_EQ(on(r, "2026-03-05").distance, 8.0);
}

}  // namespace
}  // namespace planadj
