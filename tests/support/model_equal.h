// Test support: model-level equality for sessions, headers and plans that names the
// first field that differs. Compares every field, unknown keys and key order included;
// only the source locations (`where`, `source`) are left out, as they say where a value
// was read, not what it is.
#pragma once

#include <boost/date_time/gregorian/gregorian.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "planadj/model.h"

namespace planadj::testing {

namespace eq_detail {

template <class T>
std::string show(const T& v) {
  std::ostringstream os;
  os << v;
  return os.str();
}
inline std::string show(const std::string& v) { return '"' + v + '"'; }
inline std::string show(SessionType v) { return std::string(name_of(v)); }
inline std::string show(Terrain v) { return std::string(name_of(v)); }
inline std::string show(Units v) { return std::string(name_of(v)); }
inline std::string show(InjuryKind v) { return std::string(name_of(v)); }
inline std::string show(Side v) { return std::string(name_of(v)); }
inline std::string show(const Date& v) { return boost::gregorian::to_iso_extended_string(v); }
inline std::string show(const Duration& v) {
  std::ostringstream os;
  os.precision(17);
  os << v.minutes << "min (text \"" << v.text << "\")";
  return os.str();
}
inline std::string show(double v) {
  std::ostringstream os;
  os.precision(17);
  os << v;
  return os.str();
}
template <class T>
std::string show(const std::optional<T>& v) {
  return v ? show(*v) : std::string("(unset)");
}

inline bool same(const Duration& a, const Duration& b) {
  return a.minutes == b.minutes && a.text == b.text;
}
template <class T>
bool same(const T& a, const T& b) {
  return a == b;
}
template <class T>
bool same(const std::optional<T>& a, const std::optional<T>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || same(*a, *b);
}

/// Appends "field: a != b" to `out` when the two differ; returns whether they did.
template <class T>
bool field(std::string& out, const std::string& name, const T& a, const T& b) {
  if (!out.empty() || same(a, b)) return !out.empty();
  out = name + ": " + show(a) + " != " + show(b);
  return true;
}

}  // namespace eq_detail

/// Empty when equal, else a description of the first difference.
inline std::string value_diff(const Value& a, const Value& b, const std::string& path = "value") {
  if (a.kind != b.kind) return path + ": kind differs";
  if (a.text != b.text) return path + ": \"" + a.text + "\" != \"" + b.text + "\"";
  if (a.quoted != b.quoted) return path + ": quoted differs";
  if (a.items.size() != b.items.size()) return path + ": item count differs";
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    auto d = value_diff(a.items[i], b.items[i], path + "[" + std::to_string(i) + "]");
    if (!d.empty()) return d;
  }
  if (a.entries.size() != b.entries.size()) return path + ": entry count differs";
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    if (a.entries[i].first != b.entries[i].first) return path + ": key " + a.entries[i].first;
    auto d = value_diff(a.entries[i].second, b.entries[i].second, path + "." + a.entries[i].first);
    if (!d.empty()) return d;
  }
  return {};
}

inline std::string extra_diff(const ExtraKeys& a, const ExtraKeys& b, const std::string& path) {
  if (a.size() != b.size())
    return path + ": " + std::to_string(a.size()) + " unknown keys != " + std::to_string(b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].first != b[i].first) return path + ": key " + a[i].first + " != " + b[i].first;
    auto d = value_diff(a[i].second, b[i].second, path + "." + a[i].first);
    if (!d.empty()) return d;
  }
  return {};
}

inline std::string original_diff(const Original& a, const Original& b) {
  using eq_detail::field;
  std::string d;
  field(d, "original.type", a.type, b.type);
  field(d, "original.distance", a.distance, b.distance);
  field(d, "original.duration", a.duration, b.duration);
  if (d.empty() && a.terrain != b.terrain) d = "original.terrain differs";
  field(d, "original.route", a.route, b.route);
  field(d, "original.elevation_gain", a.elevation_gain, b.elevation_gain);
  if (d.empty() && a.description != b.description) d = "original.description differs";
  if (d.empty() && a.duration_added != b.duration_added) d = "original.duration_added differs";
  return d;
}

inline std::string adjustment_diff(const std::optional<Adjustment>& a,
                                   const std::optional<Adjustment>& b) {
  if (a.has_value() != b.has_value())
    return std::string("adjustment: ") + (a ? "set" : "unset") + " != " + (b ? "set" : "unset");
  if (!a) return {};
  using eq_detail::field;
  std::string d;
  field(d, "adjustment.rule", a->rule, b->rule);
  if (d.empty() && a->changes != b->changes) d = "adjustment.changes differ";
  field(d, "adjustment.reason", a->reason, b->reason);
  return d.empty() ? original_diff(a->original, b->original) : d;
}

/// Empty when the sessions agree in every field but `where`; else the first difference.
inline std::string session_diff(const Session& a, const Session& b, bool with_adjustment = true) {
  using eq_detail::field;
  std::string d;
  field(d, "date", a.date, b.date);
  field(d, "type", a.type, b.type);
  field(d, "distance", a.distance, b.distance);
  field(d, "duration", a.duration, b.duration);
  field(d, "terrain", a.terrain, b.terrain);
  field(d, "route", a.route, b.route);
  field(d, "elevation_gain", a.elevation_gain, b.elevation_gain);
  field(d, "description", a.description, b.description);
  if (d.empty() && a.key_order != b.key_order) d = "key order differs";
  if (d.empty()) d = extra_diff(a.extra, b.extra, "unknown keys");
  if (d.empty() && with_adjustment) d = adjustment_diff(a.adjustment, b.adjustment);
  return d;
}

/// Compares session lists position by position.
inline std::string sessions_diff(const std::vector<Session>& a, const std::vector<Session>& b) {
  if (a.size() != b.size())
    return "session count " + std::to_string(a.size()) + " != " + std::to_string(b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto d = session_diff(a[i], b[i]);
    if (!d.empty())
      return "session [" + std::to_string(i) + "] " + eq_detail::show(a[i].date) + ": " + d;
  }
  return {};
}

inline std::string referral_diff(const Referral& a, const Referral& b) {
  using eq_detail::field;
  std::string d;
  field(d, "injury", a.injury, b.injury);
  field(d, "side", a.side, b.side);
  field(d, "location", a.location, b.location);
  field(d, "date", a.date, b.date);
  field(d, "reason", a.reason, b.reason);
  field(d, "closed", a.closed, b.closed);
  field(d, "cleared", a.cleared, b.cleared);
  field(d, "closed_note", a.closed_note, b.closed_note);
  return d;
}

inline std::string referrals_diff(const std::vector<Referral>& a, const std::vector<Referral>& b) {
  if (a.size() != b.size())
    return "referral count " + std::to_string(a.size()) + " != " + std::to_string(b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto d = referral_diff(a[i], b[i]);
    if (!d.empty()) return "referral [" + std::to_string(i) + "] " + d;
  }
  return {};
}

inline std::string injuries_diff(const std::vector<InjuryReport>& a,
                                 const std::vector<InjuryReport>& b) {
  if (a.size() != b.size())
    return "injury report count " + std::to_string(a.size()) + " != " + std::to_string(b.size());
  using eq_detail::field;
  for (std::size_t i = 0; i < a.size(); ++i) {
    std::string d;
    field(d, "injury", a[i].injury, b[i].injury);
    field(d, "side", a[i].side, b[i].side);
    field(d, "location", a[i].location, b[i].location);
    // `status` (the status today) is not written, so a round trip cannot keep it.
    if (d.empty() && a[i].care != b[i].care) d = "care differs";
    if (d.empty() && a[i].phases.size() != b[i].phases.size()) d = "phase count differs";
    for (std::size_t k = 0; d.empty() && k < a[i].phases.size(); ++k) {
      const auto& p = a[i].phases[k];
      const auto& q = b[i].phases[k];
      field(d, "phase.rule", p.rule, q.rule);
      field(d, "phase.from", p.from, q.from);
      field(d, "phase.to", p.to, q.to);
    }
    if (!d.empty()) return "injury report [" + std::to_string(i) + "] " + d;
  }
  return {};
}

inline std::string summary_diff(const Summary& a, const Summary& b) {
  using eq_detail::field;
  std::string d;
  field(d, "summary.sessions_changed", a.sessions_changed, b.sessions_changed);
  field(d, "summary.rest_days_inserted", a.rest_days_inserted, b.rest_days_inserted);
  field(d, "summary.speedwork_replaced", a.speedwork_replaced, b.speedwork_replaced);
  field(d, "summary.routes_flattened", a.routes_flattened, b.routes_flattened);
  field(d, "summary.volume_before", a.volume_before, b.volume_before);
  field(d, "summary.volume_after", a.volume_after, b.volume_after);
  field(d, "summary.minutes_before", a.minutes_before, b.minutes_before);
  field(d, "summary.minutes_after", a.minutes_after, b.minutes_after);
  return d;
}

/// Empty when the two `adjusted` headers agree in every field.
inline std::string header_diff(const std::optional<AdjustedHeader>& a,
                               const std::optional<AdjustedHeader>& b) {
  if (a.has_value() != b.has_value()) return "adjusted header: set on one side only";
  if (!a) return {};
  using eq_detail::field;
  std::string d;
  field(d, "adjusted.by", a->by, b->by);
  field(d, "adjusted.notice", a->notice, b->notice);
  if (d.empty()) d = summary_diff(a->summary, b->summary);
  if (d.empty()) d = referrals_diff(a->referrals, b->referrals);
  if (d.empty() && a->warnings != b->warnings) d = "adjusted.warnings differ";
  if (d.empty()) d = injuries_diff(a->injuries, b->injuries);
  return d;
}

/// The plan fields apart from sessions and the `adjusted` header.
inline std::string plan_fields_diff(const Plan& a, const Plan& b) {
  using eq_detail::field;
  std::string d;
  field(d, "version", a.version, b.version);
  field(d, "athlete", a.athlete, b.athlete);
  field(d, "name", a.name, b.name);
  field(d, "units", a.units, b.units);
  field(d, "units_given", a.units_given, b.units_given);
  if (d.empty() && a.key_order != b.key_order) d = "plan key order differs";
  if (d.empty()) d = extra_diff(a.extra, b.extra, "plan unknown keys");
  return d;
}

/// Empty when the plans agree in every field but `source` and `where`.
inline std::string plan_diff(const Plan& a, const Plan& b) {
  auto d = plan_fields_diff(a, b);
  if (d.empty()) d = header_diff(a.adjusted, b.adjusted);
  if (d.empty()) d = sessions_diff(a.sessions, b.sessions);
  return d;
}

}  // namespace planadj::testing
