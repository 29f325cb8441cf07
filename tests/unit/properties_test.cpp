// Property tests: every invariant of docs/rules.md#invariants over >= 500 generated plans and logs
// (tests/support/invariants.h). Each case comes from one seed (base 20260302 + case
// index, or PLANADJ_PROPERTY_SEED); a failure prints the seed, a rerun command and the
// shrunk case as YAML. See tests/property/README.md.
#include <gtest/gtest.h>

#include <iostream>

#include "support/invariants.h"
#include "support/red_flag_property.h"

namespace planadj::testing {
namespace {

TEST(Properties, Invariant1_NothingBeforeAsOfChanges) {
  for_all_cases("Invariant1_NothingBeforeAsOfChanges", invariant1(adjust_plan));
}

TEST(Properties, Invariant2_NoSessionGetsHarder) {
  long changed = 0;
  for_all_cases("Invariant2_NoSessionGetsHarder", invariant2(adjust_plan, &changed));
  std::cout << "[ property ] " << changed << " cases changed at least one session\n";
  // Injured plans change: about half the generated cases have an entry that acts on a
  // later session (263 of the default 500); a pipeline that changes nothing gives 0.
  const long cases = property_config().cases;
  EXPECT_GE(changed * 4, cases) << changed << " of " << cases << " cases changed a session";
}

TEST(Properties, Invariant3_WeeklyVolumeNeverExceedsOriginal) {
  for_all_cases("Invariant3_WeeklyVolumeNeverExceedsOriginal", invariant3(adjust_plan));
}

TEST(Properties, Invariant4_Causality) {
  for_all_cases("Invariant4_Causality", invariant4(adjust_plan));
}

TEST(Properties, Invariant5_Idempotence) {
  for_all_cases("Invariant5_Idempotence", invariant5(adjust_plan));
}

TEST(Properties, Invariant5_IdempotenceThroughYaml) {
  for_all_cases("Invariant5_IdempotenceThroughYaml", invariant5_yaml(adjust_plan));
}

TEST(Properties, YamlRoundTripKeepsThePlan) {
  for_all_cases("YamlRoundTripKeepsThePlan", yaml_round_trip());
}

TEST(Properties, ThroughTheReadersAndWriters) {
  for_all_cases("ThroughTheReadersAndWriters", through_text(adjust_plan));
}

TEST(Properties, Invariant6_Determinism) {
  for_all_cases("Invariant6_Determinism", invariant6(adjust_plan, true));
}

TEST(Properties, Invariant7_NoInjuriesNoChange) {
  for_all_cases("Invariant7_NoInjuriesNoChange", invariant7(adjust_plan));
}

TEST(Properties, EveryChangedSessionCarriesAnAdjustment) {
  for_all_cases("EveryChangedSessionCarriesAnAdjustment", changes_explained(adjust_plan));
}

TEST(Properties, EveryWorryingEntryIsReferred) {
  for_all_cases("EveryWorryingEntryIsReferred", worrying_entries_referred(adjust_plan));
}

TEST(Properties, Invariant8_RedFlagsSurviveErrors) {
  long checked = 0;
  for_all_cases("Invariant8_RedFlagsSurviveErrors", red_flags_survive_errors(&checked));
  std::cout << "[ property ] " << checked << " cases had referrals to keep through a mistake\n";
  // Most generated logs raise a referral; a scan that reports none would check nothing.
  EXPECT_GE(checked * 5, property_config().cases) << checked << " cases with referrals";
}

// The seeds of tests/property/FINDINGS.md, fixed on the adjust branch; some lie
// outside the default 500 cases, so they are pinned here.
TEST(Properties, FindingsStayFixed) {
  for_seeds("Finding1_ShorterRunKeepsElevationGain", invariant2(adjust_plan), {20260303, 1314});
  for_seeds("Finding2_PopOrSnapWithoutPain", worrying_entries_referred(adjust_plan), {20260355});
  for_seeds("Finding3_RestDayQuotaLooksAhead", invariant4(adjust_plan),
            {2608, 4962, 5363, 5437, 901761, 5000941, 5001845, 5002002});
}

}  // namespace
}  // namespace planadj::testing
