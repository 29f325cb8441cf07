#include "adjust/summary.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "adjust/restore.h"

namespace planadj::adjust {

namespace {

double tenth(double v) { return std::round(v * 10.0) / 10.0; }

void add_volume(const Session& s, double& distance, double& minutes) {
  if (!is_running(s.type)) return;
  if (s.distance) distance += *s.distance;
  else if (s.duration) minutes += s.duration->minutes;
}

}  // namespace

Summary summarize(const std::vector<Session>& revised) {
  Summary sum;
  std::map<Date, std::pair<bool, bool>> ran;  // day -> (ran before, runs after)
  for (const Session& after : revised) {
    Session before = after;
    restore_session(before);
    auto& day = ran[after.date];
    day.first = day.first || is_running(before.type);
    day.second = day.second || is_running(after.type);
    add_volume(before, sum.volume_before, sum.minutes_before);
    add_volume(after, sum.volume_after, sum.minutes_after);
    if (!after.adjustment) continue;
    ++sum.sessions_changed;
    if (is_speedwork(before.type) && !is_speedwork(after.type)) ++sum.speedwork_replaced;
    const auto& c = after.adjustment->changes;
    if (std::find(c.begin(), c.end(), "route_flattened") != c.end()) ++sum.routes_flattened;
  }
  for (const auto& [date, day] : ran)
    if (day.first && !day.second) ++sum.rest_days_inserted;
  sum.volume_before = tenth(sum.volume_before);
  sum.volume_after = tenth(sum.volume_after);
  sum.minutes_before = tenth(sum.minutes_before);
  sum.minutes_after = tenth(sum.minutes_after);
  return sum;
}

}  // namespace planadj::adjust
