#include "adjust/summary.h"

#include <cmath>
#include <map>
#include <optional>

#include "planadj/adjust.h"

namespace planadj::adjust {

namespace {

// Volumes are rounded to 0.1 (docs/rules.md#summary).
constexpr double kTenthsPerUnit = 10.0;

double tenth(double v) { return std::round(v * kTenthsPerUnit) / kTenthsPerUnit; }

void add_volume(const Session& s, double& distance, double& minutes) {
  if (!is_running(s.type)) return;
  if (s.distance)
    distance += *s.distance;
  else if (s.duration)
    minutes += s.duration->minutes;
}

}  // namespace

Summary summarize(const std::vector<Session>& revised, Units units) {
  Summary sum;
  std::map<Date, std::pair<bool, bool>> ran;  // day -> (ran before, runs after)
  for (const Session& after : revised) {
    // Only a changed session is restored (a copy); any other is its own original.
    std::optional<Session> restored;
    if (after.adjustment) restored = original_session(after);
    const Session& before = restored ? *restored : after;
    auto& day = ran[after.date];
    day.first = day.first || is_running(before.type);
    day.second = day.second || is_running(after.type);
    add_volume(before, sum.volume_before, sum.minutes_before);
    add_volume(after, sum.volume_after, sum.minutes_after);
    if (!after.adjustment) continue;
    ++sum.sessions_changed;
    const ChangeCounts counts = count_change(before, units, after, units);
    sum.speedwork_replaced += counts.speedwork_replaced;
    sum.routes_flattened += counts.route_flattened;
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

namespace planadj {

// A flattened route is told by terrain, not by the change name the tool recorded, so a
// plan edited by hand counts the same way in `diff` as a revision does in its header.
ChangeCounts count_change(const Session& before, Units units_before, const Session& after,
                          Units units_after) {
  ChangeCounts c;
  c.speedwork_replaced = is_speedwork(before.type) && !is_speedwork(after.type);
  c.route_flattened = is_running(after.type) &&
                      effective_terrain(before, units_before) != Terrain::flat &&
                      effective_terrain(after, units_after) == Terrain::flat;
  return c;
}

}  // namespace planadj
