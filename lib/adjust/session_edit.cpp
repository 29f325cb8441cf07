#include "adjust/session_edit.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "adjust/fixed_numbers.h"
#include "adjust/restore.h"
#include "adjust/session_text.h"
#include "planadj/adjust.h"
#include "planadj/duration_text.h"

namespace planadj::adjust {

std::optional<double> volume_of(const Session& s) {
  if (s.distance) return *s.distance;
  if (s.duration) return s.duration->minutes;
  return std::nullopt;
}

Adjustment& touch(Session& s, std::string_view rule, const std::string& reason) {
  if (!s.adjustment) {
    s.adjustment = Adjustment{};
    s.adjustment->rule = std::string(rule);
    s.adjustment->reason = reason;
  }
  return *s.adjustment;
}

void add_change(Session& s, std::string_view change) {
  auto& changes = s.adjustment->changes;
  if (std::find(changes.begin(), changes.end(), change) == changes.end())
    changes.emplace_back(change);
}

std::string replacement_change(std::string_view prefix, const Policy& policy) {
  return std::string(prefix) +
         (policy.replace_runs_with == Replacement::cross_training ? "cross_training" : "rest");
}

void drop_if_unchanged(Session& s) {
  if (s.adjustment && s.adjustment->changes.empty()) s.adjustment.reset();
}

void set_type(Session& s, SessionType t) {
  if (s.type == t) return;
  if (!s.adjustment->original.type) s.adjustment->original.type = s.type;
  s.type = t;
}

namespace {

// Rounds to the nearest multiple of `step`, halves up, on the number as a coach reads it
// (docs/rules.md#rounding): 45 min x 0.7 is 31.499999999999996 in binary floating point,
// printed and meant as 31.5, so 32. A count of steps within kSameNumberSlack of a half
// is that half. Dividing by 1/step when that is a whole number keeps 6.4 exact instead of
// 64 * 0.1 = 6.4000000000000004.
double round_to_step(double v, double step) {
  if (!(step > 0)) return v;
  const double inverse = 1.0 / step;
  const bool whole_inverse = std::abs(inverse - std::round(inverse)) < kSameNumberSlack;
  const double steps = whole_inverse ? v * std::round(inverse) : v / step;
  const double n = std::floor(steps + 0.5 + kSameNumberSlack);
  if (whole_inverse) return n / std::round(inverse);
  return n * step;
}

double floor_to_step(double v, double step) {
  if (!(step > 0)) return v;
  double r = round_to_step(v, step);
  if (r > v + kSameNumberSlack) r = round_to_step(v - step, step);
  return std::max(r, 0.0);
}

// A shorter run climbs proportionally less: without this, the same elevation_gain
// over fewer km would make the run hillier (docs/rules.md#terms terrain, docs/rules.md#invariants
// invariant 2). Floored to whole metres so the gain per km never rises.
void shorten_climb(Session& s, double old_distance) {
  if (!s.elevation_gain || !s.distance || old_distance <= 0 || *s.distance >= old_distance) return;
  double gain = std::floor(*s.elevation_gain * (*s.distance / old_distance));
  // Compare the ratios as effective_terrain computes them, so rounding cannot tip a
  // run over a class boundary (60 m / 4 km -> 42 m / 2.8 km is 15.000000000000002).
  const double before = *s.elevation_gain / old_distance;
  while (gain > 0 && *s.distance > 0 && gain / *s.distance > before) gain -= 1;
  if (gain == *s.elevation_gain) return;
  if (!s.adjustment->original.elevation_gain)
    s.adjustment->original.elevation_gain = s.elevation_gain;
  s.elevation_gain = gain;
}

// A changed duration keeps the input's spelling: `1:20:00` -> `1:04:00`, `45min` ->
// `36min` (docs/rules.md#changed-sessions). A duration built in code stays unspelt.
Duration restyled(double minutes, const Duration& before) {
  return Duration{minutes, before.text.empty() ? "" : duration_in_style(minutes, before.text)};
}

}  // namespace

double round_distance(double v, double ceiling, const Policy& p) {
  return std::min(round_to_step(v, p.rounding_distance), ceiling);
}

double round_minutes(double v, double ceiling, const Policy& p) {
  return std::min(round_to_step(v, p.rounding_duration_minutes), ceiling);
}

bool scale_volume(Session& s, double factor, const Policy& p) {
  factor = std::clamp(factor, 0.0, 1.0);
  bool changed = false;
  if (s.distance) {
    const double v = round_distance(*s.distance * factor, *s.distance, p);
    if (v != *s.distance) {
      if (!s.adjustment->original.distance) s.adjustment->original.distance = s.distance;
      const double before = *s.distance;
      s.distance = v;
      shorten_climb(s, before);
      changed = true;
    }
  }
  if (s.duration) {
    const double v = round_minutes(s.duration->minutes * factor, s.duration->minutes, p);
    if (v != s.duration->minutes) {
      if (!s.adjustment->original.duration) s.adjustment->original.duration = s.duration;
      s.duration = restyled(v, *s.duration);
      changed = true;
    }
  }
  return changed;
}

bool cap_volume(Session& s, double limit, const Policy& p) {
  const auto v = volume_of(s);
  if (!v || *v <= limit || *v <= 0) return false;
  // Scale both distance and duration alike, then floor the measured one to the limit.
  const double factor = limit / *v;
  if (s.distance) {
    const double d = floor_to_step(limit, p.rounding_distance);
    if (!s.adjustment->original.distance) s.adjustment->original.distance = s.distance;
    const double before = *s.distance;
    s.distance = std::min(d, *s.distance);
    shorten_climb(s, before);
    if (s.duration) {
      if (!s.adjustment->original.duration) s.adjustment->original.duration = s.duration;
      const double m = floor_to_step(s.duration->minutes * factor, p.rounding_duration_minutes);
      s.duration = restyled(std::min(m, s.duration->minutes), *s.duration);
    }
  } else {
    if (!s.adjustment->original.duration) s.adjustment->original.duration = s.duration;
    const double m = floor_to_step(limit, p.rounding_duration_minutes);
    s.duration = restyled(std::min(m, s.duration->minutes), *s.duration);
  }
  return true;
}

bool flatten_route(Session& s, Units units) {
  if (effective_terrain(s, units) == Terrain::flat) return false;
  Original& o = s.adjustment->original;
  if (!o.terrain) o.terrain = s.terrain;
  s.terrain = Terrain::flat;
  if (s.route) {
    if (!o.route) o.route = s.route;
    s.route.reset();
  }
  if (s.elevation_gain) {
    if (!o.elevation_gain) o.elevation_gain = s.elevation_gain;
    s.elevation_gain.reset();
  }
  return true;
}

void replace_description(Session& s, std::string text) {
  Original& o = s.adjustment->original;
  if (!o.description) o.description = s.description;
  s.description = std::move(text);
}

namespace {

// A day off has no workout: distance, terrain, route and climb go with the run (a
// cross-training day keeps the time).
void move_run_fields(Session& s, bool cross) {
  Original& o = s.adjustment->original;
  if (s.distance) o.distance = std::exchange(s.distance, std::nullopt);
  if (s.duration && !cross) o.duration = std::exchange(s.duration, std::nullopt);
  if (s.terrain) o.terrain = std::exchange(s.terrain, std::nullopt);
  if (s.route) o.route = std::exchange(s.route, std::nullopt);
  if (s.elevation_gain) o.elevation_gain = std::exchange(s.elevation_gain, std::nullopt);
}

}  // namespace

void replace_run(Session& s, const Policy& p, Units units, std::string_view rule,
                 const std::string& reason, std::string_view change) {
  restore_session(s);
  touch(s, rule, reason);
  Original& o = s.adjustment->original;
  const bool cross = p.replace_runs_with == Replacement::cross_training;
  const std::string instead = replaced_run_description(s, cross, units);
  o.type = s.type;
  s.type = cross ? SessionType::cross_training : SessionType::rest;
  // Cross-training keeps the run's time; a run given by distance alone gets it at an
  // easy pace (docs/rules.md#fixed-numbers).
  if (cross && !s.duration && s.distance) {
    const double pace = units == Units::km ? kEasyMinutesPerKm : kEasyMinutesPerMile;
    const double minutes = *s.distance * pace;
    s.duration = Duration{floor_to_step(minutes, p.rounding_duration_minutes), ""};
    o.duration_added = true;
    // Written where the distance stood; restoring drops the key again.
    auto& keys = s.key_order;
    const auto distance = std::find(keys.begin(), keys.end(), "distance");
    if (distance != keys.end() && std::find(keys.begin(), keys.end(), "duration") == keys.end())
      keys.insert(std::next(distance), "duration");
  }
  move_run_fields(s, cross);
  replace_description(s, instead);
  add_change(s, change);
}

}  // namespace planadj::adjust
