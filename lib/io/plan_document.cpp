#include "io/plan_document.h"

#include <algorithm>
#include <array>

#include "io/yaml_scalars.h"
#include "planadj/date_text.h"
#include "planadj/writers.h"

namespace planadj::io {
namespace {

using Kind = DocNode::Kind;

DocNode scalar(Kind kind, std::string text) {
  DocNode n;
  n.kind = kind;
  n.text = std::move(text);
  return n;
}
DocNode text(std::string_view s) { return scalar(Kind::text, std::string(s)); }
DocNode number(double v) { return scalar(Kind::number, format_number(v)); }
DocNode date(const Date& d) { return scalar(Kind::date, iso_date(d)); }
DocNode container(Kind kind, bool flow) {
  DocNode n;
  n.kind = kind;
  n.flow = flow;
  return n;
}
DocNode mapping(bool flow = false) { return container(Kind::mapping, flow); }
DocNode sequence(bool flow = false) { return container(Kind::sequence, flow); }

DocNode text_list(const std::vector<std::string>& items, bool flow) {
  DocNode seq = sequence(flow);
  for (const auto& s : items) seq.items.push_back(text(s));
  return seq;
}

// A duration keeps its input spelling; whole minutes (`45`) stay a number.
DocNode duration(const Duration& d) {
  const std::string spelled = d.text.empty() ? format_duration(d.minutes) : d.text;
  const CoreType t = core_schema_type(spelled);
  if (t == CoreType::integer || t == CoreType::floating) return scalar(Kind::number, spelled);
  return text(spelled);
}

DocNode value(const Value& v) {
  switch (v.kind) {
    case Value::Kind::null:
      return DocNode{};
    case Value::Kind::scalar: {
      DocNode n = scalar(Kind::yaml_scalar, v.text);
      n.quoted = v.quoted;
      return n;
    }
    case Value::Kind::sequence: {
      DocNode seq = sequence();
      for (const auto& item : v.items) seq.items.push_back(value(item));
      return seq;
    }
    case Value::Kind::mapping: {
      DocNode map = mapping();
      for (const auto& [k, item] : v.entries) map.add(k, value(item));
      return map;
    }
  }
  return DocNode{};
}

const Value* find_extra(const ExtraKeys& extra, const std::string& key) {
  for (const auto& [k, v] : extra)
    if (k == key) return &v;
  return nullptr;
}

bool contains(const std::vector<std::string>& keys, std::string_view key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// The input order, each key once, then the unknown keys the order does not name.
std::vector<std::string> input_order(const std::vector<std::string>& key_order,
                                     const ExtraKeys& extra) {
  std::vector<std::string> keys;
  for (const auto& k : key_order)
    if (!contains(keys, k)) keys.push_back(k);
  for (const auto& [k, v] : extra)
    if (!contains(keys, k)) keys.push_back(k);
  return keys;
}

// ---- the `adjusted` header --------------------------------------------------

void add_injury_id(DocNode& map, InjuryKind injury, const std::optional<Side>& side,
                   const std::optional<std::string>& location) {
  map.add("injury", text(name_of(injury)));
  if (side) map.add("side", text(name_of(*side)));
  if (location) map.add("location", text(*location));
}

DocNode summary(const Summary& s) {
  DocNode map = mapping(true);
  map.add("sessions_changed", number(s.sessions_changed));
  map.add("rest_days_inserted", number(s.rest_days_inserted));
  map.add("speedwork_replaced", number(s.speedwork_replaced));
  map.add("routes_flattened", number(s.routes_flattened));
  map.add("volume_before", number(s.volume_before));
  map.add("volume_after", number(s.volume_after));
  // Only plans with time-only sessions have minutes to report.
  if (s.minutes_before != 0 || s.minutes_after != 0) {
    map.add("minutes_before", number(s.minutes_before));
    map.add("minutes_after", number(s.minutes_after));
  }
  return map;
}

DocNode injury_report(const InjuryReport& r) {
  DocNode map = mapping();
  add_injury_id(map, r.injury, r.side, r.location);
  DocNode& phases = map.add("phases", sequence());
  for (const auto& p : r.phases) {
    DocNode phase = mapping(true);
    phase.add("rule", text(p.rule));
    phase.add("from", date(p.from));
    if (p.to) phase.add("to", date(*p.to));  // open-ended: no `to` yet
    phases.items.push_back(std::move(phase));
  }
  map.add("care", text_list(r.care, false));
  return map;
}

DocNode header(const AdjustedHeader& h) {
  DocNode map = mapping();
  map.add("by", text(h.by));
  map.add("notice", text(h.notice));
  map.add("summary", summary(h.summary));
  DocNode& referrals = map.add("referrals", sequence());
  for (const auto& r : h.referrals) {
    DocNode ref = mapping(true);
    add_injury_id(ref, r.injury, r.side, r.location);
    ref.add("date", date(r.date));
    ref.add("reason", text(r.reason));
    // Only a closed referral says so: an open one keeps the bytes it always had.
    if (r.closed) {
      ref.add("closed", date(*r.closed));
      ref.add("cleared", scalar(Kind::yaml_scalar, r.cleared ? "true" : "false"));
      if (r.closed_note) ref.add("closed_note", text(*r.closed_note));
    }
    referrals.items.push_back(std::move(ref));
  }
  map.add("warnings", text_list(h.warnings, false));
  DocNode& injuries = map.add("injuries", sequence());
  for (const auto& r : h.injuries) injuries.items.push_back(injury_report(r));
  return map;
}

// ---- sessions ---------------------------------------------------------------

DocNode original(const Original& o) {
  DocNode map = mapping(true);
  if (o.type) map.add("type", text(name_of(*o.type)));
  if (o.distance) map.add("distance", number(*o.distance));
  if (o.duration)
    map.add("duration", duration(*o.duration));
  else if (o.duration_added)
    map.add("duration", DocNode{});  // null: there was no duration
  if (o.terrain) map.add("terrain", *o.terrain ? text(name_of(**o.terrain)) : DocNode{});
  if (o.route) map.add("route", text(*o.route));
  if (o.elevation_gain) map.add("elevation_gain", number(*o.elevation_gain));
  if (o.description) map.add("description", *o.description ? text(**o.description) : DocNode{});
  return map;
}

DocNode adjustment(const Adjustment& a) {
  DocNode map = mapping();
  map.add("rule", text(a.rule));
  map.add("changes", text_list(a.changes, true));
  map.add("reason", text(a.reason));
  map.add("original", original(a.original));
  if (a.wrote) map.add("wrote", original(*a.wrote));
  return map;
}

constexpr std::array<std::string_view, 8> kSessionKeys{
    "date", "type", "distance", "duration", "terrain", "route", "elevation_gain", "description"};

// The value of known session key `key`, or nullopt when the session has none.
std::optional<DocNode> known_session_value(const Session& s, std::string_view key) {
  if (key == "date") return date(s.date);
  if (key == "type") return text(name_of(s.type));
  if (key == "distance" && s.distance) return number(*s.distance);
  if (key == "duration" && s.duration) return duration(*s.duration);
  if (key == "terrain" && s.terrain) return text(name_of(*s.terrain));
  if (key == "route" && s.route) return text(*s.route);
  if (key == "elevation_gain" && s.elevation_gain) return number(*s.elevation_gain);
  if (key == "description" && s.description) return text(*s.description);
  if (key == "adjustment" && s.adjustment) return adjustment(*s.adjustment);
  // `locked: false` as written stays; `locked: true` is added when the tool locks.
  if (key == "locked" && (s.locked || contains(s.key_order, "locked")))
    return scalar(Kind::yaml_scalar, s.locked ? "true" : "false");
  return std::nullopt;
}

bool is_known_session_key(std::string_view key) {
  return key == "adjustment" || key == "locked" ||
         std::find(kSessionKeys.begin(), kSessionKeys.end(), key) != kSessionKeys.end();
}

DocNode session(const Session& s) {
  DocNode map = mapping();
  const std::vector<std::string> keys = input_order(s.key_order, s.extra);
  for (const auto& key : keys) {
    if (is_known_session_key(key)) {
      if (auto v = known_session_value(s, key)) map.add(key, std::move(*v));
    } else if (const Value* v = find_extra(s.extra, key)) {
      map.add(key, value(*v));
    }
  }
  for (const auto key : kSessionKeys)
    if (!contains(keys, key))
      if (auto v = known_session_value(s, key)) map.add(std::string(key), std::move(*v));
  if (!contains(keys, "locked") && s.locked) map.add("locked", *known_session_value(s, "locked"));
  if (!contains(keys, "adjustment") && s.adjustment)
    map.add("adjustment", adjustment(*s.adjustment));
  return map;
}

// ---- the plan ---------------------------------------------------------------

// Top-level keys: the input's, with the known keys it lacks put before `adjusted` /
// `sessions` in canonical order, `adjusted` just before `sessions`.
std::vector<std::string> top_level_order(const Plan& p) {
  std::vector<std::string> keys = input_order(p.key_order, p.extra);
  const bool hand_built = p.key_order.empty();
  auto insert_before_sessions = [&keys](const std::string& key) {
    auto at = std::find(keys.begin(), keys.end(), "adjusted");
    if (at == keys.end()) at = std::find(keys.begin(), keys.end(), "sessions");
    keys.insert(at, key);
  };
  if (!contains(keys, "sessions")) keys.push_back("sessions");
  if (p.adjusted && !contains(keys, "adjusted"))
    keys.insert(std::find(keys.begin(), keys.end(), "sessions"), "adjusted");
  const bool wanted[] = {hand_built || p.version != 1, true, p.name.has_value(),
                         hand_built || p.units_given || p.units != Units::km};
  const char* const known[] = {"version", "athlete", "name", "units"};
  for (int i = 0; i < 4; ++i)
    if (wanted[i] && !contains(keys, known[i])) insert_before_sessions(known[i]);
  return keys;
}

}  // namespace

DocNode& DocNode::add(std::string key, DocNode value) {
  entries.emplace_back(std::move(key), std::move(value));
  return entries.back().second;
}

namespace {

DocNode document(const Plan& p, bool with_sessions) {
  DocNode root = mapping();
  for (const auto& key : top_level_order(p)) {
    if (key == "version") {
      root.add(key, number(p.version));
    } else if (key == "athlete") {
      root.add(key, text(p.athlete));
    } else if (key == "name") {
      if (p.name) root.add(key, text(*p.name));
    } else if (key == "units") {
      root.add(key, text(name_of(p.units)));
    } else if (key == "adjusted") {
      if (p.adjusted) root.add(key, header(*p.adjusted));
    } else if (key == "sessions") {
      DocNode& sessions = root.add(key, sequence());
      if (with_sessions)
        for (const auto& s : p.sessions) sessions.items.push_back(session(s));
    } else if (const Value* v = find_extra(p.extra, key)) {
      root.add(key, value(*v));
    }
  }
  return root;
}

}  // namespace

DocNode session_document(const Session& s) { return session(s); }

DocNode plan_document(const Plan& p) { return document(p, true); }

DocNode plan_top_document(const Plan& p) { return document(p, false); }

}  // namespace planadj::io
