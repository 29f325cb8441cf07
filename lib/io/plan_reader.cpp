// The plan file (docs/formats.md#plan), including a revised plan our writer produced
// (docs/formats.md#revised-plan).
#include <algorithm>

#include "io/plan_layout.h"
#include "io/plan_parts.h"
#include "planadj/readers.h"

namespace planadj {
namespace io {
namespace {

const std::vector<std::string_view> kPlanKeys{"version", "athlete",  "name",
                                              "units",   "sessions", "adjusted"};
const std::vector<std::string_view> kSessionKeys{
    "date",  "type",           "distance",    "duration",   "terrain",
    "route", "elevation_gain", "description", "adjustment", "locked"};

bool non_negative(double v) { return v >= 0; }

std::optional<Session> read_session(Checker& c, const YNode& n) {
  if (n.kind != YNode::Kind::mapping) {
    c.error(n, "each session must be a mapping, got " + describe(n));
    return std::nullopt;
  }
  Session s;
  s.where = c.at(n);
  bool ok = true, has_date = false, has_type = false;
  const auto check = [&ok](bool good) { ok = ok && good; };
  for (const Field& f : c.fields(n, /*merge=*/true)) {
    if (f.key == "date") {
      has_date = true;
      const auto d = c.date(f);
      check(d.has_value());
      if (d) s.date = *d;
    } else if (f.key == "type") {
      has_type = true;
      const auto t = c.name(f, "session type", session_type_names());
      check(t.has_value());
      if (t) s.type = static_cast<SessionType>(*t);
    } else if (f.null() && f.key != "adjustment" &&
               std::find(kSessionKeys.begin(), kSessionKeys.end(), f.key) != kSessionKeys.end()) {
      continue;  // an optional key left empty (`route:`) is as if absent
    } else if (f.key == "distance") {
      s.distance = c.number(f, "a number >= 0", non_negative);
      check(s.distance.has_value());
    } else if (f.key == "duration") {
      s.duration = read_duration(c, f);
      check(s.duration.has_value());
    } else if (f.key == "terrain") {
      const auto t = c.name(f, "terrain", terrain_names());
      check(t.has_value());
      if (t) s.terrain = static_cast<Terrain>(*t);
    } else if (f.key == "route") {
      s.route = c.text(f);
      check(s.route.has_value());
    } else if (f.key == "elevation_gain") {
      s.elevation_gain = c.number(f, "a number of metres >= 0", non_negative);
      check(s.elevation_gain.has_value());
    } else if (f.key == "description") {
      s.description = c.text(f);
      check(s.description.has_value());
    } else if (f.key == "locked") {
      const auto b = c.boolean(f);
      check(b.has_value());
      s.locked = b.value_or(false);
    } else if (f.key == "adjustment") {
      if (f.null()) continue;
      s.adjustment = read_adjustment(c, f);
      check(s.adjustment.has_value());
    } else {
      c.unknown_kept(f, "session", kSessionKeys);
      auto v = c.value(*f.value);
      check(v.has_value());
      if (v) s.extra.emplace_back(f.key, std::move(*v));
    }
    s.key_order.push_back(f.key);
  }
  if (!has_date) c.missing(n, "date", "session");
  if (!has_type) c.missing(n, "type", "session");
  if (!ok || !has_date || !has_type) return std::nullopt;
  return s;
}

void read_sessions(Checker& c, const Field& f, Plan& plan) {
  if (f.value->kind != YNode::Kind::sequence) {
    c.wrong(f, "a list of sessions");
    return;
  }
  for (const YNode* item : f.value->items)
    if (auto s = read_session(c, *item)) plan.sessions.push_back(std::move(*s));
}

void read_athlete(Checker& c, const Field& f, std::string& out) {
  const auto id = c.text(f);
  if (!id) return;
  if (const auto problem = athlete_id_problem(*id); !problem.empty()) {
    c.error(*f.value, "athlete id " + describe(*f.value) + " " + problem);
    return;
  }
  out = *id;
}

}  // namespace

std::optional<Duration> read_duration(Checker& c, const Field& f) {
  if (f.value->kind != YNode::Kind::scalar) {
    c.wrong(f, "a duration such as 45min");
    return std::nullopt;
  }
  const auto minutes = parse_duration_minutes(f.value->text);
  if (!minutes) {
    c.error(*f.value, "invalid duration " + describe(*f.value) +
                          " (expected minutes such as 45, 45min, 1h, 1h30min or 1:30:00)");
    return std::nullopt;
  }
  return Duration{*minutes, f.value->text};
}

std::optional<InjuryKind> read_injury_kind(Checker& c, const Field& f) {
  const auto k = c.name(f, "injury", injury_kind_names());
  if (!k) return std::nullopt;
  return static_cast<InjuryKind>(*k);
}

std::optional<Side> read_side(Checker& c, const Field& f) {
  const auto s = c.name(f, "side", side_names());
  if (!s) return std::nullopt;
  return static_cast<Side>(*s);
}

}  // namespace io

Parsed<Plan> parse_plan(std::string_view text, const std::string& file) {
  using namespace io;
  Parsed<Plan> out;
  Checker c(file, out.diagnostics);
  YamlDoc doc;
  const YNode* root =
      load_root(text, c, doc, out.diagnostics, "a plan: a mapping with 'athlete' and 'sessions'");
  if (!root) return out;
  Plan plan;
  plan.source = file;
  bool has_athlete = false, has_sessions = false;
  PlanNodes nodes;
  nodes.root = root;
  for (const Field& f : c.fields(*root)) {
    plan.key_order.push_back(f.key);
    if (f.key == "version") {
      check_version(c, f);
    } else if (f.key == "athlete") {
      has_athlete = true;
      read_athlete(c, f, plan.athlete);
    } else if (f.key == "name") {
      if (!f.null()) plan.name = c.text(f);
    } else if (f.key == "units") {
      if (const auto u = c.name(f, "units", units_names())) {
        plan.units = static_cast<Units>(*u);
        plan.units_given = true;
      }
    } else if (f.key == "sessions") {
      has_sessions = true;
      nodes.sessions_key = f.key_node;
      nodes.sessions = f.value;
      read_sessions(c, f, plan);
    } else if (f.key == "adjusted") {
      nodes.adjusted_key = f.key_node;
      plan.adjusted = read_adjusted(c, f);
    } else {
      c.unknown_kept(f, "plan", kPlanKeys);
      if (auto v = c.value(*f.value)) plan.extra.emplace_back(f.key, std::move(*v));
    }
  }
  if (!has_athlete) c.missing(*root, "athlete", "plan");
  if (!has_sessions) c.missing(*root, "sessions", "plan");
  c.finish();
  if (c.has_errors()) return out;
  record_layout(std::make_shared<const std::string>(text), doc, nodes, plan);
  out.value = std::move(plan);
  return out;
}

}  // namespace planadj
