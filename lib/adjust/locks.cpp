// Hand edits and locks (docs/rules.md#locked-sessions): what the tool wrote, whether a
// session still holds it, and the history a new revision keeps (docs/batch.md#history).
#include <map>
#include <vector>

#include "planadj/adjust.h"

namespace planadj {
namespace {

bool same_duration(const std::optional<Duration>& a, const std::optional<Duration>& b) {
  if (!a || !b) return a.has_value() == b.has_value();
  return a->minutes == b->minutes;
}

}  // namespace

Original written_values(const Session& s) {
  Original w;
  if (!s.adjustment) return w;
  const Original& o = s.adjustment->original;
  if (o.type) w.type = s.type;
  if (o.distance) w.distance = s.distance;
  if (o.duration) w.duration = s.duration;
  if (o.terrain) w.terrain = s.terrain;
  if (o.route) w.route = s.route;
  if (o.elevation_gain) w.elevation_gain = s.elevation_gain;
  // The generated description ("Rest day, instead of: …") is recorded too, so a coach who
  // rewrites it is seen like any other hand edit (docs/rules.md#locked-sessions).
  if (o.description) w.description = s.description;
  return w;
}

bool edited_by_hand(const Session& s) {
  if (!s.adjustment || !s.adjustment->wrote) return false;
  const Original& w = *s.adjustment->wrote;
  // A field the record names holds, in the inner optional, what was written; an
  // unset inner value means the tool left that key out.
  return (w.type && *w.type != s.type) || (w.distance && *w.distance != s.distance) ||
         (w.duration && !same_duration(*w.duration, s.duration)) ||
         (w.terrain && *w.terrain != s.terrain) || (w.route && *w.route != s.route) ||
         (w.elevation_gain && *w.elevation_gain != s.elevation_gain) ||
         (w.description && *w.description != s.description);
}

std::size_t lock_hand_edits(Plan& plan) {
  std::size_t locked = 0;
  for (auto& s : plan.sessions)
    if (!s.locked && edited_by_hand(s)) {
      s.locked = true;
      ++locked;
    }
  return locked;
}

Plan with_history(const Plan& plan, const Plan& previous, std::optional<Date> as_of) {
  Plan told = previous;
  lock_hand_edits(told);
  // The previous revision's sessions by date, in file order within a date.
  std::map<Date, std::vector<const Session*>> by_date;
  for (const auto& s : told.sessions) by_date[s.date].push_back(&s);
  Plan out = plan;
  std::map<Date, std::size_t> seen;
  for (auto& s : out.sessions) {
    const std::size_t k = seen[s.date]++;
    const auto it = by_date.find(s.date);
    if (it == by_date.end() || k >= it->second.size()) continue;
    const Session& was = *it->second[k];
    // Before --as-of: what the athlete was told. From it on: the roster plan, unless
    // the coach locked or edited that session in the revision.
    if ((as_of && s.date < *as_of) || was.locked) s = was;
  }
  return out;
}

}  // namespace planadj
