// reduced-load (docs/rules.md#reduced-load): "slightly reduce your mileage and avoid any interval
// workouts"; "opt for flatter routes, as hills can aggravate the injury".
#include <algorithm>
#include <map>
#include <tuple>

#include "adjust/fixed_numbers.h"
#include "adjust/reason.h"
#include "adjust/rule.h"
#include "adjust/rules.h"
#include "adjust/session_edit.h"
#include "planadj/iso_week.h"

namespace planadj::adjust {

namespace {

bool in_reduced_load(const Revision& r, std::size_t i) {
  return !r.frozen[i] && r.status[i].stage == Stage::reduced_load;
}

// For ordering runs of different measures only: minutes at an easy pace.
double comparable_minutes(const Session& s, Units units) {
  if (s.distance)
    return *s.distance * (units == Units::km ? kEasyMinutesPerKm : kEasyMinutesPerMile);
  if (s.duration) return s.duration->minutes;
  return 0;
}

// No doubles: the first run of a day stays (a race always stays), later ones rest.
void no_doubles(Revision& r) {
  std::map<Date, std::vector<std::size_t>> runs_by_day;
  for (std::size_t i : r.by_date)
    if (in_reduced_load(r, i) && is_running(r.sessions[i].type))
      runs_by_day[r.sessions[i].date].push_back(i);
  for (auto& [day, runs] : runs_by_day) {
    if (runs.size() < 2) continue;
    auto keep = std::find_if(runs.begin(), runs.end(), [&](std::size_t i) {
      return r.sessions[i].type == SessionType::race;
    });
    const std::size_t kept = keep == runs.end() ? runs.front() : *keep;
    for (std::size_t i : runs) {
      if (i == kept || r.sessions[i].type == SessionType::race) continue;
      replace_run(r.sessions[i], r.policy, r.units, "reduced-load", double_reason(r.status[i]),
                  replacement_change("double_to_", r.policy));
    }
  }
}

// Each ISO week keeps >= min_rest_days_per_week days without a run, converting days
// inside the window only: the shortest non-long runs first, latest first among equals.
void rest_days(Revision& r) {
  std::map<Date, bool> weeks;  // Monday of each ISO week with reduced-load days
  for (std::size_t i : r.by_date)
    if (in_reduced_load(r, i)) {
      const Date d = r.sessions[i].date;
      weeks[iso_monday(d)] = true;
    }
  for (const auto& [monday, unused] : weeks) {
    (void)unused;
    const Date sunday = iso_sunday(monday);
    std::map<Date, std::vector<std::size_t>> runs_by_day;
    const auto [first, last] = r.dated(monday, sunday);
    for (auto it = first; it != last; ++it)
      if (is_running(r.sessions[*it].type)) runs_by_day[r.sessions[*it].date].push_back(*it);
    int need =
        r.policy.min_rest_days_per_week - (kDaysPerWeek - static_cast<int>(runs_by_day.size()));
    if (need <= 0) continue;
    // Candidates: days whose runs are all inside the window and none long or a race.
    std::vector<std::tuple<double, Date>> candidates;
    for (const auto& [day, runs] : runs_by_day) {
      bool ok = true;
      double minutes = 0;
      for (std::size_t i : runs) {
        const Session& s = r.sessions[i];
        ok = ok && in_reduced_load(r, i) && s.type != SessionType::long_run &&
             s.type != SessionType::race;
        minutes += comparable_minutes(s, r.units);
      }
      if (ok) candidates.emplace_back(minutes, day);
    }
    std::sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
      if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) < std::get<0>(b);
      return std::get<1>(a) > std::get<1>(b);
    });
    for (const auto& [minutes, day] : candidates) {
      (void)minutes;
      if (need-- <= 0) break;
      for (std::size_t i : runs_by_day[day])
        replace_run(r.sessions[i], r.policy, r.units, "reduced-load",
                    rest_day_reason(r.status[i], r.policy), replacement_change("to_", r.policy));
    }
  }
}

}  // namespace

void apply_reduced_load(Revision& r, std::size_t i) {
  Session& s = r.sessions[i];
  if (!is_running(s.type)) return;
  const DayStatus& st = r.status[i];
  touch(s, "reduced-load", reduced_load_reason(st));
  ease_run(r, i);
  drop_if_unchanged(s);
}

void apply_reduced_load_weeks(Revision& r) {
  no_doubles(r);
  rest_days(r);
}

double pain_volume_factor(int pain, const Policy& p) {
  if (pain <= 0) return std::clamp(p.volume_pain_free, 0.0, 1.0);
  if (pain >= p.pain_severe_from) return std::clamp(p.volume_severe, 0.0, 1.0);
  if (pain >= p.pain_moderate_from) return std::clamp(p.volume_moderate, 0.0, 1.0);
  return std::clamp(p.volume_mild, 0.0, 1.0);
}

namespace {

// The pop gate (docs/rules.md#return-ramp): under `pop_needs_clearance`, a pop among
// the first `known` entries holds reduced load until a `cleared` entry.
bool popped(const std::vector<InjuryEntry>& entries, std::size_t known, const Policy& p) {
  return p.pop_needs_clearance &&
         std::any_of(entries.begin(), entries.begin() + static_cast<long>(known),
                     [](const InjuryEntry& e) { return e.pop_or_snap; });
}

// The last entry that reports anything but a pain-free day, or none.
std::optional<Date> last_pain(const EpisodeSoFar& so_far) {
  std::optional<Date> last;
  for (std::size_t i = 0; i < so_far.known; ++i) {
    const InjuryEntry& e = so_far.episode.entries[i];
    if (e.pain >= 1 || acute_rest_days(e, so_far.policy) > 0 || e.pop_or_snap || e.persists ||
        e.swelling)
      last = e.date;
  }
  return last;
}

}  // namespace

bool needs_clearance(const Episode& ep, const Policy& p) {
  return ep.bone() || popped(ep.entries, ep.entries.size(), p);
}

// When: days_after_last_pain from the later of the acute window's end and the last
// painful entry, or the day of a `resolved` entry — never cutting an acute window
// short. Under the pop gate only `cleared` ends it, and without one it has no end.
const EpisodeSoFar::LoadEnd& EpisodeSoFar::load_end() const {
  if (load_end_) return *load_end_;
  const auto& entries = episode.entries;
  const std::optional<Date> acute_end = acute().end;
  const std::optional<Date> pain = last_pain(*this);
  Date end = pain ? *pain : entries.front().date;
  if (acute_end && *acute_end > end) end = *acute_end;
  end += boost::gregorian::date_duration(policy.days_after_last_pain);
  LoadEnd le{end, end};
  const bool gated = popped(entries, known, policy);
  if (gated) le.end.reset();
  for (std::size_t i = 0; i < known; ++i) {
    const InjuryEntry& e = entries[i];
    if (!(gated ? e.cleared : e.resolved)) continue;
    const Date closed = acute_end ? std::max(*acute_end, e.date) : e.date;
    le.end = gated ? closed : std::min(end, closed);
    break;
  }
  load_end_ = le;
  return *load_end_;
}

EpisodeDay reduced_load_when(const EpisodeSoFar& so_far) {
  EpisodeDay d;
  const EpisodeSoFar::LoadEnd& le = so_far.load_end();
  if (so_far.bone || (le.end && so_far.day > *le.end)) return d;
  d.episode = &so_far.episode;
  d.cause = &so_far.latest();
  d.stage = Stage::reduced_load;
  d.volume = pain_volume_factor(d.cause->pain, so_far.policy);
  d.speedwork = false;
  d.flat_routes = hill_sensitive(so_far.episode, so_far.policy);
  d.awaiting_clearance = !le.end && so_far.day > le.ordinary_end;
  return d;
}

}  // namespace planadj::adjust
