// One or more tests per rule id of docs/rules.md, on hand-built plans.
#include <gtest/gtest.h>

#include "unit/adjust_fixtures.h"

namespace planadj {
namespace {

using namespace fixtures;
using Changes = std::vector<std::string>;
using T = SessionType;

// ---- bone-stop --------------------------------------------------------------

TEST(Rules, bone_stop_rests_every_run_until_cleared) {
  auto sessions = daily("2026-03-01", "2026-03-14", T::easy, 10);
  sessions.push_back(run("2026-03-05", T::strength, std::nullopt));
  const Plan p = plan_of(sessions);
  auto cleared = entry("2026-03-10", InjuryKind::stress_fracture, 0);
  cleared.cleared = true;
  const Plan r =
      adjusted(p, log_of({entry("2026-03-01", InjuryKind::stress_fracture, 5), cleared}));

  EXPECT_FALSE(on(r, "2026-03-01").adjustment);  // the run on D is done
  for (const char* d : {"2026-03-02", "2026-03-06", "2026-03-10"}) {
    const Session& s = on(r, d);
    EXPECT_EQ(s.type, T::rest) << d;
    EXPECT_FALSE(s.distance) << d;
    EXPECT_EQ(rule(s), "bone-stop") << d;
    EXPECT_EQ(changes(s), Changes{"to_rest"}) << d;
    EXPECT_EQ(s.adjustment->original.type, T::easy);
    EXPECT_EQ(s.adjustment->original.distance, 10.0);
  }
  EXPECT_EQ(on(r, "2026-03-02").adjustment->reason,
            "Stress fracture (left), pain 5/10 on 2026-03-01, suspected bone injury: stop running "
            "and see a doctor; no running until a clinician clears you");
  EXPECT_EQ(on(r, "2026-03-05", 1).type, T::strength);  // not a run: untouched
  EXPECT_FALSE(on(r, "2026-03-05", 1).adjustment);

  // Running resumes the day after clearance through bone_return_ramp (50%).
  const Session& back = on(r, "2026-03-11");
  EXPECT_EQ(back.type, T::easy);
  EXPECT_EQ(back.distance, 5.0);
  EXPECT_EQ(rule(back), "return-ramp");
  EXPECT_EQ(back.adjustment->reason,
            "Stress fracture (left), cleared to run on 2026-03-10: bone return ramp stage 1 of 4, "
            "50% volume, no speedwork, flat routes");
}

TEST(Rules, bone_stop_has_no_end_without_clearance) {
  const Plan p = plan_of({run("2026-03-02", T::easy, 8), run("2026-06-30", T::long_run, 20)});
  auto e = entry("2026-03-01", InjuryKind::muscle_strain, 3);
  e.suspected_bone = true;  // a suspected bone injury counts as one
  const InjuryLog log = log_of({e});
  const auto res = adjust_plan(p, &log, Policy{}, std::nullopt);
  EXPECT_EQ(on(res.revised, "2026-06-30").type, T::rest);
  EXPECT_EQ(rule(on(res.revised, "2026-06-30")), "bone-stop");
  const auto& injury = res.revised.adjusted->injuries.at(0);
  EXPECT_EQ(injury.status, "bone-stop");
  ASSERT_EQ(injury.phases.size(), 1u);
  EXPECT_EQ(injury.phases[0].from, day("2026-03-02"));
  EXPECT_FALSE(injury.phases[0].to);
}

// ---- acute-rest -------------------------------------------------------------

struct AcuteCase {
  bool persists, severe, pop;
  const char* last_rest;
  const char* first_reduced;
};

class AcuteRest : public ::testing::TestWithParam<AcuteCase> {};

TEST_P(AcuteRest, acute_rest_days_are_the_largest_matching) {
  const AcuteCase c = GetParam();
  auto e = entry("2026-03-01", InjuryKind::itbs, c.severe ? 7 : 3);
  e.persists = c.persists;
  e.pop_or_snap = c.pop;
  const Plan r = adjusted(plan_of(daily("2026-03-02", "2026-03-10", T::easy, 5)), log_of({e}));
  EXPECT_EQ(on(r, "2026-03-02").type, T::rest);
  EXPECT_EQ(rule(on(r, c.last_rest)), "acute-rest");
  EXPECT_EQ(changes(on(r, c.last_rest)), Changes{"to_rest"});
  EXPECT_EQ(on(r, c.first_reduced).type, T::easy);
  EXPECT_EQ(rule(on(r, c.first_reduced)), "reduced-load");
}

INSTANTIATE_TEST_SUITE_P(
    Rules, AcuteRest,
    ::testing::Values(AcuteCase{true, false, false, "2026-03-04", "2026-03-05"},  // persists 3
                      AcuteCase{false, true, false, "2026-03-06", "2026-03-07"},  // severe 5
                      AcuteCase{false, false, true, "2026-03-08", "2026-03-09"},  // pop 7
                      AcuteCase{true, true, true, "2026-03-08", "2026-03-09"}));  // largest

TEST(Rules, acute_rest_reason_names_entry_and_days) {
  auto e = entry("2026-03-01", InjuryKind::achilles_tendinopathy, 4);
  e.persists = true;
  const Plan r = adjusted(plan_of({run("2026-03-03", T::intervals, 10)}), log_of({e}));
  EXPECT_EQ(on(r, "2026-03-03").adjustment->reason,
            "Achilles tendinopathy (left), pain 4/10 on 2026-03-01, pain persists: rest for 3 days "
            "(acute phase)");
}

TEST(Rules, acute_rest_for_a_pop_reported_at_pain_zero) {
  auto pop = entry("2026-03-03", InjuryKind::itbs, 0);
  pop.pop_or_snap = true;
  const InjuryLog log = log_of({pop});
  const Plan r = adjusted(plan_of(daily("2026-03-02", "2026-03-11", T::easy, 8)), log);
  EXPECT_EQ(rule(on(r, "2026-03-04")), "acute-rest");
  EXPECT_EQ(rule(on(r, "2026-03-10")), "acute-rest");
  ASSERT_EQ(r.adjusted->referrals.size(), 1u);
  EXPECT_EQ(r.adjusted->referrals[0].reason, "felt a pop or snap: see a medical professional");
}

TEST(Rules, acute_rest_is_not_cut_short_by_resolved) {
  auto pop = entry("2026-03-01", InjuryKind::itbs, 3);
  pop.pop_or_snap = true;
  auto resolved = entry("2026-03-03", InjuryKind::itbs, 0);
  resolved.resolved = true;
  Policy no_gate;  // with the pop gate `resolved` would not end it: see rules_refined_test
  no_gate.pop_needs_clearance = false;
  const Plan r = adjusted(plan_of(daily("2026-03-02", "2026-03-10", T::easy, 5)),
                          log_of({pop, resolved}), no_gate);
  EXPECT_EQ(rule(on(r, "2026-03-08")), "acute-rest");
  EXPECT_EQ(rule(on(r, "2026-03-09")), "return-ramp");  // straight to the ramp
  EXPECT_EQ(on(r, "2026-03-09").distance, 4.0);
}

TEST(Rules, acute_rest_new_window_when_pain_persists_later) {
  auto persists = entry("2026-03-04", InjuryKind::itbs, 3);
  persists.persists = true;
  const Plan r = adjusted(plan_of(daily("2026-03-02", "2026-03-16", T::easy, 5)),
                          log_of({entry("2026-03-01", InjuryKind::itbs, 2), persists}));
  EXPECT_EQ(rule(on(r, "2026-03-04")), "reduced-load");
  EXPECT_EQ(on(r, "2026-03-04").distance, 4.0);
  for (const char* d : {"2026-03-05", "2026-03-07"}) EXPECT_EQ(rule(on(r, d)), "acute-rest") << d;
  // reduced-load again for 7 days from the new window's end (03-08 .. 03-14) ...
  EXPECT_EQ(rule(on(r, "2026-03-08")), "reduced-load");
  EXPECT_EQ(on(r, "2026-03-09").distance, 4.0);
  // ... whose ISO week (03-09 .. 03-15) rests its two latest equal runs.
  EXPECT_EQ(changes(on(r, "2026-03-14")), Changes{"to_rest"});
  EXPECT_EQ(changes(on(r, "2026-03-13")), Changes{"to_rest"});
  EXPECT_EQ(on(r, "2026-03-12").type, T::easy);
  EXPECT_EQ(rule(on(r, "2026-03-15")), "return-ramp");
}

// ---- reduced-load -----------------------------------------------------------

TEST(Rules, reduced_load_eases_speedwork_volume_and_hills_for_hill_sensitive) {
  const Plan r = adjusted(plan_of({run("2026-03-03", T::intervals, 10, Terrain::hilly)}),
                          log_of({entry("2026-03-01", InjuryKind::achilles_tendinopathy, 4)}));
  const Session& s = on(r, "2026-03-03");
  EXPECT_EQ(s.type, T::easy);
  EXPECT_EQ(s.distance, 7.0);
  EXPECT_EQ(s.terrain, Terrain::flat);
  EXPECT_EQ(rule(s), "reduced-load");
  EXPECT_EQ(changes(s), (Changes{"speedwork_to_easy", "volume_reduced", "route_flattened"}));
  EXPECT_EQ(s.adjustment->reason,
            "Achilles tendinopathy (left), pain 4/10 on 2026-03-01: reduce load, no speedwork, "
            "flat routes");
  EXPECT_EQ(s.adjustment->original.type, T::intervals);
  EXPECT_EQ(s.adjustment->original.distance, 10.0);
  EXPECT_EQ(s.adjustment->original.terrain, std::optional<Terrain>(Terrain::hilly));
}

TEST(Rules, reduced_load_keeps_hills_when_not_hill_sensitive) {
  auto e = entry("2026-03-01", InjuryKind::muscle_strain, 2);
  e.location = "hamstring";
  const Plan r = adjusted(plan_of({run("2026-03-03", T::easy, 10, Terrain::rolling)}), log_of({e}));
  const Session& s = on(r, "2026-03-03");
  EXPECT_EQ(s.distance, 8.0);
  EXPECT_EQ(s.terrain, Terrain::rolling);
  EXPECT_EQ(changes(s), Changes{"volume_reduced"});
  EXPECT_EQ(s.adjustment->reason,
            "Hamstring strain (left), pain 2/10 on 2026-03-01: reduce load, no speedwork");
}

TEST(Rules, reduced_load_flattens_by_elevation_and_moves_route_to_original) {
  Session hills = run("2026-03-03", T::easy, 10);  // no terrain: 300 m over 10 km is hilly
  hills.elevation_gain = 300;
  hills.route = "Cemetery hill";
  const Plan r = adjusted(plan_of({hills}), log_of({entry("2026-03-01", InjuryKind::itbs, 2)}));
  const Session& s = on(r, "2026-03-03");
  EXPECT_EQ(s.terrain, Terrain::flat);
  EXPECT_FALSE(s.route);
  EXPECT_FALSE(s.elevation_gain);
  ASSERT_TRUE(s.adjustment->original.terrain);
  EXPECT_FALSE(*s.adjustment->original.terrain);  // the key was absent
  EXPECT_EQ(s.adjustment->original.route, std::string("Cemetery hill"));
  EXPECT_EQ(s.adjustment->original.elevation_gain, 300.0);
}

TEST(Rules, reduced_load_shrinks_the_climb_with_the_distance) {
  Session s = run("2026-04-30", T::easy, 4);
  s.elevation_gain = 60;  // exactly 15 m/km: rolling, and it must not become hilly
  const Plan r =
      adjusted(plan_of({s}), log_of({entry("2026-04-25", InjuryKind::muscle_strain, 4)}));
  const Session& out = on(r, "2026-04-30");
  EXPECT_EQ(out.distance, 2.8);
  EXPECT_EQ(out.elevation_gain, 41.0);
  EXPECT_EQ(effective_terrain(out, Units::km), Terrain::rolling);
  EXPECT_EQ(out.adjustment->original.elevation_gain, 60.0);
}

TEST(Rules, reduced_load_keeps_two_rest_days_per_iso_week_shortest_then_latest) {
  const Plan p = plan_of({run("2026-03-02", T::easy, 5), run("2026-03-03", T::easy, 6),
                          run("2026-03-04", T::easy, 5), run("2026-03-05", T::easy, 8),
                          run("2026-03-06", T::recovery, 4), run("2026-03-07", T::easy, 6),
                          run("2026-03-08", T::long_run, 15)});
  const Plan r = adjusted(p, log_of({entry("2026-03-01", InjuryKind::itbs, 2)}));
  EXPECT_EQ(on(r, "2026-03-06").type, T::rest);  // shortest
  EXPECT_EQ(on(r, "2026-03-04").type, T::rest);  // 5 km twice: the later one
  EXPECT_EQ(changes(on(r, "2026-03-04")), Changes{"to_rest"});
  EXPECT_EQ(on(r, "2026-03-04").adjustment->reason,
            "IT band syndrome (left), pain 2/10 on 2026-03-01: rest day, keep 2 rest days a week "
            "while injured");
  EXPECT_EQ(on(r, "2026-03-04").adjustment->original.distance, 5.0);
  EXPECT_EQ(on(r, "2026-03-02").distance, 4.0);
  EXPECT_EQ(on(r, "2026-03-03").distance, 4.8);
  EXPECT_EQ(on(r, "2026-03-05").distance, 6.4);
  EXPECT_EQ(on(r, "2026-03-07").distance, 4.8);
  EXPECT_EQ(on(r, "2026-03-08").type, T::long_run);  // long runs are never picked
  EXPECT_EQ(on(r, "2026-03-08").distance, 12.0);
}

TEST(Rules, reduced_load_rest_days_only_inside_the_window) {
  const Plan p = plan_of({run("2026-03-02", T::easy, 5), run("2026-03-03", T::easy, 6),
                          run("2026-03-04", T::easy, 5), run("2026-03-05", T::easy, 8),
                          run("2026-03-06", T::recovery, 4), run("2026-03-07", T::easy, 6),
                          run("2026-03-08", T::long_run, 15)});
  const Plan r = adjusted(p, log_of({entry("2026-03-04", InjuryKind::itbs, 2)}));
  for (const char* d : {"2026-03-02", "2026-03-03", "2026-03-04"})
    EXPECT_FALSE(on(r, d).adjustment) << d;
  EXPECT_EQ(on(r, "2026-03-06").type, T::rest);
  EXPECT_EQ(on(r, "2026-03-07").type, T::rest);
  EXPECT_EQ(on(r, "2026-03-05").distance, 6.4);
}

TEST(Rules, reduced_load_rest_days_are_chosen_without_later_entries) {
  // Week 03-02 .. 03-08 has one rest day (Monday). Known on 03-04: rest the shortest
  // run of the window. A pop on 03-06 rests the weekend too, but must not move the
  // choice already made for 03-05 (docs/rules.md#invariants, invariant 4).
  const Plan p = plan_of({run("2026-03-02", T::rest, std::nullopt), run("2026-03-03", T::easy, 6),
                          run("2026-03-04", T::easy, 6), run("2026-03-05", T::easy, 4),
                          run("2026-03-06", T::easy, 6), run("2026-03-07", T::easy, 5),
                          run("2026-03-08", T::long_run, 14)});
  const Plan before = adjusted(p, log_of({entry("2026-03-04", InjuryKind::itbs, 2)}));
  EXPECT_EQ(changes(on(before, "2026-03-05")), Changes{"to_rest"});
  auto pop = entry("2026-03-06", InjuryKind::itbs, 6);
  pop.pop_or_snap = true;
  const Plan after = adjusted(p, log_of({entry("2026-03-04", InjuryKind::itbs, 2), pop}));
  EXPECT_EQ(changes(on(after, "2026-03-05")), Changes{"to_rest"});
  EXPECT_EQ(on(after, "2026-03-06").distance, 4.8);
  EXPECT_EQ(rule(on(after, "2026-03-07")), "acute-rest");
}

TEST(Rules, reduced_load_turns_the_second_run_of_a_double_into_rest) {
  const Plan p = plan_of({run("2026-03-03", T::easy, 8), run("2026-03-03", T::recovery, 4)});
  const Plan r = adjusted(p, log_of({entry("2026-03-01", InjuryKind::runners_knee, 2)}));
  EXPECT_EQ(on(r, "2026-03-03", 0).distance, 6.4);
  const Session& second = on(r, "2026-03-03", 1);
  EXPECT_EQ(second.type, T::rest);
  EXPECT_EQ(changes(second), Changes{"double_to_rest"});
  EXPECT_EQ(
      second.adjustment->reason,
      "Runner's knee (left), pain 2/10 on 2026-03-01: second run of the day, no doubles while "
      "injured");
}

TEST(Rules, reduced_load_volume_follows_the_latest_pain_before_the_session) {
  const Plan p = plan_of({run("2026-03-03", T::easy, 10), run("2026-03-06", T::easy, 10)});
  const Plan r = adjusted(p, log_of({entry("2026-03-01", InjuryKind::itbs, 5),
                                     entry("2026-03-04", InjuryKind::itbs, 0)}));
  EXPECT_EQ(on(r, "2026-03-03").distance, 7.0);  // moderate
  EXPECT_EQ(on(r, "2026-03-06").distance, 9.0);  // pain free, still in the window
  EXPECT_EQ(
      on(r, "2026-03-06").adjustment->reason,
      "IT band syndrome (left), pain-free on 2026-03-04: reduce load, no speedwork, flat routes");
}

TEST(Rules, reduced_load_rounds_duration_down_to_whole_minutes) {
  Session tempo = run("2026-03-03", T::tempo, std::nullopt);
  tempo.duration = Duration{47, "47min"};
  const Plan r = adjusted(plan_of({tempo}), log_of({entry("2026-03-01", InjuryKind::itbs, 2)}));
  const Session& s = on(r, "2026-03-03");
  EXPECT_EQ(s.duration->minutes, 38);    // 37.6 rounds to 38
  EXPECT_EQ(s.duration->text, "38min");  // spelt as the input spelt it
  EXPECT_EQ(s.adjustment->original.duration->text, "47min");
}

// docs/rules.md#rounding: one rule, halves up, for minutes and distances alike. In
// binary floating point 45 x 0.7 is 31.499999999999996, which a coach reads as 31.5: 32 min,
// as 4.5 km x 0.7 = 3.15 gives 3.2 km (moderate pain: 70 %).
TEST(Rules, rounding_halves_go_up_for_minutes_and_distances) {
  Session easy = run("2026-03-03", T::easy, std::nullopt);
  easy.duration = Duration{45, "45min"};
  const Plan r = adjusted(plan_of({easy, run("2026-03-04", T::easy, 4.5)}),
                          log_of({entry("2026-03-01", InjuryKind::itbs, 5)}));
  EXPECT_EQ(on(r, "2026-03-03").duration->minutes, 32);
  EXPECT_EQ(on(r, "2026-03-03").duration->text, "32min");
  EXPECT_EQ(on(r, "2026-03-04").distance, 3.2);
}

// ---- return-ramp ------------------------------------------------------------

TEST(Rules, return_ramp_stages_after_resolution) {
  auto resolved = entry("2026-03-03", InjuryKind::achilles_tendinopathy, 0);
  resolved.resolved = true;
  const Plan p =
      plan_of({run("2026-02-28", T::long_run, 12), run("2026-03-05", T::tempo, 10, Terrain::hilly),
               run("2026-03-12", T::tempo, 10, Terrain::hilly),
               run("2026-03-18", T::tempo, 10, Terrain::hilly)});
  const Plan r =
      adjusted(p, log_of({entry("2026-03-01", InjuryKind::achilles_tendinopathy, 2), resolved}));
  const Session& one = on(r, "2026-03-05");
  EXPECT_EQ(one.type, T::easy);
  EXPECT_EQ(one.distance, 8.0);
  EXPECT_EQ(one.terrain, Terrain::flat);
  EXPECT_EQ(rule(one), "return-ramp");
  EXPECT_EQ(changes(one), (Changes{"speedwork_to_easy", "volume_reduced", "route_flattened"}));
  EXPECT_EQ(one.adjustment->reason,
            "Achilles tendinopathy (left), resolved on 2026-03-03: return ramp stage 1 of 2, "
            "80% volume, no speedwork, flat routes");
  const Session& two = on(r, "2026-03-12");
  EXPECT_EQ(two.type, T::tempo);  // stage 2 allows speedwork and hills
  EXPECT_EQ(two.distance, 9.0);
  EXPECT_EQ(two.terrain, Terrain::hilly);
  EXPECT_EQ(changes(two), Changes{"volume_reduced"});
  EXPECT_FALSE(on(r, "2026-03-18").adjustment);  // the ramp is over
}

TEST(Rules, return_ramp_caps_runs_at_growth_cap_of_prior_30_days) {
  auto e = entry("2026-03-02", InjuryKind::itbs, 2);
  e.resolved = true;  // opens and closes: the ramp starts the next day
  const Plan p = plan_of({run("2026-02-22", T::long_run, 10), run("2026-03-08", T::long_run, 20),
                          run("2026-03-15", T::long_run, 20)});
  const Plan r = adjusted(p, log_of({e}));
  EXPECT_EQ(on(r, "2026-03-08").distance, 11.0);  // 16 > 1.10 x 10
  EXPECT_EQ(changes(on(r, "2026-03-08")), (Changes{"volume_reduced", "capped_long_run"}));
  EXPECT_EQ(on(r, "2026-03-08").adjustment->original.distance, 20.0);
  EXPECT_EQ(on(r, "2026-03-15").distance, 12.1);  // 1.10 x the revised 11
}

TEST(Rules, return_ramp_bone_ramp_flattens_any_bone_injury) {
  auto e = entry("2026-03-01", InjuryKind::shin_splints, 3);
  auto c = entry("2026-03-05", InjuryKind::shin_splints, 0);
  c.cleared = true;
  const Plan p =
      plan_of({run("2026-02-20", T::long_run, 16), run("2026-03-06", T::easy, 10, Terrain::rolling),
               run("2026-03-13", T::easy, 10, Terrain::rolling),
               run("2026-03-20", T::intervals, 10, Terrain::rolling),
               run("2026-03-27", T::intervals, 10, Terrain::rolling)});
  const Plan r = adjusted(p, log_of({e, c}));
  EXPECT_EQ(on(r, "2026-03-06").distance, 5.0);
  EXPECT_EQ(on(r, "2026-03-06").terrain, Terrain::flat);
  EXPECT_EQ(on(r, "2026-03-13").distance, 6.5);
  EXPECT_EQ(on(r, "2026-03-13").terrain, Terrain::flat);
  EXPECT_EQ(on(r, "2026-03-20").type, T::easy);  // stage 3: no speedwork, hills allowed
  EXPECT_EQ(on(r, "2026-03-20").distance, 8.0);  // 02-20's 16 km is still in the 30 days
  EXPECT_EQ(on(r, "2026-03-20").terrain, Terrain::rolling);
  EXPECT_EQ(on(r, "2026-03-27").type, T::intervals);  // stage 4 allows speedwork
  EXPECT_EQ(on(r, "2026-03-27").distance, 8.8);       // 9 capped at 1.10 x 8
  EXPECT_EQ(changes(on(r, "2026-03-27")), (Changes{"volume_reduced", "capped_long_run"}));
}

// ---- race-conflict ----------------------------------------------------------

TEST(Rules, race_conflict_rests_a_race_in_acute_rest_and_warns_elsewhere) {
  auto pop = entry("2026-03-01", InjuryKind::achilles_tendinopathy, 3);
  pop.pop_or_snap = true;
  const Plan p = plan_of({run("2026-03-05", T::race, 10), run("2026-03-12", T::race, 21.1)});
  const InjuryLog log = log_of({pop});
  const auto res = adjust_plan(p, &log, Policy{}, std::nullopt);
  const Session& in_acute = on(res.revised, "2026-03-05");
  EXPECT_EQ(in_acute.type, T::rest);
  EXPECT_EQ(rule(in_acute), "race-conflict");
  EXPECT_EQ(changes(in_acute), Changes{"race_to_rest"});
  const Session& later = on(res.revised, "2026-03-12");
  EXPECT_EQ(later.type, T::race);
  EXPECT_EQ(later.distance, 21.1);
  EXPECT_FALSE(later.adjustment);
  ASSERT_EQ(res.revised.adjusted->warnings.size(), 2u);
  EXPECT_EQ(res.revised.adjusted->warnings[0],
            "race on 2026-03-05 is off: Achilles tendinopathy (left), pain 3/10 on 2026-03-01, "
            "felt a pop or snap: no racing in the acute phase (rest for 7 days)");
  EXPECT_EQ(res.revised.adjusted->warnings[1],
            "race on 2026-03-12 falls in the reduced-load window of Achilles tendinopathy (left): "
            "the coach should decide whether to run it");
}

TEST(Rules, race_conflict_rests_a_race_in_bone_stop) {
  const Plan r = adjusted(plan_of({run("2026-03-05", T::race, 10)}),
                          log_of({entry("2026-03-01", InjuryKind::stress_fracture, 2)}));
  EXPECT_EQ(rule(on(r, "2026-03-05")), "race-conflict");
  EXPECT_EQ(on(r, "2026-03-05").type, T::rest);
}

}  // namespace
}  // namespace planadj
