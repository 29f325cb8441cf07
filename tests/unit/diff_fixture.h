// The sample pair used by the diff tests: a 16-week half-marathon plan and a
// revision around a left Achilles tendinopathy. Mirrors tests/data/diff/*.yaml
// (written by tests/data/diff/generate.py from the same description).
#pragma once

#include <boost/date_time/gregorian/gregorian.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "planadj/model.h"

namespace planadj::testing {

inline Date d(const char* iso) { return boost::gregorian::from_simple_string(iso); }

inline Session run(Date date, SessionType t, std::optional<double> km,
                   std::optional<Terrain> terrain = std::nullopt) {
  Session s;
  s.date = date;
  s.type = t;
  s.distance = km;
  s.terrain = terrain;
  return s;
}

inline Duration mins(double m, std::string text = "") { return Duration{m, std::move(text)}; }

inline Plan sample_original() {
  Plan p;
  p.source = "tests/data/diff/original.yaml";
  p.athlete = "jane-doe";
  p.name = "Spring Half Marathon";
  p.units = Units::km;
  p.units_given = true;
  Value coach;
  coach.kind = Value::Kind::scalar;
  coach.text = "Alex Rivera";
  p.extra.push_back({"coach", coach});
  const Date start = d("2026-03-02");
  for (int k = 0; k < 16; ++k) {
    const Date m = start + boost::gregorian::days(7 * k);
    auto day = [&](int i) { return m + boost::gregorian::days(i); };
    Session rest = run(day(0), SessionType::rest, std::nullopt);
    rest.description = "Rest or mobility";
    Session intervals = run(day(1), SessionType::intervals, 10, Terrain::hilly);
    intervals.description = "6 x 800 m at 5K pace, 400 m jog";
    Session easy = run(day(2), SessionType::easy, 8, Terrain::flat);
    easy.route = "River path";
    Session tempo = run(day(3), SessionType::tempo, std::nullopt);
    tempo.duration = mins(45, "45min");
    Session sat = run(day(5), SessionType::easy, 6, Terrain::rolling);
    Session sun = k == 15 ? run(day(6), SessionType::race, 21.1, Terrain::flat)
                          : run(day(6), SessionType::long_run, std::min(14 + k, 21),
                                k % 2 == 0 ? Terrain::hilly : Terrain::flat);
    if (k == 0) {  // the first week is written out of order on purpose
      for (Session* s : {&intervals, &rest, &tempo, &easy, &sun, &sat}) p.sessions.push_back(*s);
    } else {
      for (Session* s : {&rest, &intervals, &easy, &tempo, &sat, &sun}) p.sessions.push_back(*s);
    }
  }
  return p;
}

inline Session* find(Plan& p, const char* date, int index = 0) {
  for (Session& s : p.sessions)
    if (s.date == d(date) && index-- == 0) return &s;
  return nullptr;
}

struct Edit {
  const char* date;
  std::optional<SessionType> type;
  std::optional<double> distance;  ///< set: new distance; NaN: remove the distance
  std::optional<double> minutes;   ///< set: new duration
  std::optional<Terrain> terrain;
  const char* rule;
  std::vector<std::string> changes;
  const char* reason;
};

inline Plan sample_revised() {
  Plan p = sample_original();
  p.source = "tests/data/diff/revised.yaml";
  const char* r1 =
      "achilles_tendinopathy (left), pain 4/10 on 2026-03-01, pain persists: "
      "rest for 3 days (acute phase)";
  const char* r2 =
      "achilles_tendinopathy (left), pain 4/10 on 2026-03-01: reduce load, no "
      "speedwork, flat routes";
  const char* r3 =
      "achilles_tendinopathy (left), pain 2/10 on 2026-03-08: reduce load, no "
      "speedwork, flat routes";
  const char* r4 =
      "achilles_tendinopathy (left), resolved on 2026-03-15: return ramp stage 1 "
      "of 2, 80% volume, no speedwork, flat routes";
  const char* r5 =
      "achilles_tendinopathy (left), resolved on 2026-03-15: return ramp stage 2 "
      "of 2, 90% volume";
  const auto E = SessionType::easy;
  const auto F = Terrain::flat;
  const double none = std::nan("");
  const std::vector<Edit> edits{
      {"2026-03-03", SessionType::rest, none, {}, {}, "acute-rest", {"to_rest"}, r1},
      {"2026-03-04", SessionType::rest, none, {}, {}, "acute-rest", {"to_rest"}, r1},
      {"2026-03-05", E, {}, 32, F, "reduced-load", {"speedwork_to_easy", "volume_reduced"}, r2},
      {"2026-03-07", {}, 4.2, {}, F, "reduced-load", {"volume_reduced", "route_flattened"}, r2},
      {"2026-03-08", {}, 9.8, {}, F, "reduced-load", {"volume_reduced", "route_flattened"}, r2},
      {"2026-03-10",
       E,
       8,
       {},
       F,
       "reduced-load",
       {"speedwork_to_easy", "volume_reduced", "route_flattened"},
       r3},
      {"2026-03-11", {}, 6.4, {}, {}, "reduced-load", {"volume_reduced"}, r3},
      {"2026-03-12", E, {}, 36, F, "reduced-load", {"speedwork_to_easy", "volume_reduced"}, r3},
      {"2026-03-14", {}, 4.8, {}, F, "reduced-load", {"volume_reduced", "route_flattened"}, r3},
      {"2026-03-15", {}, 12, {}, {}, "reduced-load", {"volume_reduced"}, r3},
      {"2026-03-17",
       E,
       8,
       {},
       F,
       "return-ramp",
       {"speedwork_to_easy", "volume_reduced", "route_flattened"},
       r4},
      {"2026-03-18", {}, 6.4, {}, {}, "return-ramp", {"volume_reduced"}, r4},
      {"2026-03-19", E, {}, 36, F, "return-ramp", {"speedwork_to_easy", "volume_reduced"}, r4},
      {"2026-03-21", {}, 4.8, {}, F, "return-ramp", {"volume_reduced", "route_flattened"}, r4},
      {"2026-03-22", {}, 12.8, {}, F, "return-ramp", {"volume_reduced", "route_flattened"}, r4},
      {"2026-03-24", {}, 9, {}, {}, "return-ramp", {"volume_reduced"}, r5},
      {"2026-03-25", {}, 7.2, {}, {}, "return-ramp", {"volume_reduced"}, r5},
      {"2026-03-26", {}, {}, 41, {}, "return-ramp", {"volume_reduced"}, r5},
      {"2026-03-28", {}, 5.4, {}, {}, "return-ramp", {"volume_reduced"}, r5},
      {"2026-03-29", {}, 14, {}, {}, "return-ramp", {"volume_reduced"}, r5},
  };
  for (const Edit& e : edits) {
    Session& s = *find(p, e.date);
    Adjustment a;
    a.rule = e.rule;
    a.changes = e.changes;
    a.reason = e.reason;
    if (e.type) {
      a.original.type = s.type;
      s.type = *e.type;
    }
    if (e.distance) {
      a.original.distance = s.distance;
      if (std::isnan(*e.distance))
        s.distance.reset();
      else
        s.distance = *e.distance;
    }
    if (e.minutes) {
      a.original.duration = s.duration;
      s.duration = mins(*e.minutes, std::to_string(static_cast<int>(*e.minutes)) + "min");
    }
    if (e.terrain) {
      a.original.terrain.emplace(s.terrain);
      s.terrain = *e.terrain;
    }
    s.adjustment = a;
  }
  // Hand edits by the coach after the tool ran.
  find(p, "2026-04-22")->description = "Easy with 6 x 20 s strides";
  Session extra = run(d("2026-04-25"), SessionType::recovery, 3, Terrain::flat);
  extra.description = "Shake-out jog after work";
  p.sessions.insert(p.sessions.begin() + 1 + (find(p, "2026-04-25") - p.sessions.data()), extra);
  p.sessions.erase(p.sessions.begin() + (find(p, "2026-05-07") - p.sessions.data()));

  AdjustedHeader h;
  h.by = "plan-adjust 0.1.0";
  h.notice = "guidance from general running-coach advice, not medical advice";
  InjuryReport r;
  r.injury = InjuryKind::achilles_tendinopathy;
  r.side = Side::left;
  r.status = "resolved";
  r.phases = {{"acute-rest", d("2026-03-02"), d("2026-03-04")},
              {"reduced-load", d("2026-03-05"), d("2026-03-15")},
              {"return-ramp", d("2026-03-16"), d("2026-03-29")}};
  // As tests/data/diff/revised.yaml has it, so the file and the fixture render alike.
  r.care = {"ice the sore area 10-15 min, 2-3 times a day while it is inflamed",
            "eccentric heel drops, daily, and keep doing them after the pain is gone"};
  h.injuries.push_back(r);
  p.adjusted = h;
  return p;
}

}  // namespace planadj::testing
