// return-ramp (docs/rules.md#return-ramp): rest "relative to your training load as the injury
// heals"; no run longer than long_run_growth_cap x the longest of the prior 30 days.
#include "adjust/reason.h"
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

}  // namespace planadj::adjust
