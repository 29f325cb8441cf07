// return-ramp (docs/rules.md#return-ramp): rest "relative to your training load as the injury
// heals"; no run longer than long_run_growth_cap x the longest of the prior 30 days.
#include <algorithm>

#include "adjust/reason.h"
#include "adjust/rule.h"
#include "adjust/rules.h"
#include "adjust/session_edit.h"

namespace planadj::adjust {

void apply_return_ramp(Revision& r) {
  PriorLongest prior(r);  // by_date order: every earlier session is final when asked
  for (std::size_t i : r.by_date) {
    Session& s = r.sessions[i];
    const DayStatus& st = r.status[i];
    if (r.frozen[i] || st.stage != Stage::return_ramp || !is_running(s.type) ||
        s.type == SessionType::race)
      continue;
    touch(s, "return-ramp", return_ramp_reason(st));
    ease_run(r, i);
    // With no run in the prior 30 days there is nothing to grow from: no cap.
    const auto longest = prior.before(s.date, s.distance.has_value());
    if (longest && *longest > 0 && volume_of(s) &&
        cap_volume(s, r.policy.long_run_growth_cap * *longest, r.policy)) {
      add_change(s, "capped_long_run");
      s.adjustment->reason += growth_cap_clause(r.policy);
    }
    drop_if_unchanged(s);
  }
}

namespace {

// Day `offset` (0-based) after the start of a ramp: its stage, or none past the end.
EpisodeDay ramp_day(const std::vector<RampStage>& ramp, long offset, bool bone,
                    bool hill_sensitive_injury) {
  EpisodeDay d;
  long start = 0;
  for (std::size_t k = 0; k < ramp.size(); ++k) {
    const long end = start + std::max(ramp[k].days, 0);
    if (offset >= start && offset < end) {
      d.stage = Stage::return_ramp;
      d.ramp_stage = static_cast<int>(k);
      d.ramp_stages = static_cast<int>(ramp.size());
      d.bone_ramp = bone;
      d.volume = std::clamp(ramp[k].volume, 0.0, 1.0);
      d.speedwork = ramp[k].speedwork;
      d.flat_routes = ramp[k].flat_routes && (bone || hill_sensitive_injury);
      return d;
    }
    start = end;
  }
  return d;
}

}  // namespace

// When: the day after a bone injury's clearance, or after the reduced-load window of a
// soft-tissue one, for as many days as the ramp's stages hold.
EpisodeDay return_ramp_when(const EpisodeSoFar& so_far) {
  const Policy& p = so_far.policy;
  const bool hills = hill_sensitive(so_far.episode, p);
  EpisodeDay d;
  if (so_far.bone) {
    const InjuryEntry* cleared = bone_clearance(so_far);
    if (!cleared) return d;
    d = ramp_day(p.bone_return_ramp, (so_far.day - cleared->date).days() - 1, true, hills);
    d.cause = cleared;
  } else {
    const auto& end = so_far.load_end().end;
    if (!end || so_far.day <= *end) return d;
    d = ramp_day(p.return_ramp, (so_far.day - *end).days() - 1, false, hills);
    d.cause = &so_far.latest();
  }
  d.episode = &so_far.episode;
  return d;
}

}  // namespace planadj::adjust
