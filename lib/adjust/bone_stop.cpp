// bone-stop (docs/rules.md#bone-stop): "if you think you might have a stress fracture, stop running
// and visit a doctor". Every run from D+1 until a clearance becomes rest.
#include <algorithm>

#include "adjust/reason.h"
#include "adjust/rule.h"
#include "adjust/rules.h"
#include "adjust/session_edit.h"

namespace planadj::adjust {

void apply_bone_stop(Revision& r, std::size_t i) {
  Session& s = r.sessions[i];
  if (!is_running(s.type)) return;
  replace_run(s, r.policy, r.units, "bone-stop", bone_stop_reason(r.status[i].decisive),
              replacement_change("to_", r.policy));
}

// When: from the first bone entry until a `cleared` entry after it.
const InjuryEntry* bone_clearance(const EpisodeSoFar& so_far) {
  const auto& entries = so_far.episode.entries;
  const auto end = entries.begin() + static_cast<long>(so_far.known);
  const auto first_bone =
      std::find_if(entries.begin(), end, [](const InjuryEntry& e) { return e.bone(); });
  const auto cleared =
      std::find_if(first_bone, end, [](const InjuryEntry& e) { return e.cleared; });
  return cleared == end ? nullptr : &*cleared;
}

EpisodeDay bone_stop_when(const EpisodeSoFar& so_far) {
  EpisodeDay d;
  if (!so_far.bone || bone_clearance(so_far)) return d;
  d.stage = Stage::bone_stop;
  d.volume = 0;
  d.speedwork = false;
  d.cause = &so_far.latest();
  d.episode = &so_far.episode;
  return d;
}

}  // namespace planadj::adjust
