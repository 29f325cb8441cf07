// return-ramp (docs/rules.md#return-ramp): rest "relative to your training load as the injury
// heals"; no run longer than long_run_growth_cap x the longest of the prior 30 days.
#include <optional>

#include "adjust/fixed_numbers.h"
#include "adjust/reason.h"
#include "adjust/rules.h"
#include "adjust/session_edit.h"

namespace planadj::adjust {

namespace {

// The longest run in [day-30, day-1] of the revision, in the measure `by_distance`
// picks (distance, else minutes of duration-only runs); nullopt when there is none.
std::optional<double> longest_prior_run(const Revision& r, Date day, bool by_distance) {
  const Date from = day - boost::gregorian::date_duration(kGrowthCapLookBackDays);
  std::optional<double> longest;
  for (const Session& s : r.sessions) {
    if (s.date < from || s.date >= day || !is_running(s.type)) continue;
    std::optional<double> v;
    if (by_distance && s.distance) v = *s.distance;
    if (!by_distance && !s.distance && s.duration) v = s.duration->minutes;
    if (v && (!longest || *v > *longest)) longest = v;
  }
  return longest;
}

}  // namespace

void apply_return_ramp(Revision& r) {
  for (std::size_t i : r.by_date) {
    Session& s = r.sessions[i];
    const DayStatus& st = r.status[i];
    if (r.frozen[i] || st.stage != Stage::return_ramp || !is_running(s.type) ||
        s.type == SessionType::race)
      continue;
    touch(s, "return-ramp", return_ramp_reason(st));
    ease_run(r, i);
    // With no run in the prior 30 days there is nothing to grow from: no cap.
    const auto longest = longest_prior_run(r, s.date, s.distance.has_value());
    if (longest && *longest > 0 && volume_of(s) &&
        cap_volume(s, r.policy.long_run_growth_cap * *longest, r.policy)) {
      add_change(s, "capped_long_run");
      s.adjustment->reason += growth_cap_clause(r.policy);
    }
    drop_if_unchanged(s);
  }
}

}  // namespace planadj::adjust
