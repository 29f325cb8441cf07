// Reading back what our own writer adds to a revised plan (docs/formats.md#revised-plan): each
// session's `adjustment` and the plan's `adjusted` header. Lenient about what is missing (a
// hand-edited revision still loads), strict and located about wrong types.
#include "io/plan_parts.h"

namespace planadj::io {
namespace {

const std::vector<std::string_view> kAdjustmentKeys{"rule", "changes", "reason", "original",
                                                    "wrote"};
const std::vector<std::string_view> kOriginalKeys{"type",    "distance", "duration",
                                                  "terrain", "route",    "elevation_gain"};
const std::vector<std::string_view> kAdjustedKeys{"by",        "as_of",    "notice",  "summary",
                                                  "referrals", "warnings", "injuries"};
const std::vector<std::string_view> kSummaryKeys{
    "sessions_changed", "rest_days_inserted", "speedwork_replaced", "routes_flattened",
    "volume_before",    "volume_after",       "minutes_before",     "minutes_after"};
const std::vector<std::string_view> kReferralKeys{"injury", "side", "location", "date", "reason"};
const std::vector<std::string_view> kInjuryReportKeys{"injury", "side",   "location",
                                                      "status", "phases", "care"};
const std::vector<std::string_view> kPhaseKeys{"rule", "from", "to"};

bool non_negative(double v) { return v >= 0; }

// True when `f` is a mapping; otherwise reports it.
bool mapping(Checker& c, const Field& f, std::string_view what) {
  if (f.value->kind == YNode::Kind::mapping) return true;
  c.wrong(f, "a mapping (" + std::string(what) + ")");
  return false;
}

// Calls `read` for each mapping item of the list `f`; reports the others.
template <class Read>
void each_mapping(Checker& c, const Field& f, std::string_view what, Read read) {
  if (f.value->kind != YNode::Kind::sequence) {
    c.wrong(f, "a list of " + std::string(what));
    return;
  }
  for (const YNode* item : f.value->items) {
    if (item->kind != YNode::Kind::mapping) {
      c.error(*item, "each item of " + f.key + " must be a mapping, got " + describe(*item));
      continue;
    }
    read(*item);
  }
}

Original read_original(Checker& c, const YNode& map) {
  Original o;
  for (const Field& f : c.fields(map)) {
    if (f.key == "terrain") {
      // null: the session had no terrain key before the route was flattened.
      if (f.null()) {
        o.terrain = std::optional<Terrain>{};
      } else if (const auto t = c.name(f, "terrain", terrain_names())) {
        o.terrain = static_cast<Terrain>(*t);
      }
    } else if (f.null()) {
      continue;
    } else if (f.key == "type") {
      if (const auto t = c.name(f, "session type", session_type_names()))
        o.type = static_cast<SessionType>(*t);
    } else if (f.key == "distance") {
      o.distance = c.number(f, "a number >= 0", non_negative);
    } else if (f.key == "duration") {
      o.duration = read_duration(c, f);
    } else if (f.key == "route") {
      o.route = c.text(f);
    } else if (f.key == "elevation_gain") {
      o.elevation_gain = c.number(f, "a number of metres >= 0", non_negative);
    } else {
      c.unknown_dropped(f, "adjustment original", kOriginalKeys);
    }
  }
  return o;
}

Summary read_summary(Checker& c, const YNode& map) {
  Summary s;
  for (const Field& f : c.fields(map)) {
    int* count = f.key == "sessions_changed"     ? &s.sessions_changed
                 : f.key == "rest_days_inserted" ? &s.rest_days_inserted
                 : f.key == "speedwork_replaced" ? &s.speedwork_replaced
                 : f.key == "routes_flattened"   ? &s.routes_flattened
                                                 : nullptr;
    double* amount = f.key == "volume_before"    ? &s.volume_before
                     : f.key == "volume_after"   ? &s.volume_after
                     : f.key == "minutes_before" ? &s.minutes_before
                     : f.key == "minutes_after"  ? &s.minutes_after
                                                 : nullptr;
    if (count) {
      if (const auto v = c.whole(f, 0, 1'000'000'000, "a whole number >= 0")) *count = *v;
    } else if (amount) {
      if (const auto v = c.number(f, "a number >= 0", non_negative)) *amount = *v;
    } else {
      c.unknown_dropped(f, "summary", kSummaryKeys);
    }
  }
  return s;
}

// Reads the `injury`, `side` and `location` keys that a referral and an injury
// report share into `r`; false (nothing read) for any other key.
template <class Injury>
bool read_injury_place(Checker& c, const Field& f, Injury& r) {
  if (f.key == "injury") {
    if (const auto k = read_injury_kind(c, f)) r.injury = *k;
  } else if (f.key == "side") {
    r.side = read_side(c, f);
  } else if (f.key == "location") {
    r.location = c.text(f);
  } else {
    return false;
  }
  return true;
}

Referral read_referral(Checker& c, const YNode& map) {
  Referral r;
  for (const Field& f : c.fields(map)) {
    if (f.null() || read_injury_place(c, f, r)) continue;
    if (f.key == "date") {
      if (const auto d = c.date(f)) r.date = *d;
    } else if (f.key == "reason") {
      if (const auto t = c.text(f)) r.reason = *t;
    } else {
      c.unknown_dropped(f, "referral", kReferralKeys);
    }
  }
  return r;
}

Phase read_phase(Checker& c, const YNode& map) {
  Phase p;
  for (const Field& f : c.fields(map)) {
    if (f.key == "rule") {
      if (const auto t = c.text(f)) p.rule = *t;
    } else if (f.key == "from") {
      if (const auto d = c.date(f)) p.from = *d;
    } else if (f.key == "to") {
      if (!f.null()) p.to = c.date(f);  // null: open-ended
    } else {
      c.unknown_dropped(f, "phase", kPhaseKeys);
    }
  }
  return p;
}

InjuryReport read_injury_report(Checker& c, const YNode& map) {
  InjuryReport r;
  for (const Field& f : c.fields(map)) {
    if (f.null() || read_injury_place(c, f, r)) continue;
    if (f.key == "status") {
      (void)c.text(f);  // a v1 revision's status today; checked, then dropped
    } else if (f.key == "phases") {
      each_mapping(c, f, "phases", [&](const YNode& m) { r.phases.push_back(read_phase(c, m)); });
    } else if (f.key == "care") {
      if (auto l = c.text_list(f)) r.care = std::move(*l);
    } else {
      c.unknown_dropped(f, "injury report", kInjuryReportKeys);
    }
  }
  return r;
}

}  // namespace

std::optional<Adjustment> read_adjustment(Checker& c, const Field& f) {
  if (!mapping(c, f, "rule, changes, reason, original")) return std::nullopt;
  Adjustment a;
  for (const Field& g : c.fields(*f.value)) {
    if (g.null()) continue;
    if (g.key == "rule") {
      if (const auto t = c.text(g)) a.rule = *t;
    } else if (g.key == "changes") {
      if (auto l = c.text_list(g)) a.changes = std::move(*l);
    } else if (g.key == "reason") {
      if (const auto t = c.text(g)) a.reason = *t;
    } else if (g.key == "original") {
      if (mapping(c, g, "the values before the adjustment"))
        a.original = read_original(c, *g.value);
    } else if (g.key == "wrote") {
      if (mapping(c, g, "the values the tool wrote")) a.wrote = read_original(c, *g.value);
    } else {
      c.unknown_dropped(g, "adjustment", kAdjustmentKeys);
    }
  }
  return a;
}

std::optional<AdjustedHeader> read_adjusted(Checker& c, const Field& f) {
  if (!mapping(c, f, "the header plan-adjust writes")) return std::nullopt;
  AdjustedHeader h;
  for (const Field& g : c.fields(*f.value)) {
    if (g.null()) continue;
    if (g.key == "by") {
      if (const auto t = c.text(g)) h.by = *t;
    } else if (g.key == "as_of") {
      (void)c.date(g);  // a v1 revision's; checked, then dropped (docs/rules.md#status-and-phases)
    } else if (g.key == "notice") {
      if (const auto t = c.text(g)) h.notice = *t;
    } else if (g.key == "summary") {
      if (mapping(c, g, "counts and volumes")) h.summary = read_summary(c, *g.value);
    } else if (g.key == "referrals") {
      each_mapping(c, g, "referrals",
                   [&](const YNode& m) { h.referrals.push_back(read_referral(c, m)); });
    } else if (g.key == "warnings") {
      if (auto l = c.text_list(g)) h.warnings = std::move(*l);
    } else if (g.key == "injuries") {
      each_mapping(c, g, "injury reports",
                   [&](const YNode& m) { h.injuries.push_back(read_injury_report(c, m)); });
    } else {
      c.unknown_dropped(g, "adjusted", kAdjustedKeys);
    }
  }
  return h;
}

}  // namespace planadj::io
