// The rules in the order they are asked (docs/rules.md#several-episodes-at-once), and
// what the timeline knows of an episode on a day.
#include <algorithm>

#include "adjust/rule.h"
#include "adjust/rules.h"

namespace planadj::adjust {

const std::array<Rule, kRuleCount>& rules() {
  // return-ramp edits nothing per session: its growth cap looks at the revised weeks,
  // so it runs after reduced-load's weekly pass.
  static const std::array<Rule, kRuleCount> table{{
      {Stage::bone_stop, bone_stop_when, apply_bone_stop, nullptr},
      {Stage::acute_rest, acute_rest_when, apply_acute_rest, nullptr},
      {Stage::reduced_load, reduced_load_when, apply_reduced_load, apply_reduced_load_weeks},
      {Stage::return_ramp, return_ramp_when, nullptr, apply_return_ramp},
  }};
  return table;
}

EpisodeSoFar::EpisodeSoFar(const Episode& ep, Date d, const Policy& p)
    : episode(ep), day(d), policy(p) {
  while (known < ep.entries.size() && ep.entries[known].date < day) ++known;
  bone = std::any_of(ep.entries.begin(), ep.entries.begin() + static_cast<long>(known),
                     [](const InjuryEntry& e) { return e.bone(); });
}

}  // namespace planadj::adjust
