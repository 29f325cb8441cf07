// Properties of the v2 rules (docs/rules.md "Refinements (v2)") over the generated cases
// of tests/support/generators.h, with the same seeds as the invariants of
// properties_test.cpp: after a pop the ramp waits for a clearance, a race is removed
// only by race-conflict, and most generated logs are accepted.
#include <gtest/gtest.h>

#include <iostream>

#include "support/invariants.h"

namespace planadj::testing {
namespace {

bool fits(const InjuryEntry& e, const InjuryReport& r) {
  return e.injury == r.injury && (!e.side || e.side == r.side) &&
         (!e.location || e.location == r.location);
}

// With `pop_needs_clearance`, a soft-tissue return ramp that starts on F after a pop on
// P < F of that injury (same side and location) has a `cleared` entry dated P .. F-1.
Property pop_waits_for_clearance() {
  return [](const Case& c) -> std::string {
    if (!c.policy.pop_needs_clearance) return {};
    const auto res = adjust_plan(c.plan, &c.log, c.policy, c.as_of);
    if (has_errors(res.diagnostics) || !res.revised.adjusted) return {};
    for (const InjuryReport& r : res.revised.adjusted->injuries) {
      for (const Phase& ph : r.phases) {
        if (ph.rule != "return-ramp") continue;
        for (const InjuryEntry& pop : c.log.entries) {
          const bool exact =
              pop.injury == r.injury && pop.side == r.side && pop.location == r.location;
          if (!pop.pop_or_snap || !exact || pop.bone() || pop.date >= ph.from) continue;
          if (c.as_of && pop.date > *c.as_of) continue;
          const bool cleared =
              std::any_of(c.log.entries.begin(), c.log.entries.end(), [&](const InjuryEntry& e) {
                return e.cleared && fits(e, r) && e.date >= pop.date && e.date < ph.from;
              });
          const bool bone =
              std::any_of(c.log.entries.begin(), c.log.entries.end(),
                          [&](const InjuryEntry& e) { return e.bone() && fits(e, r); });
          // A `resolved` entry dated the day of the pop may have closed the episode
          // before it (file order): the pop then opened the next episode, not this one.
          const bool tie = std::any_of(
              c.log.entries.begin(), c.log.entries.end(),
              [&](const InjuryEntry& e) { return e.resolved && fits(e, r) && e.date == pop.date; });
          if (!cleared && !bone && !tie)
            return "return ramp from " + props::show(ph.from) + " after a pop on " +
                   props::show(pop.date) + " with no clearance in between";
        }
      }
    }
    return {};
  };
}

// A race that stops being a race was made rest by race-conflict, never by doubles or
// weekly rest days.
Property races_removed_only_by_race_conflict() {
  return [](const Case& c) -> std::string {
    const Plan out = adjust_plan(c.plan, &c.log, c.policy, c.as_of).revised;
    if (out.sessions.size() != c.plan.sessions.size()) return "session count changed";
    for (std::size_t i = 0; i < out.sessions.size(); ++i) {
      const Session& s = out.sessions[i];
      if (c.plan.sessions[i].type != SessionType::race || s.type == SessionType::race) continue;
      if (!s.adjustment || s.adjustment->rule != "race-conflict")
        return props::at(c.plan.sessions[i], i) + "race removed by " +
               (s.adjustment ? s.adjustment->rule : std::string("nothing"));
    }
    return {};
  };
}

TEST(RulesProperties, PopWaitsForClearance) {
  for_all_cases("RulesProperties.PopWaitsForClearance", pop_waits_for_clearance());
}

TEST(RulesProperties, RacesAreRemovedOnlyByRaceConflict) {
  for_all_cases("RulesProperties.RacesAreRemovedOnlyByRaceConflict",
                races_removed_only_by_race_conflict());
}

// The invariants skip a log the tool refuses (an ambiguous or unmatched follow-up):
// most generated logs must be accepted, or the invariants would prove little.
TEST(RulesProperties, MostGeneratedLogsAreAccepted) {
  const PropertyConfig cfg = property_config();
  long refused = 0, with_follow_ups = 0;
  for (long i = 0; i < cfg.cases; ++i) {
    const Case c = make_case(cfg.base_seed + static_cast<std::uint64_t>(i));
    refused += has_errors(adjust_plan(c.plan, &c.log, c.policy, c.as_of).diagnostics);
    with_follow_ups += std::any_of(c.log.entries.begin(), c.log.entries.end(),
                                   [](const InjuryEntry& e) { return e.cleared || !e.side; });
  }
  std::cout << "[ property ] " << refused << " of " << cfg.cases << " generated logs refused, "
            << with_follow_ups << " with a clearance or a side left out\n";
  EXPECT_LT(refused * 4, cfg.cases);  // under a quarter
  EXPECT_GT(with_follow_ups * 4, cfg.cases);
}

}  // namespace
}  // namespace planadj::testing
