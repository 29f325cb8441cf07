// Hand-built plans and logs for the pipeline's unit tests.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "planadj/adjust.h"
#include "planadj/model.h"

namespace planadj::fixtures {

inline Date day(const char* iso) { return boost::gregorian::from_simple_string(iso); }

inline Session run(const char* date, SessionType type, std::optional<double> distance,
                   std::optional<Terrain> terrain = std::nullopt) {
  Session s;
  s.date = day(date);
  s.type = type;
  s.distance = distance;
  s.terrain = terrain;
  s.key_order = {"date", "type"};
  if (distance) s.key_order.push_back("distance");
  if (terrain) s.key_order.push_back("terrain");
  return s;
}

inline Plan plan_of(std::vector<Session> sessions, std::string athlete = "jane-doe") {
  Plan p;
  p.athlete = std::move(athlete);
  p.sessions = std::move(sessions);
  p.key_order = {"version", "athlete", "sessions"};
  return p;
}

/// Runs of `type` and `distance` on every day from `from` through `to`.
inline std::vector<Session> daily(const char* from, const char* to, SessionType type,
                                  double distance) {
  std::vector<Session> out;
  for (Date d = day(from); d <= day(to); d += boost::gregorian::date_duration(1)) {
    const std::string iso = boost::gregorian::to_iso_extended_string(d);
    out.push_back(run(iso.c_str(), type, distance));
  }
  return out;
}

inline InjuryEntry entry(const char* date, InjuryKind injury, int pain,
                         std::optional<Side> side = Side::left) {
  InjuryEntry e;
  e.date = day(date);
  e.injury = injury;
  e.side = side;
  e.pain = pain;
  return e;
}

inline InjuryLog log_of(std::vector<InjuryEntry> entries, std::string athlete = "jane-doe") {
  InjuryLog l;
  l.athlete = std::move(athlete);
  l.entries = std::move(entries);
  return l;
}

/// The revised session on `date` (the first one, or the `nth` of a double).
inline const Session& on(const Plan& p, const char* date, int nth = 0) {
  for (const auto& s : p.sessions)
    if (s.date == day(date) && nth-- == 0) return s;
  throw std::runtime_error(std::string("no session on ") + date);
}

inline Plan adjusted(const Plan& p, const InjuryLog& l, const Policy& policy = Policy{},
                     std::optional<Date> as_of = std::nullopt) {
  return adjust_plan(p, &l, policy, as_of).revised;
}

inline std::vector<std::string> changes(const Session& s) {
  return s.adjustment ? s.adjustment->changes : std::vector<std::string>{};
}

inline std::string rule(const Session& s) { return s.adjustment ? s.adjustment->rule : ""; }

}  // namespace planadj::fixtures
