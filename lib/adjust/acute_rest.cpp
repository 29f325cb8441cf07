// acute-rest (docs/rules.md#acute-rest): "if the pain persists or was severe on the run, then rest
// for a few days up to a week".
#include <algorithm>

#include "adjust/reason.h"
#include "adjust/rule.h"
#include "adjust/rules.h"
#include "adjust/session_edit.h"

namespace planadj::adjust {

void apply_acute_rest(Revision& r, std::size_t i) {
  Session& s = r.sessions[i];
  if (!is_running(s.type)) return;
  const EpisodeDay& d = r.status[i].decisive;
  replace_run(s, r.policy, r.units, "acute-rest", acute_rest_reason(d, r.policy),
              replacement_change("to_", r.policy));
}

int acute_rest_days(const InjuryEntry& e, const Policy& p) {
  int n = 0;
  if (e.persists) n = std::max(n, p.rest_days_persists);
  if (e.swelling) n = std::max(n, p.rest_days_swelling);
  if (e.pain >= p.pain_severe_from) n = std::max(n, p.rest_days_severe);
  if (e.pop_or_snap) n = std::max(n, p.rest_days_pop_or_snap);
  return n;
}

// When: the union of every acute window D+1 .. D+n seen so far; the latest entry whose
// window holds the day names the reason.
const EpisodeSoFar::Acute& EpisodeSoFar::acute() const {
  if (acute_) return *acute_;
  Acute a;
  for (std::size_t i = 0; i < known; ++i) {
    const InjuryEntry& e = episode.entries[i];
    const int n = acute_rest_days(e, policy);
    if (n <= 0) continue;
    const Date end = e.date + boost::gregorian::date_duration(n);
    if (!a.end || end > *a.end) a.end = end;
    if (day <= end) a.cause = &e;
  }
  acute_ = a;
  return *acute_;
}

EpisodeDay acute_rest_when(const EpisodeSoFar& so_far) {
  EpisodeDay d;
  if (so_far.bone || !so_far.acute().cause) return d;
  d.stage = Stage::acute_rest;
  d.volume = 0;
  d.speedwork = false;
  d.cause = so_far.acute().cause;
  d.episode = &so_far.episode;
  return d;
}

}  // namespace planadj::adjust
