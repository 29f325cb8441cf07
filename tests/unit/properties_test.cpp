// Property tests: every invariant of SPEC §6 over >= 500 generated plans and logs
// (tests/support/invariants.h). Each case comes from one seed (base 20260302 + case
// index, or PLANADJ_PROPERTY_SEED); a failure prints the seed, a rerun command and the
// shrunk case as YAML. See tests/property/README.md.
#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>

#include "support/invariants.h"

namespace planadj::testing {
namespace {

TEST(Properties, Invariant1_NothingBeforeAsOfChanges) {
  for_all_cases("Invariant1_NothingBeforeAsOfChanges", invariant1(adjust_plan));
}

/// Known pipeline bugs (tests/property/FINDINGS.md) are tolerated in the main tests and
/// checked strictly by their own tests, which run with PLANADJ_PROPERTY_STRICT=1.
bool strict() {
  const char* s = std::getenv("PLANADJ_PROPERTY_STRICT");
  return s && *s && *s != '0';
}

TEST(Properties, Invariant2_NoSessionGetsHarder) {
  long changed = 0;
  for_all_cases("Invariant2_NoSessionGetsHarder", invariant2(adjust_plan, &changed, strict()));
  std::cout << "[ property ] " << changed << " cases changed at least one session\n";
}

TEST(Properties, Invariant2_Finding1_ShorterRunKeepsElevationGain) {
  if (!strict())
    GTEST_SKIP() << "known pipeline bug, tests/property/FINDINGS.md finding 1 "
                    "(PLANADJ_PROPERTY_STRICT=1 runs it)";
  for_all_cases("Invariant2_Finding1_ShorterRunKeepsElevationGain",
                invariant2(adjust_plan, nullptr, true));
}

TEST(Properties, Invariant3_WeeklyVolumeNeverExceedsOriginal) {
  for_all_cases("Invariant3_WeeklyVolumeNeverExceedsOriginal", invariant3(adjust_plan));
}

TEST(Properties, Invariant4_Causality) {
  for_all_cases("Invariant4_Causality", invariant4(adjust_plan));
}

// Rare (about 1 case in 500-1000): pinned seeds from wider runs.
TEST(Properties, Invariant4_Finding3_RestDayQuotaLooksAhead) {
  if (!strict())
    GTEST_SKIP() << "known pipeline bug, tests/property/FINDINGS.md finding 3 "
                    "(PLANADJ_PROPERTY_STRICT=1 runs it)";
  for_seeds("Invariant4_Finding3_RestDayQuotaLooksAhead", invariant4(adjust_plan),
            {2608, 4962, 5363, 5437, 901761});
}

TEST(Properties, Invariant5_Idempotence) {
  for_all_cases("Invariant5_Idempotence", invariant5(adjust_plan));
}

TEST(Properties, Invariant5_IdempotenceThroughYaml) {
  if (!props::yaml_io_ready()) GTEST_SKIP() << "the YAML writer or plan reader is still a stub";
  for_all_cases("Invariant5_IdempotenceThroughYaml", invariant5_yaml(adjust_plan));
}

TEST(Properties, YamlRoundTripKeepsThePlan) {
  if (!props::yaml_io_ready()) GTEST_SKIP() << "the YAML writer or plan reader is still a stub";
  for_all_cases("YamlRoundTripKeepsThePlan", yaml_round_trip());
}

TEST(Properties, Invariant6_Determinism) {
  for_all_cases("Invariant6_Determinism", invariant6(adjust_plan, props::yaml_io_ready()));
}

TEST(Properties, Invariant7_NoInjuriesNoChange) {
  for_all_cases("Invariant7_NoInjuriesNoChange", invariant7(adjust_plan));
}

TEST(Properties, EveryChangedSessionCarriesAnAdjustment) {
  for_all_cases("EveryChangedSessionCarriesAnAdjustment", changes_explained(adjust_plan));
}

TEST(Properties, EveryWorryingEntryIsReferred) {
  if (!props::pipeline_ready()) GTEST_SKIP() << "lib/adjust is still the stub";
  for_all_cases("EveryWorryingEntryIsReferred", worrying_entries_referred(adjust_plan, strict()));
}

TEST(Properties, Referrals_Finding2_PopOrSnapWithoutPain) {
  if (!strict())
    GTEST_SKIP() << "known pipeline bug, tests/property/FINDINGS.md finding 2 "
                    "(PLANADJ_PROPERTY_STRICT=1 runs it)";
  for_all_cases("Referrals_Finding2_PopOrSnapWithoutPain",
                worrying_entries_referred(adjust_plan, true));
}

}  // namespace
}  // namespace planadj::testing
