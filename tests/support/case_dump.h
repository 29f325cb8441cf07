// Test support: a generated case written out as plain YAML (plan, injury log, policy),
// so a failing property can be replayed by hand with `plan-adjust adjust`. Written
// without the library's writers on purpose: a dump must not depend on the code under test.
#pragma once

#include <sstream>
#include <string>

#include "support/generators.h"
#include "support/model_equal.h"

namespace planadj::testing {

namespace dump_detail {

inline std::string num(double v) {
  std::ostringstream os;
  os.precision(15);
  os << v;
  return os.str();
}
inline std::string quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + '"';
}
inline std::string value(const Value& v) {
  switch (v.kind) {
    case Value::Kind::null:
      return "null";
    case Value::Kind::scalar:
      return v.quoted ? quote(v.text) : v.text;
    case Value::Kind::sequence: {
      std::string out = "[";
      for (std::size_t i = 0; i < v.items.size(); ++i) out += (i ? ", " : "") + value(v.items[i]);
      return out + "]";
    }
    case Value::Kind::mapping: {
      std::string out = "{";
      for (std::size_t i = 0; i < v.entries.size(); ++i)
        out += (i ? ", " : "") + v.entries[i].first + ": " + value(v.entries[i].second);
      return out + "}";
    }
  }
  return "null";
}
inline std::string date(const Date& d) { return eq_detail::show(d); }
inline const char* flag(bool b) { return b ? "true" : "false"; }

}  // namespace dump_detail

/// One session as a single-line YAML flow mapping, keys in the session's key order.
inline std::string dump_session(const Session& s) {
  using namespace dump_detail;
  std::string out = "{";
  bool first = true;
  auto put = [&](const std::string& k, const std::string& v) {
    out += (first ? "" : ", ") + k + ": " + v;
    first = false;
  };
  for (const auto& k : s.key_order) {
    if (k == "date")
      put(k, date(s.date));
    else if (k == "type")
      put(k, std::string(name_of(s.type)));
    else if (k == "distance" && s.distance)
      put(k, num(*s.distance));
    else if (k == "duration" && s.duration)
      put(k, s.duration->text.empty() ? num(s.duration->minutes) : s.duration->text);
    else if (k == "terrain" && s.terrain)
      put(k, std::string(name_of(*s.terrain)));
    else if (k == "route" && s.route)
      put(k, quote(*s.route));
    else if (k == "elevation_gain" && s.elevation_gain)
      put(k, num(*s.elevation_gain));
    else if (k == "description" && s.description)
      put(k, quote(*s.description));
    else
      for (const auto& [ek, ev] : s.extra)
        if (ek == k) put(k, value(ev));
  }
  if (s.adjustment) put("adjustment", "{rule: " + s.adjustment->rule + ", ...}");
  return out + "}";
}

/// A plan as YAML (sessions in plan order, one per line).
inline std::string dump_plan(const Plan& p) {
  using namespace dump_detail;
  std::string out = "athlete: " + p.athlete + "\n";
  if (p.name) out += "name: " + quote(*p.name) + "\n";
  if (p.units_given) out += std::string("units: ") + std::string(name_of(p.units)) + "\n";
  for (const auto& [k, v] : p.extra) out += k + ": " + value(v) + "\n";
  out += "sessions:\n";
  for (const auto& s : p.sessions) out += "  - " + dump_session(s) + "\n";
  return out;
}

/// One injury entry as a single-line YAML flow mapping (unset flags left out).
inline std::string dump_entry(const InjuryEntry& e) {
  using namespace dump_detail;
  std::string out = "{date: " + date(e.date) + ", injury: " + std::string(name_of(e.injury));
  if (e.side) out += ", side: " + std::string(name_of(*e.side));
  if (e.location) out += ", location: " + *e.location;
  out += ", pain: " + std::to_string(e.pain);
  if (!e.during_run) out += ", during_run: false";
  if (e.persists) out += ", persists: true";
  if (e.pop_or_snap) out += ", pop_or_snap: true";
  if (e.swelling) out += ", swelling: true";
  if (e.resolved) out += ", resolved: true";
  if (e.cleared) out += ", cleared: true";
  if (e.suspected_bone) out += ", suspected_bone: true";
  return out + "}";
}

inline std::string dump_log(const InjuryLog& l) {
  std::string out = "athlete: " + l.athlete + "\nentries:\n";
  if (l.entries.empty()) out = "athlete: " + l.athlete + "\nentries: []\n";
  for (const auto& e : l.entries) out += "  - " + dump_entry(e) + "\n";
  return out;
}

inline std::string dump_ramp(const std::vector<RampStage>& r) {
  using namespace dump_detail;
  std::string out = "[";
  for (std::size_t i = 0; i < r.size(); ++i)
    out += std::string(i ? ", " : "") + "{days: " + std::to_string(r[i].days) +
           ", volume: " + num(r[i].volume) + ", speedwork: " + flag(r[i].speedwork) +
           ", flat_routes: " + flag(r[i].flat_routes) + "}";
  return out + "]";
}

/// A policy in the file format of docs/formats.md#policy, every key written.
inline std::string dump_policy(const Policy& p) {
  using namespace dump_detail;
  std::string hs = "[";
  for (std::size_t i = 0; i < p.hill_sensitive.size(); ++i)
    hs += std::string(i ? ", " : "") + "\"" + std::string(name_of(p.hill_sensitive[i].injury)) +
          (p.hill_sensitive[i].location ? ":" + *p.hill_sensitive[i].location : "") + "\"";
  hs += "]";
  return "pain: {moderate_from: " + std::to_string(p.pain_moderate_from) +
         ", severe_from: " + std::to_string(p.pain_severe_from) + "}\n" +
         "acute_rest_days: {persists: " + std::to_string(p.rest_days_persists) +
         ", swelling: " + std::to_string(p.rest_days_swelling) +
         ", severe: " + std::to_string(p.rest_days_severe) +
         ", pop_or_snap: " + std::to_string(p.rest_days_pop_or_snap) + "}\n" +
         "pop_needs_clearance: " + flag(p.pop_needs_clearance) + "\n" +
         "reduced_load:\n  days_after_last_pain: " + std::to_string(p.days_after_last_pain) +
         "\n  volume: {pain_free: " + num(p.volume_pain_free) + ", mild: " + num(p.volume_mild) +
         ", moderate: " + num(p.volume_moderate) + ", severe: " + num(p.volume_severe) + "}\n" +
         "  min_rest_days_per_week: " + std::to_string(p.min_rest_days_per_week) + "\n" +
         "  hill_sensitive: " + hs + "\n" + "return_ramp: " + dump_ramp(p.return_ramp) + "\n" +
         "bone_return_ramp: " + dump_ramp(p.bone_return_ramp) + "\n" +
         "long_run_growth_cap: " + num(p.long_run_growth_cap) + "\n" + "replace_runs_with: " +
         (p.replace_runs_with == Replacement::rest ? "rest" : "cross_training") + "\n" +
         "rounding: {distance: " + num(p.rounding_distance) +
         ", duration_minutes: " + std::to_string(p.rounding_duration_minutes) + "}\n";
}

/// The whole case: seed, dates, plan, log, policy and the extra inputs, as YAML documents.
inline std::string dump_case(const Case& c) {
  using namespace dump_detail;
  std::string out = "# seed " + std::to_string(c.seed) + "\n";
  out += "# as_of: " + (c.as_of ? date(*c.as_of) : std::string("(none)")) + "\n";
  out += "# cut: " + date(c.cut) + "\n";
  out += "# ---- plan.yaml\n" + dump_plan(c.plan);
  out += "# ---- injuries.yaml\n" + dump_log(c.log);
  if (!c.later_entries.empty()) {
    out += "# ---- later entries (causality: dated cut or later)\n";
    for (const auto& e : c.later_entries) out += "  - " + dump_entry(e) + "\n";
  }
  if (c.prior_log)
    out += "# ---- prior log (the input plan was first revised with it)\n" + dump_log(*c.prior_log);
  out += c.default_policy ? "# ---- policy: defaults\n"
                          : "# ---- policy.yaml\n" + dump_policy(c.policy);
  return out;
}

}  // namespace planadj::testing
