// Test support: the invariants of docs/rules.md#invariants (and the promises around them) as
// properties over generated cases. Each takes the pipeline as a function, so the
// self-tests can show that a broken pipeline is caught. See tests/property/README.md.
#pragma once

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <utility>

#include "planadj/adjust.h"
#include "planadj/readers.h"
#include "planadj/writers.h"
#include "support/case_dump.h"
#include "support/model_equal.h"
#include "support/property.h"

namespace planadj::testing {

/// The pipeline under test: adjust_plan, or a deliberately broken stand-in.
using AdjustFn =
    std::function<AdjustResult(const Plan&, const InjuryLog*, const Policy&, std::optional<Date>)>;

namespace props {

using eq_detail::show;

inline const std::set<std::string>& rule_ids() {
  static const std::set<std::string> ids{"bone-stop", "acute-rest", "reduced-load", "return-ramp",
                                         "race-conflict"};
  return ids;
}

inline Plan adjust(const AdjustFn& fn, const Plan& p, const InjuryLog* log, const Case& c,
                   std::optional<Date> as_of) {
  return fn(p, log, c.policy, as_of).revised;
}

/// Whether the pipeline refuses the log (an ambiguous or unmatched follow-up,
/// docs/rules.md#follow-ups): the tool then writes nothing, so no invariant of the
/// revision applies.
inline bool refused(const AdjustFn& fn, const Plan& p, const InjuryLog* log, const Case& c,
                    std::optional<Date> as_of) {
  return has_errors(fn(p, log, c.policy, as_of).diagnostics);
}

/// The plan handed to the tool: the generated plan, or (with a prior log) its revision.
inline Plan input_plan(const AdjustFn& fn, const Case& c) {
  if (!c.prior_log) return c.plan;
  return adjust(fn, c.plan, &*c.prior_log, c, std::nullopt);
}

inline InjuryLog log_until(const InjuryLog& log, Date last) {
  InjuryLog out = log;
  out.entries.clear();
  for (const auto& e : log.entries)
    if (e.date <= last) out.entries.push_back(e);
  return out;
}

inline std::string at(const Session& s, std::size_t i) {
  return "session [" + std::to_string(i) + "] " + show(s.date) + " " + show(s.type) + ": ";
}

inline std::string same_shape(const Plan& revised, const Plan& original) {
  if (revised.sessions.size() != original.sessions.size())
    return "session count " + std::to_string(revised.sessions.size()) +
           " != " + std::to_string(original.sessions.size()) + " (a session was added or removed)";
  for (std::size_t i = 0; i < revised.sessions.size(); ++i)
    if (revised.sessions[i].date != original.sessions[i].date)
      return at(original.sessions[i], i) + "moved to " + show(revised.sessions[i].date);
  return {};
}

inline constexpr double kSlack = 1e-9;

/// A run replaced by cross-training keeps the run's time, not more: its duration, or
/// its distance at 6 min/km (10 min/mi) rounded down to within one `step` of minutes
/// (docs/rules.md#changed-sessions). Empty when `r` is no such replacement or its time
/// is right.
inline std::string cross_training_time(const Session& r, const Session& o, Units units,
                                       double step) {
  if (r.type != SessionType::cross_training || !is_running(o.type)) return {};
  std::optional<double> run_time;
  if (o.duration)
    run_time = o.duration->minutes;
  else if (o.distance)
    run_time = *o.distance * (units == Units::km ? 6.0 : 10.0);
  if (!run_time) return r.duration ? "cross-training got a time from nowhere" : "";
  const bool kept = r.duration && r.duration->minutes <= *run_time + kSlack &&
                    r.duration->minutes > *run_time - step - kSlack;
  if (!kept)
    return "cross-training time " + show(r.duration) + " is not the run's " +
           std::to_string(*run_time) + " min";
  return {};
}

/// Invariant 2 for one session: intensity, volume and terrain never go up. A run
/// replaced by cross-training has no running volume; its time is checked instead.
inline std::string harder(const Session& r, const Session& o, Units units,
                          double minutes_step = 1) {
  if (intensity(r.type) > intensity(o.type))
    return "type " + show(o.type) + " became harder " + show(r.type);
  if (r.distance && (!o.distance || *r.distance > *o.distance + kSlack))
    return "distance grew " + show(o.distance) + " -> " + show(*r.distance);
  if (r.type == SessionType::cross_training && is_running(o.type))
    return cross_training_time(r, o, units, minutes_step);
  if (r.duration && (!o.duration || r.duration->minutes > o.duration->minutes + kSlack))
    return "duration grew " + show(o.duration) + " -> " + show(*r.duration);
  const Terrain rt = effective_terrain(r, units), ot = effective_terrain(o, units);
  if (rt > ot) return "terrain got hillier " + show(ot) + " -> " + show(rt);
  return {};
}

/// ISO 8601 (year, week) of a day: the year is the year of that week's Thursday.
inline std::pair<int, int> iso_week(const Date& d) {
  const int monday_based = (d.day_of_week().as_number() + 6) % 7;  // Monday 0
  const Date thursday = d + boost::gregorian::days(3 - monday_based);
  return {static_cast<int>(thursday.year()), d.week_number()};
}

struct WeekVolume {
  double distance = 0;  ///< running sessions with a distance
  double minutes = 0;   ///< running sessions without one
};

inline std::map<std::pair<int, int>, WeekVolume> weekly_running_volume(const Plan& p) {
  std::map<std::pair<int, int>, WeekVolume> weeks;
  for (const auto& s : p.sessions) {
    if (!is_running(s.type)) continue;
    auto& w = weeks[iso_week(s.date)];
    if (s.distance)
      w.distance += *s.distance;
    else if (s.duration)
      w.minutes += s.duration->minutes;
  }
  return weeks;
}

inline std::string first_line_difference(const std::string& a, const std::string& b) {
  std::size_t line = 1, i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i])
    if (a[i++] == '\n') ++line;
  auto line_at = [&](const std::string& s) {
    const auto from = s.rfind('\n', i == 0 ? 0 : i - 1);
    const auto start = from == std::string::npos || i == 0 ? 0 : from + 1;
    return s.substr(start, s.find('\n', start) - start);
  };
  return "line " + std::to_string(line) + ": \"" + line_at(a) + "\" vs \"" + line_at(b) + "\"";
}

}  // namespace props

// ---- docs/rules.md#invariants ------------------------------------------------------

/// 1. No session dated before as_of changes; entries dated after as_of are ignored.
/// Without an as_of in the case, the cut date serves as one.
inline Property invariant1(AdjustFn fn) {
  using namespace props;
  return [fn](const Case& c) -> std::string {
    const Date as_of = c.as_of.value_or(c.cut);
    const Plan in = input_plan(fn, c);
    if (refused(fn, in, &c.log, c, as_of)) return {};
    const Plan out = adjust(fn, in, &c.log, c, as_of);
    if (auto d = same_shape(out, in); !d.empty()) return d;
    for (std::size_t i = 0; i < in.sessions.size(); ++i) {
      if (in.sessions[i].date >= as_of) continue;
      if (auto d = session_diff(out.sessions[i], in.sessions[i]); !d.empty())
        return at(in.sessions[i], i) + "before as_of " + show(as_of) + " but changed: " + d;
    }
    const InjuryLog known = log_until(c.log, as_of);
    const Plan without_later = adjust(fn, in, &known, c, as_of);
    if (auto d = sessions_diff(out.sessions, without_later.sessions); !d.empty())
      return "entries after as_of " + show(as_of) + " changed sessions: " + d;
    if (out.adjusted && without_later.adjusted) {
      auto d = summary_diff(out.adjusted->summary, without_later.adjusted->summary);
      if (d.empty()) d = referrals_diff(out.adjusted->referrals, without_later.adjusted->referrals);
      if (d.empty()) d = injuries_diff(out.adjusted->injuries, without_later.adjusted->injuries);
      if (!d.empty()) return "entries after as_of " + show(as_of) + " changed the header: " + d;
      for (const auto& r : out.adjusted->referrals)
        if (r.date > as_of) return "referral dated " + show(r.date) + " after as_of";
    }
    return {};
  };
}

/// The first running session after a bone entry (dated after it, on or after as_of),
/// when no `cleared` entry of the log comes before it: docs/rules.md#bone-stop says it
/// must be off. Returns its index, or -1.
inline long run_inside_bone_stop(const Case& c) {
  const InjuryLog known = c.as_of ? props::log_until(c.log, *c.as_of) : c.log;
  std::optional<Date> first_bone;
  for (const auto& e : known.entries)
    if (e.bone() && (!first_bone || e.date < *first_bone)) first_bone = e.date;
  if (!first_bone) return -1;
  for (std::size_t i = 0; i < c.plan.sessions.size(); ++i) {
    const Session& s = c.plan.sessions[i];
    if (s.date <= *first_bone || (c.as_of && s.date < *c.as_of) || !is_running(s.type)) continue;
    for (const auto& e : known.entries)
      if (e.cleared && e.date < s.date) return -1;  // a clearance may end it (ramp)
    return static_cast<long>(i);
  }
  return -1;
}

/// 2. No session gets harder (intensity, distance, duration, effective terrain), and
/// none is added, removed or moved. Counts cases that changed something in `changed`.
/// Injured plans change: a run inside a bone stop must be off (the check that a
/// pipeline returning the plan unchanged fails).
inline Property invariant2(AdjustFn fn, long* changed_cases = nullptr) {
  using namespace props;
  return [fn, changed_cases](const Case& c) -> std::string {
    const Plan in = input_plan(fn, c);
    if (refused(fn, in, &c.log, c, c.as_of)) return {};
    const Plan out = adjust(fn, in, &c.log, c, c.as_of);
    if (auto d = same_shape(out, c.plan); !d.empty()) return d;
    bool changed = false;
    for (std::size_t i = 0; i < out.sessions.size(); ++i) {
      const auto& o = c.plan.sessions[i];
      if (auto d = harder(out.sessions[i], o, c.plan.units, c.policy.rounding_duration_minutes);
          !d.empty())
        return at(o, i) + d;
      changed |= !session_diff(out.sessions[i], o).empty();
    }
    if (const long i = run_inside_bone_stop(c); i >= 0 && is_running(out.sessions[i].type))
      return at(c.plan.sessions[i], i) + "a run inside a bone stop stayed a run";
    if (changed_cases) *changed_cases += changed;
    return {};
  };
}

/// 3. Each ISO week's running volume (distance; minutes of distance-less sessions) in
/// the revision is at most the original's.
inline Property invariant3(AdjustFn fn) {
  using namespace props;
  return [fn](const Case& c) -> std::string {
    const Plan out = adjust(fn, input_plan(fn, c), &c.log, c, c.as_of);
    const auto before = weekly_running_volume(c.plan);
    for (const auto& [week, after] : weekly_running_volume(out)) {
      const auto it = before.find(week);
      const WeekVolume was = it == before.end() ? WeekVolume{} : it->second;
      const std::string name = std::to_string(week.first) + "-W" + std::to_string(week.second);
      if (after.distance > was.distance + kSlack)
        return name + ": running distance " + show(was.distance) + " -> " + show(after.distance);
      if (after.minutes > was.minutes + kSlack)
        return name + ": running minutes (no distance) " + show(was.minutes) + " -> " +
               show(after.minutes);
    }
    return {};
  };
}

/// 4. Causality: adding entries dated `cut` or later never changes sessions dated
/// `cut` or earlier.
inline Property invariant4(AdjustFn fn) {
  using namespace props;
  return [fn](const Case& c) -> std::string {
    const Plan in = input_plan(fn, c);
    InjuryLog more = c.log;
    more.entries.insert(more.entries.end(), c.later_entries.begin(), c.later_entries.end());
    if (refused(fn, in, &more, c, c.as_of) || refused(fn, in, &c.log, c, c.as_of)) return {};
    const Plan base = adjust(fn, in, &c.log, c, c.as_of);
    const Plan with_more = adjust(fn, in, &more, c, c.as_of);
    if (auto d = same_shape(with_more, base); !d.empty()) return d;
    for (std::size_t i = 0; i < in.sessions.size(); ++i) {
      if (in.sessions[i].date > c.cut) continue;
      if (auto d = session_diff(with_more.sessions[i], base.sessions[i]); !d.empty())
        return at(in.sessions[i], i) + "changed by entries dated " + show(c.cut) +
               " or later: " + d;
    }
    return {};
  };
}

/// 5. Idempotence at model level: adjust(revised) == revised, and restore_original
/// gives back the plan the coach wrote.
inline Property invariant5(AdjustFn fn) {
  using namespace props;
  return [fn](const Case& c) -> std::string {
    const Plan once = adjust(fn, input_plan(fn, c), &c.log, c, c.as_of);
    const Plan twice = adjust(fn, once, &c.log, c, c.as_of);
    if (auto d = plan_diff(twice, once); !d.empty()) return "second run differs: " + d;
    const Plan restored = restore_original(once);
    if (restored.adjusted) return "restore_original kept the adjusted header";
    if (auto d = plan_fields_diff(restored, c.plan); !d.empty()) return "restored plan: " + d;
    if (auto d = sessions_diff(restored.sessions, c.plan.sessions); !d.empty())
      return "restore_original does not give the original back: " + d;
    return {};
  };
}

/// 5. Idempotence by bytes: write(adjust(parse(write(revised)))) == write(revised).
inline Property invariant5_yaml(AdjustFn fn) {
  using namespace props;
  return [fn](const Case& c) -> std::string {
    const Plan once = adjust(fn, input_plan(fn, c), &c.log, c, c.as_of);
    const std::string yaml = write_plan_yaml(once);
    const auto parsed = parse_plan(yaml, "revised.yaml");
    if (!parsed.ok())
      return "the revision does not read back: " +
             (parsed.diagnostics.empty() ? std::string("no value") : parsed.diagnostics[0].str());
    const std::string again = write_plan_yaml(adjust(fn, *parsed.value, &c.log, c, c.as_of));
    if (again != yaml) return "bytes differ at " + first_line_difference(yaml, again);
    return {};
  };
}

/// 6. Determinism: equal inputs give the same model, diagnostics and (when `bytes`) the
/// same YAML, JSON and iCalendar bytes. The second run gets the log with its dates in
/// reverse order (entries of one date keep their order): docs/rules.md#episodes reads
/// entries in date order, so the input means the same, and a pipeline that depends on
/// the file's order of dates, a counter, a clock or an address is caught.
inline Property invariant6(AdjustFn fn, bool bytes) {
  using namespace props;
  return [fn, bytes](const Case& c) -> std::string {
    const Plan in = input_plan(fn, c);
    InjuryLog reversed = c.log;
    std::stable_sort(reversed.entries.begin(), reversed.entries.end(),
                     [](const InjuryEntry& x, const InjuryEntry& y) { return x.date > y.date; });
    const auto a = fn(in, &c.log, c.policy, c.as_of);
    const auto b = fn(in, &reversed, c.policy, c.as_of);
    if (auto d = plan_diff(a.revised, b.revised); !d.empty()) return "two runs differ: " + d;
    auto messages = [](const Diagnostics& ds) {
      std::multiset<std::string> m;
      for (const auto& d : ds) m.insert(d.message);
      return m;
    };
    if (messages(a.diagnostics) != messages(b.diagnostics)) return "diagnostics differ";
    if (bytes) {
      const auto ya = write_plan_yaml(a.revised), yb = write_plan_yaml(b.revised);
      if (ya != yb) return "yaml bytes differ at " + first_line_difference(ya, yb);
      if (write_plan_json(a.revised) != write_plan_json(b.revised)) return "json bytes differ";
      if (write_plan_ics(a.revised) != write_plan_ics(b.revised)) return "ics bytes differ";
    }
    return {};
  };
}

/// 7. With an empty log or none, the sessions and plan fields come back unchanged; a
/// revision handed back in returns to the coach's plan (sessions before as_of aside).
inline Property invariant7(AdjustFn fn) {
  using namespace props;
  return [fn](const Case& c) -> std::string {
    InjuryLog empty = c.log;
    empty.entries.clear();
    for (const InjuryLog* log :
         {static_cast<const InjuryLog*>(&empty), static_cast<const InjuryLog*>(nullptr)}) {
      const std::string which = log ? "empty log: " : "no log: ";
      const Plan out = adjust(fn, c.plan, log, c, c.as_of);
      if (auto d = plan_fields_diff(out, c.plan); !d.empty()) return which + d;
      if (auto d = sessions_diff(out.sessions, c.plan.sessions); !d.empty()) return which + d;
      if (!c.prior_log) continue;
      const Plan in = input_plan(fn, c);
      const Plan back = adjust(fn, in, log, c, c.as_of);
      if (auto d = same_shape(back, c.plan); !d.empty()) return which + "revised input: " + d;
      for (std::size_t i = 0; i < back.sessions.size(); ++i) {
        const bool past = c.as_of && in.sessions[i].date < *c.as_of;
        const Session& want = past ? in.sessions[i] : c.plan.sessions[i];
        if (auto d = session_diff(back.sessions[i], want); !d.empty())
          return which + "revised input, " + at(want, i) + d;
      }
    }
    return {};
  };
}

// ---- further promises of docs/rules.md and docs/formats.md#revised-plan
// ----------------------------------------

/// Every changed session carries an adjustment with a rule id of docs/rules.md and a reason.
inline Property changes_explained(AdjustFn fn) {
  using namespace props;
  return [fn](const Case& c) -> std::string {
    const Plan out = adjust(fn, c.plan, &c.log, c, c.as_of);
    if (auto d = same_shape(out, c.plan); !d.empty()) return d;
    for (std::size_t i = 0; i < out.sessions.size(); ++i) {
      const auto& r = out.sessions[i];
      const auto& o = c.plan.sessions[i];
      const std::string what = session_diff(r, o, /*with_adjustment=*/false);
      if (what.empty()) continue;
      if (!r.adjustment) return at(o, i) + "changed (" + what + ") without an adjustment";
      if (!rule_ids().count(r.adjustment->rule))
        return at(o, i) + "unknown rule id \"" + r.adjustment->rule + "\"";
      if (r.adjustment->reason.empty()) return at(o, i) + "adjustment without a reason";
    }
    return {};
  };
}

/// Every entry up to as_of with a bone injury, severe pain or a pop or snap has a
/// referral for the same injury (and the side and location the entry gives: a
/// follow-up that leaves them out joins its episode), dated no later than the entry.
inline Property worrying_entries_referred(AdjustFn fn) {
  using namespace props;
  return [fn](const Case& c) -> std::string {
    if (refused(fn, c.plan, &c.log, c, c.as_of)) return {};
    const Plan out = adjust(fn, c.plan, &c.log, c, c.as_of);
    const auto refs = out.adjusted ? out.adjusted->referrals : std::vector<Referral>{};
    for (const auto& e : c.log.entries) {
      if (c.as_of && e.date > *c.as_of) continue;
      if (!e.bone() && e.pain < c.policy.pain_severe_from && !e.pop_or_snap) continue;
      const bool referred = std::any_of(refs.begin(), refs.end(), [&](const Referral& r) {
        return r.injury == e.injury && (!e.side || r.side == e.side) &&
               (!e.location || r.location == e.location) && r.date <= e.date;
      });
      if (!referred)
        return "no referral for " + dump_entry(e) + " (" + std::to_string(refs.size()) +
               " referrals in all)";
    }
    return {};
  };
}

/// The YAML writer and plan reader agree: parse(write(plan)) == plan for the plan the
/// coach wrote. (A revision is checked by bytes in invariant5_yaml: in the model it
/// legitimately differs in spelling, e.g. a changed duration has no input text.)
inline Property yaml_round_trip() {
  return [](const Case& c) -> std::string {
    const auto parsed = parse_plan(write_plan_yaml(c.plan), "round-trip.yaml");
    if (!parsed.ok())
      return "does not read back: " +
             (parsed.diagnostics.empty() ? std::string("no value") : parsed.diagnostics[0].str());
    return plan_diff(*parsed.value, c.plan);
  };
}

/// The tool's whole path in text: the plan written by the YAML writer, the log and the
/// policy as files, each read by the real reader; the revision written and read back
/// must be the revision of the model (docs/rules.md#invariants 5 and 6; key order and
/// duration spelling aside, which follow the text).
inline Property through_text(AdjustFn fn) {
  using namespace props;
  return [fn](const Case& c) -> std::string {
    if (c.prior_log) return {};
    const auto plan = parse_plan(write_plan_yaml(c.plan), "plan.yaml");
    const auto log = parse_injury_log(dump_log(c.log), "injuries.yaml");
    const auto policy = parse_policy(dump_policy(c.policy), "policy.yaml");
    for (const Diagnostics* ds : {&plan.diagnostics, &log.diagnostics, &policy.diagnostics})
      if (has_errors(*ds)) return "a generated input does not read: " + ds->front().str();
    const auto from_text = fn(*plan.value, &*log.value, *policy.value, c.as_of);
    const auto from_model = fn(c.plan, &c.log, c.policy, c.as_of);
    if (has_errors(from_text.diagnostics) != has_errors(from_model.diagnostics))
      return "refused through text but not as a model, or the other way round";
    if (has_errors(from_text.diagnostics)) return {};
    const auto back = parse_plan(write_plan_yaml(from_text.revised), "revised.yaml");
    if (!back.ok()) return "the revision does not read back: " + back.diagnostics.at(0).str();
    auto plain = [](std::vector<Session> ss) {
      for (auto& s : ss) {
        s.key_order.clear();
        if (s.duration) s.duration->text.clear();
        if (s.adjustment && s.adjustment->original.duration)
          s.adjustment->original.duration->text.clear();
      }
      return ss;
    };
    if (auto d = sessions_diff(plain(back.value->sessions), plain(from_model.revised.sessions));
        !d.empty())
      return "through text: " + d;
    return {};
  };
}

}  // namespace planadj::testing
