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

// An optional key left empty (`route:`) is as if absent; `date` and `type` are required.
bool left_empty(const Field& f) {
  return f.null() && f.key != "date" && f.key != "type" &&
         std::find(kSessionKeys.begin(), kSessionKeys.end(), f.key) != kSessionKeys.end();
}

// Reads one key of a session into `s`, an unknown one into its extra keys; false after an error.
bool read_session_field(Checker& c, const Field& f, Session& s) {
  if (f.key == "date") return set(c.date(f), s.date);
  if (f.key == "type")
    return set(c.named<SessionType>(f, "session type", session_type_names()), s.type);
  if (f.key == "distance") return keep(c.number(f, "a number >= 0", non_negative), s.distance);
  if (f.key == "duration") return keep(read_duration(c, f), s.duration);
  if (f.key == "terrain") return keep(c.named<Terrain>(f, "terrain", terrain_names()), s.terrain);
  if (f.key == "route") return keep(c.text(f), s.route);
  if (f.key == "elevation_gain")
    return keep(c.number(f, "a number of metres >= 0", non_negative), s.elevation_gain);
  if (f.key == "description") return keep(c.text(f), s.description);
  if (f.key == "locked") return set(c.boolean(f), s.locked);
  if (f.key == "adjustment") return keep(read_adjustment(c, f), s.adjustment);
  c.unknown_kept(f, "session", kSessionKeys);
  auto v = c.value(*f.value);
  if (v) s.extra.emplace_back(f.key, std::move(*v));
  return v.has_value();
}

std::optional<Session> read_session(Checker& c, const YNode& n) {
  if (!c.mapping_item(n, "each session")) return std::nullopt;
  Session s;
  s.where = c.at(n);
  bool ok = true;
  const std::vector<Field> fields = c.fields(n, /*merge=*/true);
  for (const Field& f : fields) {
    if (left_empty(f)) continue;
    const bool good = read_session_field(c, f, s);
    ok = ok && good;
    s.key_order.push_back(f.key);
  }
  const bool complete = c.require(n, fields, {"date", "type"}, "session");
  if (!ok || !complete) return std::nullopt;
  return s;
}

void read_sessions(Checker& c, const Field& f, Plan& plan) {
  if (f.value->kind != YNode::Kind::sequence) {
    c.wrong(f, "a list of sessions");
    return;
  }
  plan.sessions.reserve(f.value->items.size());  // no session moved as the list grows
  for (const YNode* item : f.value->items)
    if (auto s = read_session(c, *item)) plan.sessions.push_back(std::move(*s));
}

// Reads one top-level key into `plan`, noting in `nodes` where the layout's parts are.
void read_plan_field(Checker& c, const Field& f, Plan& plan, PlanNodes& nodes) {
  if (f.key == "version") {
    check_version(c, f);
  } else if (f.key == "athlete") {
    read_athlete(c, f, plan.athlete, plan.athlete_where);
  } else if (f.key == "name") {
    if (!f.null()) plan.name = c.text(f);
  } else if (f.key == "units") {
    if (const auto u = c.named<Units>(f, "units", units_names())) {
      plan.units = *u;
      plan.units_given = true;
    }
  } else if (f.key == "sessions") {
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

std::optional<Plan> read_plan(Checker& c, const YNode& root, const YamlDoc& doc,
                              std::string_view text) {
  Plan plan;
  plan.source = c.file();
  PlanNodes nodes;
  nodes.root = &root;
  const std::vector<Field> fields = c.fields(root);
  for (const Field& f : fields) {
    plan.key_order.push_back(f.key);
    read_plan_field(c, f, plan, nodes);
  }
  c.require(root, fields, {"athlete", "sessions"}, "plan");
  if (c.has_errors()) return std::nullopt;
  record_layout(std::make_shared<const std::string>(text), doc, nodes, plan);
  return plan;
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

const Aliases& injury_aliases() {
  static const Aliases aliases{
      {"it_band", "itbs"},
      {"itb", "itbs"},
      {"it_band_syndrome", "itbs"},
      {"iliotibial_band", "itbs"},
      {"pf", "plantar_fasciitis"},
      {"plantar", "plantar_fasciitis"},
      {"plantar_fasciopathy", "plantar_fasciitis"},
      {"achilles", "achilles_tendinopathy"},
      {"achilles_tendonitis", "achilles_tendinopathy"},
      {"achilles_tendinitis", "achilles_tendinopathy"},
      {"pfps", "runners_knee"},
      {"patellofemoral", "runners_knee"},
      {"runner_knee", "runners_knee"},
      {"mtss", "shin_splints"},
      {"shin", "shin_splints"},
      {"hamstring", "muscle_strain"},
      {"calf", "muscle_strain"},
      {"pulled_muscle", "muscle_strain"},
      {"ankle_sprain", "sprain"},
      {"rolled_ankle", "sprain"},
      {"stress_reaction", "stress_fracture"},
      {"fracture", "stress_fracture"},
  };
  return aliases;
}

std::optional<InjuryKind> read_injury_kind(Checker& c, const Field& f) {
  return c.named<InjuryKind>(f, "injury", injury_kind_names(), injury_aliases());
}

std::optional<Side> read_side(Checker& c, const Field& f) {
  return c.named<Side>(f, "side", side_names());
}

void read_athlete(Checker& c, const Field& f, std::string& id, Location& where) {
  where = c.at(*f.value);
  const auto text = c.text(f);
  if (!text) return;
  if (const auto problem = athlete_id_problem(*text); !problem.empty()) {
    c.error(*f.value, "athlete id " + describe(*f.value) + " " + problem);
    return;
  }
  id = *text;
}

}  // namespace io

Parsed<Plan> parse_plan(std::string_view text, const std::string& file) {
  return io::read_document<Plan>(
      text, file, "a plan: a mapping with 'athlete' and 'sessions'",
      [text](io::Checker& c, const io::YNode& root, const io::YamlDoc& doc) {
        return io::read_plan(c, root, doc, text);
      });
}

}  // namespace planadj
