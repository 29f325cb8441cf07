// Hand edits and locks (docs/rules.md#locked-sessions): what the tool wrote, whether a
// session still holds it, and the history a new revision keeps (docs/batch.md#history).
#include <algorithm>
#include <numeric>
#include <vector>

#include "planadj/adjust.h"

namespace planadj {
namespace {

bool same_duration(const std::optional<Duration>& a, const std::optional<Duration>& b) {
  if (!a || !b) return a.has_value() == b.has_value();
  return a->minutes == b->minutes;
}

// A session of the previous revision the tool never touched that says just what the
// roster's says: the roster's own is kept, bytes and anchors with it. Taking the
// revision's instead would give a session of another file, whose anchors the writer
// must drop (they would rebind this file's aliases), so a plan written with `&easy` and
// `<<: *easy` would be rewritten expanded on the second night, with nothing new.
bool same_as_told(const Session& roster, const Session& was) {
  if (roster.adjustment || was.adjustment || roster.locked || was.locked) return false;
  const auto same_extra = [&] {
    if (roster.extra.size() != was.extra.size()) return false;
    for (std::size_t i = 0; i < roster.extra.size(); ++i)
      if (roster.extra[i].first != was.extra[i].first ||
          !same_value(roster.extra[i].second, was.extra[i].second, Quoting::compared))
        return false;
    return true;
  };
  const bool same_text =
      !roster.duration || !was.duration || roster.duration->text == was.duration->text;
  return roster.date == was.date && roster.type == was.type && roster.distance == was.distance &&
         same_duration(roster.duration, was.duration) && same_text &&
         roster.terrain == was.terrain && roster.route == was.route &&
         roster.elevation_gain == was.elevation_gain && roster.description == was.description &&
         roster.key_order == was.key_order && same_extra();
}

// The indices of `sessions` by date, in file order within a date.
std::vector<std::size_t> date_order(const std::vector<Session>& sessions) {
  std::vector<std::size_t> order(sessions.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&sessions](std::size_t a, std::size_t b) {
    return sessions[a].date < sessions[b].date;
  });
  return order;
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

Plan with_history(Plan plan, Plan previous, std::optional<Date> as_of) {
  lock_hand_edits(previous);
  const std::vector<std::size_t> now = date_order(plan.sessions);
  const std::vector<std::size_t> told = date_order(previous.sessions);
  // The k-th session of a date in `plan` goes with the k-th of that date in `previous`;
  // each session of `previous` has at most one match, so it can be moved.
  for (std::size_t i = 0, j = 0; i < now.size() && j < told.size();) {
    Session& s = plan.sessions[now[i]];
    Session& was = previous.sessions[told[j]];
    if (s.date < was.date) {
      ++i;
    } else if (was.date < s.date) {
      ++j;
    } else {
      // Before --as-of: what the athlete was told. From it on: the roster plan, unless
      // the coach locked or edited that session in the revision.
      if (((as_of && s.date < *as_of) || was.locked) && !same_as_told(s, was)) s = std::move(was);
      ++i;
      ++j;
    }
  }
  return plan;
}

}  // namespace planadj
