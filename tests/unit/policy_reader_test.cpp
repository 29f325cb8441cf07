// The policy reader (docs/formats.md#policy): merged over the defaults, strict about keys and
// types.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "planadj/readers.h"
#include "unit/reader_support.h"

namespace planadj {
namespace {

using ::planadj::testing::errors;
using ::planadj::testing::lines;
using Strings = std::vector<std::string>;

TEST(PolicyReader, SpecExampleEqualsTheDefaults) {
  std::ifstream in(std::string(PLANADJ_SOURCE_DIR) + "/tests/data/good/policy.yaml");
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const auto p = parse_policy(text, "policy.yaml");
  ASSERT_TRUE(p.ok()) << ::testing::PrintToString(lines(p.diagnostics));
  const Policy& got = *p.value;
  // The file's numbers, written out by hand (not Policy{}: a reader that ignored the
  // file and returned the defaults would pass a comparison with them).
  EXPECT_EQ(got.pain_moderate_from, 4);
  EXPECT_EQ(got.pain_severe_from, 7);
  EXPECT_EQ(got.rest_days_persists, 3);
  EXPECT_EQ(got.rest_days_swelling, 3);
  EXPECT_EQ(got.rest_days_severe, 5);
  EXPECT_EQ(got.rest_days_pop_or_snap, 7);
  EXPECT_TRUE(got.pop_needs_clearance);
  EXPECT_EQ(got.days_after_last_pain, 7);
  EXPECT_EQ(got.volume_pain_free, 0.9);
  EXPECT_EQ(got.volume_mild, 0.8);
  EXPECT_EQ(got.volume_moderate, 0.7);
  EXPECT_EQ(got.volume_severe, 0.6);
  EXPECT_EQ(got.min_rest_days_per_week, 2);
  EXPECT_EQ(got.hill_sensitive,
            (std::vector<HillSensitive>{{InjuryKind::achilles_tendinopathy, std::nullopt},
                                        {InjuryKind::itbs, std::nullopt},
                                        {InjuryKind::runners_knee, std::nullopt},
                                        {InjuryKind::muscle_strain, "calf"}}));
  ASSERT_EQ(got.return_ramp.size(), 2u);
  EXPECT_EQ(got.return_ramp[0].volume, 0.8);
  EXPECT_TRUE(got.return_ramp[0].flat_routes);
  EXPECT_TRUE(got.return_ramp[1].speedwork);
  EXPECT_EQ(got.replace_runs_with, Replacement::rest);
  EXPECT_EQ(got.rounding_duration_minutes, 1);
  ASSERT_EQ(got.bone_return_ramp.size(), 4u);
  EXPECT_EQ(got.bone_return_ramp[1].volume, 0.65);
  EXPECT_FALSE(got.bone_return_ramp[1].speedwork);
  EXPECT_TRUE(got.bone_return_ramp[1].flat_routes);
  EXPECT_EQ(got.long_run_growth_cap, 1.10);
  EXPECT_EQ(got.rounding_distance, 0.1);
}

TEST(PolicyReader, MergesOverTheDefaults) {
  const auto p = parse_policy(R"(acute_rest_days: {severe: 6}
reduced_load:
  volume: {mild: 0.75}
  hill_sensitive: [itbs]
return_ramp:
  - {days: 5, volume: 0.7, speedwork: false, flat_routes: true}
replace_runs_with: cross_training
)",
                              "policy.yaml");
  ASSERT_TRUE(p.ok()) << ::testing::PrintToString(lines(p.diagnostics));
  const Policy& got = *p.value;
  EXPECT_EQ(got.rest_days_severe, 6);
  EXPECT_EQ(got.rest_days_persists, 3);  // untouched default
  EXPECT_EQ(got.volume_mild, 0.75);
  EXPECT_EQ(got.volume_severe, 0.6);
  EXPECT_EQ(got.hill_sensitive, (std::vector<HillSensitive>{{InjuryKind::itbs, std::nullopt}}));
  ASSERT_EQ(got.return_ramp.size(), 1u);  // a ramp replaces the default one as a whole
  EXPECT_EQ(got.return_ramp[0].days, 5);
  EXPECT_EQ(got.bone_return_ramp.size(), 4u);
  EXPECT_EQ(got.replace_runs_with, Replacement::cross_training);
}

TEST(PolicyReader, V2KeysSwellingPopGateAndHillItemsByLocation) {
  const auto p = parse_policy(R"(acute_rest_days: {swelling: 4}
pop_needs_clearance: false
reduced_load:
  hill_sensitive: [itbs, "muscle_strain:calf", 'sprain:Ankle']
)",
                              "policy.yaml");
  ASSERT_TRUE(p.ok()) << ::testing::PrintToString(lines(p.diagnostics));
  EXPECT_EQ(p.value->rest_days_swelling, 4);
  EXPECT_FALSE(p.value->pop_needs_clearance);
  EXPECT_EQ(p.value->hill_sensitive,
            (std::vector<HillSensitive>{{InjuryKind::itbs, std::nullopt},
                                        {InjuryKind::muscle_strain, std::string("calf")},
                                        {InjuryKind::sprain, std::string("Ankle")}}));
  const Policy defaults;
  EXPECT_EQ(defaults.rest_days_swelling, 3);
  EXPECT_TRUE(defaults.pop_needs_clearance);
}

TEST(PolicyReader, HillItemErrorsAreLocated) {
  const auto p = parse_policy(R"(pop_needs_clearance: yes
reduced_load:
  hill_sensitive: ["muscle_stain:calf", "muscle_strain:", [itbs]]
)",
                              "policy.yaml");
  EXPECT_EQ(errors(p.diagnostics),
            (Strings{"policy.yaml:1:22: error: pop_needs_clearance must be true or false, got "
                     "'yes'",
                     "policy.yaml:3:20: error: unknown injury 'muscle_stain' in hill_sensitive "
                     "item 'muscle_stain:calf' (did you mean 'muscle_strain'?)",
                     "policy.yaml:3:41: error: hill_sensitive item 'muscle_strain:' has no "
                     "location after ':' (expected id or id:location, such as "
                     "muscle_strain:calf)",
                     "policy.yaml:3:59: error: each item of hill_sensitive must be an injury id "
                     "or id:location, got a sequence"}));
}

TEST(PolicyReader, MergesOverAGivenBase) {
  Policy base;
  base.days_after_last_pain = 10;
  const auto p = parse_policy("rounding: {distance: 0.5}\n", "p.yaml", base);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.value->days_after_last_pain, 10);
  EXPECT_EQ(p.value->rounding_distance, 0.5);
}

TEST(PolicyReader, UnknownKeysAreErrorsWithSuggestions) {
  const auto p = parse_policy(R"(pain: {moderate: 4}
reduced_load: {volumes: {}}
long_run_cap: 1.1
)",
                              "policy.yaml");
  EXPECT_EQ(errors(p.diagnostics),
            (Strings{"policy.yaml:1:8: error: unknown key 'moderate' in pain (did you mean "
                     "'moderate_from'?)",
                     "policy.yaml:2:16: error: unknown key 'volumes' in reduced_load (did you "
                     "mean 'volume'?)",
                     "policy.yaml:3:1: error: unknown key 'long_run_cap' in policy (did you mean "
                     "'long_run_growth_cap'?)"}));
}

TEST(PolicyReader, RangesAreChecked) {
  const auto p = parse_policy(R"(pain: {moderate_from: 0, severe_from: 11}
acute_rest_days: {persists: -1, severe: 2.5}
reduced_load:
  days_after_last_pain: "7"
  volume: {pain_free: 0, mild: 1.2}
  min_rest_days_per_week: 8
  hill_sensitive: [itbs, knee]
long_run_growth_cap: 0.9
replace_runs_with: bike
rounding: {distance: 0, duration_minutes: 0.5}
)",
                              "policy.yaml");
  EXPECT_EQ(
      errors(p.diagnostics),
      (Strings{
          "policy.yaml:1:23: error: moderate_from must be a whole number from 1 to 10, got 0",
          "policy.yaml:1:39: error: severe_from must be a whole number from 1 to 10, got 11",
          "policy.yaml:2:29: error: persists must be a whole number of days >= 0, got -1",
          "policy.yaml:2:41: error: severe must be a whole number of days >= 0, got 2.5",
          "policy.yaml:4:25: error: days_after_last_pain must be a whole number of days >= 0, "
          "got '7'",
          "policy.yaml:5:23: error: pain_free must be a number above 0 and at most 1, got 0",
          "policy.yaml:5:32: error: mild must be a number above 0 and at most 1, got 1.2",
          "policy.yaml:6:27: error: min_rest_days_per_week must be a whole number from 0 to 7, "
          "got 8",
          "policy.yaml:7:26: error: unknown injury 'knee' (did you mean 'runners_knee'?)",
          "policy.yaml:8:22: error: long_run_growth_cap must be a number >= 1, got 0.9",
          "policy.yaml:9:20: error: unknown replacement 'bike' (expected one of: rest, "
          "cross_training)",
          "policy.yaml:10:22: error: distance must be a number above 0, got 0",
          "policy.yaml:10:43: error: duration_minutes must be a whole number of minutes >= 1, "
          "got 0.5"}));
}

TEST(PolicyReader, ModerateMustBeBelowSevereAfterMerging) {
  EXPECT_EQ(errors(parse_policy("pain: {severe_from: 3}\n", "p.yaml").diagnostics),
            Strings{"p.yaml:1:1: error: pain.moderate_from (4) must be below pain.severe_from "
                    "(3)"});
  EXPECT_TRUE(parse_policy("pain: {moderate_from: 2, severe_from: 3}\n", "p.yaml").ok());
}

TEST(PolicyReader, RampStagesNeedEveryKey) {
  const auto p = parse_policy(R"(return_ramp:
  - {days: 7, volume: 0.8}
  - 3
bone_return_ramp: {days: 7}
)",
                              "p.yaml");
  EXPECT_EQ(errors(p.diagnostics),
            (Strings{"p.yaml:2:5: error: missing required key 'speedwork' in return_ramp stage",
                     "p.yaml:2:5: error: missing required key 'flat_routes' in return_ramp stage",
                     "p.yaml:3:5: error: each stage of return_ramp must be a mapping, got 3",
                     "p.yaml:4:19: error: bone_return_ramp must be a list of stages {days, "
                     "volume, speedwork, flat_routes}, got a mapping"}));
}

TEST(PolicyReader, WrongSectionTypes) {
  EXPECT_EQ(errors(parse_policy("pain: 4\n", "p.yaml").diagnostics),
            Strings{"p.yaml:1:7: error: pain must be a mapping (moderate_from, severe_from), got "
                    "4"});
  EXPECT_EQ(errors(parse_policy("rounding:\n", "p.yaml").diagnostics),
            Strings{"p.yaml:1:1: error: rounding must be a mapping (distance, duration_minutes), "
                    "got an empty value"});
}

TEST(PolicyReader, EmptyPolicyFileIsAnError) {
  EXPECT_EQ(errors(parse_policy("", "p.yaml").diagnostics),
            Strings{"p.yaml:1:1: error: empty file (expected a policy: a mapping with keys such "
                    "as 'pain' or 'return_ramp')"});
}

}  // namespace
}  // namespace planadj
