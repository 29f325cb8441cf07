// Test support: random plans, injury logs and policies for the property tests of
// docs/rules.md. Header-only; every draw goes through Rng, so a seed names one case on
// every platform.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "planadj/model.h"
#include "support/rng.h"

namespace planadj::testing {

/// One generated input: everything a property needs, all drawn from `seed`.
struct Case {
  std::uint64_t seed = 0;
  Plan plan;
  InjuryLog log;
  Policy policy;
  bool default_policy = true;
  std::optional<Date> as_of;               ///< unset: no --as-of
  Date cut;                                ///< a day inside the plan (causality, as-of)
  std::vector<InjuryEntry> later_entries;  ///< dated cut or later (causality)
  std::optional<InjuryLog> prior_log;      ///< revise the plan with this log first
};

namespace gen {

/// What one injury is: the keys that group entries into an episode, plus a habit
/// of marking its entries `suspected_bone`.
struct Identity {
  InjuryKind kind = InjuryKind::other_soft_tissue;
  std::optional<Side> side;
  std::optional<std::string> location;
  bool suspects_bone = false;
};

inline Date add_days(Date d, long n) { return d + boost::gregorian::days(n); }

inline std::string duration_text(Rng& rng, int minutes) {
  const int h = minutes / 60, m = minutes % 60;
  switch (rng.between(0, 3)) {
    case 0:
      return std::to_string(minutes);
    case 1:
      return std::to_string(minutes) + "min";
    case 2:
      if (h == 0) return std::to_string(minutes) + "min";
      return m == 0 ? std::to_string(h) + "h" : std::to_string(h) + "h" + std::to_string(m) + "min";
    default: {
      std::string mm = (m < 10 ? "0" : "") + std::to_string(m);
      return std::to_string(h) + ":" + mm + ":00";
    }
  }
}

/// A scalar Value as a reader would store it.
inline Value scalar(std::string text, bool quoted = false) {
  Value v;
  v.kind = Value::Kind::scalar;
  v.text = std::move(text);
  v.quoted = quoted;
  return v;
}

/// An unknown key a coach might add to a session or plan.
inline std::pair<std::string, Value> extra_key(Rng& rng, int n) {
  switch (rng.between(0, 3)) {
    case 0:
      return {"hr_zone" + std::to_string(n), scalar(std::to_string(rng.between(1, 5)))};
    case 1:
      return {"shoes" + std::to_string(n),
              scalar(rng.pick<std::string>({"trail", "racer", "daily trainer"}))};
    case 2:
      return {"coach_code" + std::to_string(n),
              scalar("0" + std::to_string(rng.between(1, 9)), true)};
    default: {
      Value seq;
      seq.kind = Value::Kind::sequence;
      seq.items = {scalar("strides"), scalar("drills")};
      return {"extras" + std::to_string(n), seq};
    }
  }
}

inline SessionType session_type(Rng& rng) {
  // Indexed as SessionType: rest, cross, strength, recovery, easy, long, progression,
  // tempo, threshold, fartlek, hill_repeats, intervals, race.
  static const std::vector<int> weights{10, 5, 4, 6, 22, 10, 5, 5, 5, 5, 5, 6, 3};
  return static_cast<SessionType>(rng.weighted(weights));
}

inline double distance_for(Rng& rng, SessionType t, Units u) {
  const double scale = u == Units::km ? 1.0 : 0.62;
  if (rng.chance(0.02)) return 0;
  if (t == SessionType::race) {
    const double km = rng.pick<double>({5, 10, 21.1, 42.2});
    return u == Units::km ? km : std::round(km * 0.621 * 10) / 10;
  }
  long lo = 30, hi = 160;
  if (t == SessionType::long_run) lo = 120, hi = 320;
  if (rng.chance(0.1))  // two decimals: rounding must never make a session longer
    return std::round(rng.between(lo * 10, hi * 10) * scale) / 100;
  return std::round(rng.between(lo, hi) * scale) / 10;
}

inline Session session(Rng& rng, Date date, Units units) {
  Session s;
  s.date = date;
  s.type = session_type(rng);
  std::vector<std::string> keys{"date", "type"};
  const bool rest_like = s.type == SessionType::rest;
  // 0 distance, 1 duration, 2 both, 3 neither.
  const std::size_t volume =
      rest_like ? rng.weighted({5, 5, 0, 90}) : rng.weighted({50, 25, 20, 5});
  if (volume == 0 || volume == 2) {
    s.distance = distance_for(rng, s.type, units);
    keys.push_back("distance");
  }
  if (volume == 1 || volume == 2) {
    const int minutes = static_cast<int>(s.type == SessionType::long_run ? rng.between(70, 180)
                                                                         : rng.between(15, 120));
    s.duration = Duration{static_cast<double>(minutes), duration_text(rng, minutes)};
    keys.push_back("duration");
  }
  // 0 explicit terrain, 1 elevation gain only, 2 both, 3 neither.
  const std::size_t terrain = rng.weighted({30, 25, 5, 40});
  if (terrain == 0 || terrain == 2) {
    s.terrain = static_cast<Terrain>(rng.between(0, 2));
    keys.push_back("terrain");
  }
  if (rng.chance(0.3)) {
    s.route = rng.pick<std::string>(
        {"River path", "Hill loop", "Track", "Park laps: 3 x 2 km", "Canal towpath", "yes"});
    keys.push_back("route");
  }
  if (terrain == 1 || terrain == 2) {
    const double per_unit = static_cast<double>(rng.between(0, units == Units::km ? 30 : 48));
    const double base = s.distance.value_or(10);
    s.elevation_gain = std::round(per_unit * base);
    keys.push_back("elevation_gain");
  }
  if (rng.chance(0.5)) {
    s.description = rng.pick<std::string>({"Easy aerobic run", "6 x 800 m at 5K pace, 400 m jog",
                                           "Tempo: 3 x 10 min", "Strides after", "keep it chatty"});
    keys.push_back("description");
  }
  if (rng.chance(0.1)) {
    s.extra.push_back(extra_key(rng, 1));
    keys.push_back(s.extra.back().first);
  }
  // Coaches write keys in their own order; the date and type usually lead.
  if (rng.chance(0.15)) rng.shuffle(keys);
  s.key_order = keys;
  return s;
}

/// A plan of 4-20 weeks in km or mi with every session type, doubles and rest days.
inline Plan plan(Rng& rng) {
  Plan p;
  p.source = "generated.yaml";
  p.athlete = rng.pick<std::string>({"jane-doe", "sam.lee", "runner_42"});
  p.units = rng.chance(0.3) ? Units::mi : Units::km;
  p.units_given = p.units == Units::mi || rng.chance(0.5);
  if (rng.chance(0.3)) p.key_order.push_back("version");
  p.key_order.push_back("athlete");
  if (rng.chance(0.5)) {
    p.name = "Spring Half Marathon";
    p.key_order.push_back("name");
  }
  if (p.units_given) p.key_order.push_back("units");
  if (rng.chance(0.1)) {
    p.extra.push_back({"coach", scalar("Alex Runner")});
    p.key_order.push_back("coach");
  }
  p.key_order.push_back("sessions");

  // Mostly short plans keep the suite fast; a few reach 20 weeks.
  const long weeks = rng.chance(0.75) ? rng.between(4, 8) : rng.between(9, 20);
  const Date start = add_days(Date(2025, 1, 1), rng.between(0, 900));
  for (long day = 0; day < weeks * 7; ++day) {
    const Date d = add_days(start, day);
    if (!rng.chance(0.75)) continue;
    p.sessions.push_back(session(rng, d, p.units));
    if (rng.chance(0.08)) p.sessions.push_back(session(rng, d, p.units));  // a double
  }
  if (p.sessions.empty()) p.sessions.push_back(session(rng, start, p.units));
  const std::size_t order = rng.weighted({50, 30, 20});  // sorted, shuffled, a few swaps
  if (order == 1) rng.shuffle(p.sessions);
  if (order == 2) {
    for (int i = 0; i < 3; ++i) {
      const auto n = static_cast<long>(p.sessions.size()) - 1;
      std::swap(p.sessions[rng.between(0, n)], p.sessions[rng.between(0, n)]);
    }
  }
  return p;
}

/// First and last session dates of a plan.
inline std::pair<Date, Date> plan_span(const Plan& p) {
  Date lo = p.sessions.front().date, hi = lo;
  for (const auto& s : p.sessions) lo = std::min(lo, s.date), hi = std::max(hi, s.date);
  return {lo, hi};
}

inline Identity identity(Rng& rng) {
  Identity id;
  id.kind = static_cast<InjuryKind>(rng.between(0, 10));
  if (rng.chance(0.7)) id.side = static_cast<Side>(rng.between(0, 2));
  if (id.kind == InjuryKind::muscle_strain)
    id.location = rng.pick<std::string>({"hamstring", "calf", "quadriceps"});
  else if (id.kind == InjuryKind::sprain)
    id.location = rng.pick<std::string>({"ankle", "foot"});
  else if (rng.chance(0.1))  // a known place of the injury (docs/formats.md#locations)
    id.location = known_locations(id.kind).empty() ? "lower leg"
                                                   : std::string(known_locations(id.kind).back());
  if (id.location && rng.chance(0.1)) id.location.reset();  // the coach forgot it
  id.suspects_bone = !is_bone(id.kind) && rng.chance(0.15);
  return id;
}

/// One entry for `id` dated `date`, with every flag sometimes set.
inline InjuryEntry entry(Rng& rng, const Identity& id, Date date) {
  InjuryEntry e;
  e.date = date;
  e.injury = id.kind;
  e.side = id.side;
  e.location = id.location;
  e.pain = static_cast<int>(rng.chance(0.2) ? 0 : rng.between(0, 10));
  e.during_run = rng.chance(0.8);
  e.persists = rng.chance(0.2);
  e.pop_or_snap = rng.chance(0.07);
  e.swelling = rng.chance(0.15);
  e.resolved = rng.chance(0.15);
  e.cleared = rng.chance(is_bone(id.kind) || id.suspects_bone ? 0.3 : 0.05);
  e.suspected_bone = id.suspects_bone && rng.chance(0.7);
  if (rng.chance(0.2)) e.notes = "sharp at the start, eased off";
  return e;
}

/// A date near the plan: mostly inside it, sometimes up to two weeks before or after.
inline Date entry_date(Rng& rng, Date first, Date last) {
  if (rng.chance(0.8)) return add_days(first, rng.between(0, (last - first).days()));
  return rng.chance(0.5) ? add_days(first, -rng.between(1, 14))
                         : add_days(last, rng.between(1, 14));
}

/// A log of 0-6 entries over the given injuries, in date or random file order.
inline InjuryLog log(Rng& rng, const Plan& p, const std::vector<Identity>& ids) {
  InjuryLog l;
  l.source = "generated-log.yaml";
  l.athlete = p.athlete;
  const auto [first, last] = plan_span(p);
  const long n = rng.chance(0.05) ? 0 : rng.between(1, 6);
  for (long i = 0; i < n; ++i)
    l.entries.push_back(entry(rng, rng.pick(ids), entry_date(rng, first, last)));
  if (rng.chance(0.6))
    std::stable_sort(l.entries.begin(), l.entries.end(),
                     [](const InjuryEntry& a, const InjuryEntry& b) { return a.date < b.date; });
  return l;
}

/// An injury's course, as a runner logs it: entries every 1-4 days with pain easing,
/// often persisting at first, ending `resolved` (or `cleared` for a bone injury) or not.
inline std::vector<InjuryEntry> story(Rng& rng, const Identity& id, Date start) {
  std::vector<InjuryEntry> out;
  const long n = rng.between(2, 6);
  long pain = rng.between(2, 9);
  Date d = start;
  for (long i = 0; i < n; ++i) {
    InjuryEntry e = entry(rng, id, d);
    e.pain = static_cast<int>(pain);
    e.persists = i < 2 && rng.chance(0.6);
    e.pop_or_snap = i == 0 && rng.chance(0.15);
    e.resolved = e.cleared = false;
    if (i == n - 1 && rng.chance(0.7)) {
      e.pain = 0;
      e.persists = false;
      (id.suspects_bone || is_bone(id.kind) ? e.cleared : e.resolved) = true;
    }
    out.push_back(e);
    pain = std::max(0L, pain - rng.between(0, 3));
    d = add_days(d, rng.between(1, 4));
  }
  return out;
}

/// A v2 course (docs/rules.md "Refinements (v2)"): a pop or swelling at the start,
/// follow-ups that often leave out side or location, and an end that is `resolved`,
/// `cleared`, `resolved` then `cleared`, or nothing yet.
inline std::vector<InjuryEntry> follow_ups(Rng& rng, const Identity& id, Date start) {
  auto plain = [&](Date d) {
    InjuryEntry e = entry(rng, id, d);
    e.resolved = e.cleared = e.pop_or_snap = e.persists = false;
    return e;
  };
  auto follow_up = [&](InjuryEntry e) {
    if (rng.chance(0.5)) e.side.reset();
    if (rng.chance(0.3)) e.location.reset();
    return e;
  };
  std::vector<InjuryEntry> out;
  InjuryEntry first = plain(start);
  first.pain = static_cast<int>(rng.between(2, 8));
  first.pop_or_snap = rng.chance(0.6);
  first.swelling = rng.chance(0.5);
  out.push_back(first);
  Date d = start;
  for (long i = rng.between(0, 3); i > 0; --i) {
    d = add_days(d, rng.between(1, 5));
    InjuryEntry e = follow_up(plain(d));
    e.pain = static_cast<int>(rng.between(0, 4));
    out.push_back(e);
  }
  // A pain-free closing follow-up `max_gap` days or fewer after the last entry.
  auto close = [&](long max_gap, bool InjuryEntry::*flag) {
    d = add_days(d, rng.between(1, max_gap));
    InjuryEntry e = follow_up(plain(d));
    e.pain = 0;
    e.swelling = false;
    e.*flag = true;
    out.push_back(e);
  };
  const std::size_t end = rng.weighted({20, 30, 30, 20});  // none, resolved, cleared, both
  if (end == 1 || end == 3) close(10, &InjuryEntry::resolved);
  if (end == 2 || end == 3) close(20, &InjuryEntry::cleared);
  return out;
}

/// The v2 policy keys: swelling rest days, the pop gate, `id:location` hill items.
inline void v2_policy(Rng& rng, Policy& p) {
  p.rest_days_swelling = static_cast<int>(rng.between(0, 5));
  p.pop_needs_clearance = rng.chance(0.7);
  if (rng.chance(0.6))
    p.hill_sensitive.push_back(
        {InjuryKind::muscle_strain, rng.pick<std::string>({"calf", "Calf", "hamstring"})});
  if (rng.chance(0.3)) p.hill_sensitive.push_back({InjuryKind::sprain, std::string("ankle")});
}

inline std::vector<RampStage> ramp(Rng& rng, long max_stages) {
  std::vector<RampStage> stages(static_cast<std::size_t>(rng.between(0, max_stages)));
  for (auto& s : stages) {
    s.days = static_cast<int>(rng.between(1, 14));
    s.volume = static_cast<double>(rng.between(30, 100)) / 100;
    s.speedwork = rng.chance(0.5);
    s.flat_routes = rng.chance(0.5);
  }
  return stages;
}

/// A policy with every number drawn within the ranges a coach may set (factors <= 1).
inline Policy policy(Rng& rng) {
  Policy p;
  p.pain_moderate_from = static_cast<int>(rng.between(2, 6));
  p.pain_severe_from = static_cast<int>(rng.between(p.pain_moderate_from + 1, 10));
  p.rest_days_persists = static_cast<int>(rng.between(1, 5));
  p.rest_days_severe = static_cast<int>(rng.between(1, 7));
  p.rest_days_pop_or_snap = static_cast<int>(rng.between(1, 10));
  p.days_after_last_pain = static_cast<int>(rng.between(1, 14));
  p.volume_pain_free = static_cast<double>(rng.between(50, 100)) / 100;
  p.volume_mild = static_cast<double>(rng.between(40, 100)) / 100;
  p.volume_moderate = static_cast<double>(rng.between(30, 100)) / 100;
  p.volume_severe = static_cast<double>(rng.between(20, 100)) / 100;
  p.min_rest_days_per_week = static_cast<int>(rng.between(0, 4));
  p.hill_sensitive.clear();
  for (int k = 0; k <= 10; ++k)
    if (rng.chance(0.3)) p.hill_sensitive.push_back({static_cast<InjuryKind>(k), std::nullopt});
  p.return_ramp = ramp(rng, 3);
  p.bone_return_ramp = ramp(rng, 5);
  p.long_run_growth_cap = static_cast<double>(rng.between(100, 150)) / 100;
  p.replace_runs_with = rng.chance(0.5) ? Replacement::rest : Replacement::cross_training;
  p.rounding_distance = rng.pick<double>({0.1, 0.1, 0.25, 0.5, 1.0});
  p.rounding_duration_minutes = static_cast<int>(rng.pick<long>({1, 1, 5}));
  return p;
}

/// Text a coach might type that looks like YAML or is not ASCII: every writer must
/// quote it so that it reads back as the same string.
inline std::string awkward_text(Rng& rng) {
  return rng.pick<std::string>({"Café ✓ 10 × 400 m",
                                "日本語のラン",
                                "yes",
                                "null",
                                "~",
                                "- item",
                                "key: value",
                                "#not a comment",
                                "'quoted'",
                                "\"double\"",
                                "&anchor",
                                "*alias",
                                "[1, 2]",
                                "{a: 1}",
                                "1:30:00",
                                "2026-03-02",
                                "0x1F",
                                "  leading space",
                                "trailing: ",
                                "emoji 🏃‍♀️ run",
                                "tab\there",
                                "back\\slash",
                                "% percent",
                                "@at",
                                "`tick`"});
}

/// Widens a generated case (docs/formats.md accepts all of it): a year or four of
/// sessions after the plan, durations with seconds, awkward text, a daily log, and
/// the policy's edge values. Drawn after every other draw, so earlier seeds keep their
/// cases apart from these additions.
inline void widen(Rng& rng, Plan& p, InjuryLog& l, Policy* policy,
                  const std::vector<Identity>& ids) {
  if (rng.chance(0.04)) {  // a year-long plan, now and then a four-year one
    const long days = rng.chance(0.25) ? 4 * 365 : 365;
    const Date from = add_days(plan_span(p).second, 1);
    for (long day = 0; day < days; ++day)
      if (rng.chance(0.6)) p.sessions.push_back(session(rng, add_days(from, day), p.units));
  }
  if (rng.chance(0.15))  // durations with seconds: 1:23:45
    for (auto& s : p.sessions)
      if (s.duration && rng.chance(0.5)) {
        const long total = static_cast<long>(s.duration->minutes) * 60 + rng.between(1, 59);
        const long h = total / 3600, m = total / 60 % 60, sec = total % 60;
        s.duration = Duration{static_cast<double>(total) / 60.0,
                              std::to_string(h) + ":" + (m < 10 ? "0" : "") + std::to_string(m) +
                                  ":" + (sec < 10 ? "0" : "") + std::to_string(sec)};
      }
  if (rng.chance(0.15))
    for (auto& s : p.sessions)
      if (s.description && rng.chance(0.4)) s.description = awkward_text(rng);
  if (rng.chance(0.05)) {  // a daily log: every day for three to eight weeks
    const Identity& id = rng.pick(ids);
    const Date from = entry_date(rng, plan_span(p).first, plan_span(p).second);
    long pain = rng.between(1, 6);
    for (long day = 0, n = rng.between(21, 56); day < n; ++day) {
      InjuryEntry e = entry(rng, id, add_days(from, day));
      e.pain = static_cast<int>(pain);
      e.resolved = e.cleared = false;
      l.entries.push_back(e);
      pain = std::clamp(pain + rng.between(-1, 1), 0L, 10L);
    }
  }
  if (policy && rng.chance(0.3)) {  // the edge values the policy reader accepts
    if (rng.chance(0.5)) policy->days_after_last_pain = 0;
    if (rng.chance(0.5)) policy->rest_days_persists = policy->rest_days_severe = 0;
    if (rng.chance(0.3)) policy->rest_days_pop_or_snap = 0;
    if (rng.chance(0.5)) policy->min_rest_days_per_week = static_cast<int>(rng.between(5, 7));
  }
}

}  // namespace gen

/// The case named by `seed`: a plan, a log, a policy (default 60% of the time), an
/// as-of date (none 40% of the time), a cut date with later entries, and sometimes a
/// prior log to revise the plan with first.
inline Case make_case(std::uint64_t seed) {
  Rng rng(seed);
  Case c;
  c.seed = seed;
  c.plan = gen::plan(rng);
  std::vector<gen::Identity> ids(static_cast<std::size_t>(rng.between(1, 3)));
  for (auto& id : ids) id = gen::identity(rng);
  c.log = gen::log(rng, c.plan, ids);
  c.default_policy = rng.chance(0.6);
  if (!c.default_policy) c.policy = gen::policy(rng);
  const auto [first, last] = gen::plan_span(c.plan);
  if (rng.chance(0.6)) c.as_of = gen::add_days(first, rng.between(-7, (last - first).days() + 7));
  c.cut = gen::add_days(first, rng.between(0, (last - first).days()));
  const long later = rng.between(1, 3);
  for (long i = 0; i < later; ++i) {
    const auto id = rng.chance(0.7) ? rng.pick(ids) : gen::identity(rng);
    const Date d =
        gen::add_days(c.cut, rng.chance(0.3) ? 0 : rng.between(0, (last - c.cut).days() + 3));
    c.later_entries.push_back(gen::entry(rng, id, d));
  }
  if (rng.chance(0.2)) c.prior_log = gen::log(rng, c.plan, {gen::identity(rng), rng.pick(ids)});
  // Drawn last so that adding it kept the earlier draws (and the seeds in FINDINGS.md).
  if (rng.chance(0.25)) {
    const auto more = gen::story(rng, rng.pick(ids), gen::entry_date(rng, first, last));
    c.log.entries.insert(c.log.entries.end(), more.begin(), more.end());
  }
  if (rng.chance(0.1) && !c.log.entries.empty()) {  // two entries on one day
    auto twin = gen::entry(rng, gen::identity(rng), c.log.entries.back().date);
    c.log.entries.push_back(twin);
  }
  // v2: pops, swelling, follow-ups without side or location, clearances and
  // `id:location` policies; drawn after everything above, which keeps the earlier draws.
  if (rng.chance(0.35)) {
    const auto more = gen::follow_ups(rng, rng.pick(ids), gen::entry_date(rng, first, last));
    c.log.entries.insert(c.log.entries.end(), more.begin(), more.end());
  }
  if (!c.default_policy) gen::v2_policy(rng, c.policy);
  gen::widen(rng, c.plan, c.log, c.default_policy ? nullptr : &c.policy, ids);
  return c;
}

}  // namespace planadj::testing
