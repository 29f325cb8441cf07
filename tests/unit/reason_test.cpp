// The `adjustment.reason` sentences (docs/rules.md#reasons: "a human reason that names the injury,
// pain and date"), one per rule and case, and the summary totals they sit beside.
#include <gtest/gtest.h>

#include "planadj/writers.h"
#include "unit/adjust_fixtures.h"

namespace planadj {
namespace {

using namespace fixtures;
using T = SessionType;

std::string reason(const Plan& p, const char* date, int nth = 0) {
  const Session& s = on(p, date, nth);
  return s.adjustment ? s.adjustment->reason : "";
}

TEST(Reason, acute_rest_names_every_trigger_and_the_window) {
  auto e = entry("2026-03-01", InjuryKind::muscle_strain, 8);
  e.location = "hamstring";
  e.persists = true;
  e.pop_or_snap = true;
  const Plan r = adjusted(plan_of({run("2026-03-03", T::easy, 10)}), log_of({e}));
  EXPECT_EQ(reason(r, "2026-03-03"),
            "Hamstring strain (left), severe pain 8/10 on 2026-03-01, pain persists, "
            "felt a pop or snap: rest for 7 days (acute phase)");
}

TEST(Reason, acute_rest_for_severe_pain_alone) {
  const Plan r = adjusted(plan_of({run("2026-03-03", T::easy, 10)}),
                          log_of({entry("2026-03-01", InjuryKind::itbs, 7)}));
  EXPECT_EQ(
      reason(r, "2026-03-03"),
      "IT band syndrome (left), severe pain 7/10 on 2026-03-01: rest for 5 days (acute phase)");
}

TEST(Reason, acute_rest_race_says_why_it_is_not_raced) {
  auto e = entry("2026-03-01", InjuryKind::achilles_tendinopathy, 3);
  e.pop_or_snap = true;
  const Plan r = adjusted(plan_of({run("2026-03-05", T::race, 10)}), log_of({e}));
  EXPECT_EQ(reason(r, "2026-03-05"),
            "Achilles tendinopathy (left), pain 3/10 on 2026-03-01, felt a pop or snap: no racing "
            "in the acute phase (rest for 7 days)");
}

TEST(Reason, bone_stop_names_the_first_bone_entry_and_the_latest_pain) {
  const Plan r = adjusted(plan_of({run("2026-03-02", T::easy, 10), run("2026-03-06", T::easy, 10),
                                   run("2026-03-07", T::race, 10)}),
                          log_of({entry("2026-03-01", InjuryKind::stress_fracture, 2),
                                  entry("2026-03-04", InjuryKind::stress_fracture, 4)}));
  EXPECT_EQ(reason(r, "2026-03-02"),
            "Stress fracture (left), pain 2/10 on 2026-03-01, suspected bone injury: stop running "
            "and see a doctor; no running until a clinician clears you");
  EXPECT_EQ(reason(r, "2026-03-06"),
            "Stress fracture (left), pain 4/10 on 2026-03-04, suspected bone injury since "
            "2026-03-01: stop running and see a doctor; no running until a clinician clears you");
  EXPECT_EQ(reason(r, "2026-03-07"),
            "Stress fracture (left), pain 4/10 on 2026-03-04, suspected bone injury since "
            "2026-03-01: no racing until a clinician clears you");
}

TEST(Reason, suspected_bone_on_a_soft_tissue_injury_reads_as_bone) {
  auto e = entry("2026-03-01", InjuryKind::other_soft_tissue, 3);
  e.suspected_bone = true;
  const Plan r = adjusted(plan_of({run("2026-03-02", T::easy, 10)}), log_of({e}));
  EXPECT_EQ(reason(r, "2026-03-02"),
            "Soft-tissue injury (left), pain 3/10 on 2026-03-01, suspected bone injury: stop "
            "running and see a doctor; no running until a clinician clears you");
}

TEST(Reason, reduced_load_mentions_flat_routes_only_for_hill_sensitive_injuries) {
  auto ham = entry("2026-03-01", InjuryKind::muscle_strain, 2);
  ham.location = "hamstring";
  const Plan soft =
      adjusted(plan_of({run("2026-03-03", T::easy, 10, Terrain::hilly)}), log_of({ham}));
  EXPECT_EQ(reason(soft, "2026-03-03"),
            "Hamstring strain (left), pain 2/10 on 2026-03-01: reduce load, no speedwork");
  const Plan knee = adjusted(plan_of({run("2026-03-03", T::easy, 10, Terrain::hilly)}),
                             log_of({entry("2026-03-01", InjuryKind::runners_knee, 2)}));
  EXPECT_EQ(
      reason(knee, "2026-03-03"),
      "Runner's knee (left), pain 2/10 on 2026-03-01: reduce load, no speedwork, flat routes");
}

TEST(Reason, return_ramp_after_resolution_cleared_or_quiet_days) {
  auto resolved = entry("2026-03-01", InjuryKind::sprain, 2);
  resolved.location = "ankle";
  resolved.resolved = true;
  EXPECT_EQ(
      reason(adjusted(plan_of({run("2026-03-03", T::easy, 10)}), log_of({resolved})), "2026-03-03"),
      "Ankle sprain (left), resolved on 2026-03-01: return ramp stage 1 of 2, 80% volume, "
      "no speedwork");

  auto cleared = entry("2026-03-05", InjuryKind::shin_splints, 0);
  cleared.cleared = true;
  EXPECT_EQ(reason(adjusted(plan_of({run("2026-03-06", T::easy, 10)}),
                            log_of({entry("2026-03-01", InjuryKind::shin_splints, 3), cleared})),
                   "2026-03-06"),
            "Shin splints (left), cleared to run on 2026-03-05: bone return ramp stage 1 of 4, 50% "
            "volume, no speedwork, flat routes");

  // No resolution: reduced-load runs its 7 days after the last pain, then the ramp.
  auto ham = entry("2026-03-01", InjuryKind::muscle_strain, 2);
  ham.location = "hamstring";
  EXPECT_EQ(
      reason(adjusted(plan_of({run("2026-03-10", T::easy, 10)}), log_of({ham})), "2026-03-10"),
      "Hamstring strain (left), last pain 2/10 on 2026-03-01: return ramp stage 1 of "
      "2, 80% volume, no speedwork");
}

TEST(Reason, return_ramp_names_the_growth_cap_when_it_shortened_the_run) {
  auto e = entry("2026-03-02", InjuryKind::itbs, 2);
  e.resolved = true;
  const Plan r =
      adjusted(plan_of({run("2026-02-22", T::long_run, 10), run("2026-03-08", T::long_run, 20)}),
               log_of({e}));
  EXPECT_EQ(
      reason(r, "2026-03-08"),
      "IT band syndrome (left), resolved on 2026-03-02: return ramp stage 1 of 2, 80% volume, no "
      "speedwork, flat routes, capped at 110% of the longest run in the prior 30 days");
}

TEST(Reason, cross_training_replacements_say_cross_train_not_rest) {
  auto e = entry("2026-03-01", InjuryKind::itbs, 7);
  Policy p;
  p.replace_runs_with = Replacement::cross_training;
  const Plan r = adjusted(plan_of({run("2026-03-03", T::easy, 10)}), log_of({e}), p);
  EXPECT_EQ(changes(on(r, "2026-03-03")), std::vector<std::string>{"to_cross_training"});
  EXPECT_EQ(
      reason(r, "2026-03-03"),
      "IT band syndrome (left), severe pain 7/10 on 2026-03-01: cross-train for 5 days (acute "
      "phase)");
}

// Sums of decimal distances carry float noise (24.2 x 6 + 26.2 = 171.39999999999998);
// the summary rounds them to 0.1 and the writer prints them plainly.
TEST(Reason, summary_volume_totals_carry_no_float_noise) {
  std::vector<Session> runs;
  for (const char* d :
       {"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07"})
    runs.push_back(run(d, T::easy, 24.2));
  runs.push_back(run("2026-03-08", T::long_run, 26.2));
  const Plan r = adjusted(plan_of(runs), log_of({}));
  ASSERT_TRUE(r.adjusted);
  EXPECT_EQ(r.adjusted->summary.volume_before, 171.4);
  EXPECT_EQ(r.adjusted->summary.volume_after, 171.4);
  const std::string yaml = write_plan_yaml(r);
  EXPECT_NE(yaml.find("volume_before: 171.4,"), std::string::npos) << yaml;
  EXPECT_EQ(yaml.find("171.39"), std::string::npos) << yaml;
  EXPECT_EQ(format_number(r.adjusted->summary.volume_before), "171.4");
}

TEST(Reason, summary_rounds_reduced_volume_totals) {
  std::vector<Session> runs;
  for (const char* d : {"2026-03-03", "2026-03-04", "2026-03-05"})
    runs.push_back(run(d, T::easy, 7.3));
  const Plan r =
      adjusted(plan_of(runs), log_of({entry("2026-03-01", InjuryKind::runners_knee, 2)}));
  const Summary& s = r.adjusted->summary;
  EXPECT_EQ(s.volume_before, 21.9);
  EXPECT_EQ(s.volume_after, 17.4);  // 3 x 5.8 (7.3 x 0.8 floored to 0.1)
  EXPECT_EQ(format_number(s.volume_after), "17.4");
}

}  // namespace
}  // namespace planadj
