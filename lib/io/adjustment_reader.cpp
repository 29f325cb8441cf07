// Reading back what our own writer adds to a revised plan (docs/formats.md#revised-plan): each
// session's `adjustment` and the plan's `adjusted` header. Lenient about what is missing (a
// hand-edited revision still loads), strict and located about wrong types.
#include "io/plan_parts.h"

namespace planadj::io {
namespace {

const std::vector<std::string_view> kAdjustmentKeys{"rule", "changes", "reason", "original",
                                                    "wrote"};
const std::vector<std::string_view> kOriginalKeys{
    "type", "distance", "duration", "terrain", "route", "elevation_gain", "description"};
const std::vector<std::string_view> kAdjustedKeys{"by",        "as_of",    "notice",  "summary",
                                                  "referrals", "warnings", "injuries"};
const std::vector<std::string_view> kSummaryKeys{
    "sessions_changed", "rest_days_inserted", "speedwork_replaced", "routes_flattened",
    "volume_before",    "volume_after",       "minutes_before",     "minutes_after"};
const std::vector<std::string_view> kReferralKeys{"injury", "side",   "location", "date",
                                                  "reason", "closed", "cleared",  "closed_note"};
const std::vector<std::string_view> kInjuryReportKeys{"injury", "side",   "location",
                                                      "status", "phases", "care"};
const std::vector<std::string_view> kPhaseKeys{"rule", "from", "to"};

// The most a count of the summary may be: far above any plan's, well inside an int.
constexpr int kMaxCount = 1'000'000'000;

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
  for (const YNode* item : f.value->items)
    if (c.mapping_item(*item, "each item of " + f.key)) read(*item);
}

// What a mapping's key left empty (`reason:`) means: read as null, or as if absent.
enum class Empty { read, absent };

// A T read from mapping `map` key by key with `read_field`, which returns false for a key it
// does not know: such a key is dropped with a warning naming `what` and its `known` keys.
template <class T>
T read_mapping(Checker& c, const YNode& map, std::string_view what,
               const std::vector<std::string_view>& known,
               bool (*read_field)(Checker&, const Field&, T&), Empty empty = Empty::read) {
  T out;
  for (const Field& f : c.fields(map)) {
    if (empty == Empty::absent && f.null()) continue;
    if (!read_field(c, f, out)) c.unknown_dropped(f, what, known);
  }
  return out;
}

// One key of an adjustment's `original` or `wrote` into `o`; false for an unknown key.
bool read_original_field(Checker& c, const Field& f, Original& o) {
  if (f.key == "terrain") {
    // null: the session had no terrain key before the route was flattened.
    if (f.null())
      o.terrain = std::optional<Terrain>{};
    else if (const auto t = c.named<Terrain>(f, "terrain", terrain_names()))
      o.terrain = *t;
  } else if (f.key == "description") {
    // null: the session had no description before the tool wrote one.
    if (f.null())
      o.description = std::optional<std::string>{};
    else if (auto text = c.text(f))
      o.description = std::move(text);
  } else if (f.key == "duration" && f.null()) {
    o.duration_added = true;  // the tool gave it a duration it had none of
  } else if (f.null()) {
    return true;  // any other key left empty is as if absent
  } else if (f.key == "type") {
    if (const auto t = c.named<SessionType>(f, "session type", session_type_names())) o.type = *t;
  } else if (f.key == "distance") {
    o.distance = c.number(f, "a number >= 0", non_negative);
  } else if (f.key == "duration") {
    o.duration = read_duration(c, f);
  } else if (f.key == "route") {
    o.route = c.text(f);
  } else if (f.key == "elevation_gain") {
    o.elevation_gain = c.number(f, "a number of metres >= 0", non_negative);
  } else {
    return false;
  }
  return true;
}

Original read_original(Checker& c, const YNode& map) {
  return read_mapping(c, map, "adjustment original", kOriginalKeys, read_original_field);
}

// One key of the `summary` into `s`; false for an unknown key.
bool read_summary_field(Checker& c, const Field& f, Summary& s) {
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
    if (const auto v = c.whole(f, 0, kMaxCount, "a whole number >= 0")) *count = *v;
  } else if (amount) {
    if (const auto v = c.number(f, "a number >= 0", non_negative)) *amount = *v;
  }
  return count || amount;
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

// One key of a referral into `r`; false for an unknown key.
bool read_referral_field(Checker& c, const Field& f, Referral& r) {
  if (read_injury_place(c, f, r)) return true;
  if (f.key == "date") {
    if (const auto d = c.date(f)) r.date = *d;
  } else if (f.key == "reason") {
    if (const auto t = c.text(f)) r.reason = *t;
  } else if (f.key == "closed") {
    if (!f.null()) r.closed = c.date(f);
  } else if (f.key == "cleared") {
    if (const auto v = c.boolean(f)) r.cleared = *v;
  } else if (f.key == "closed_note") {
    if (!f.null()) r.closed_note = c.text(f);
  } else {
    return false;
  }
  return true;
}

// One key of a phase into `p`; false for an unknown key.
bool read_phase_field(Checker& c, const Field& f, Phase& p) {
  if (f.key == "rule") {
    if (const auto t = c.text(f)) p.rule = *t;
  } else if (f.key == "from") {
    if (const auto d = c.date(f)) p.from = *d;
  } else if (f.key == "to") {
    if (!f.null()) p.to = c.date(f);  // null: open-ended
  } else {
    return false;
  }
  return true;
}

// One key of an injury report into `r`; false for an unknown key.
bool read_injury_report_field(Checker& c, const Field& f, InjuryReport& r) {
  if (read_injury_place(c, f, r)) return true;
  if (f.key == "status") {
    (void)c.text(f);  // a v1 revision's status today; checked, then dropped
  } else if (f.key == "phases") {
    each_mapping(c, f, "phases", [&](const YNode& m) {
      r.phases.push_back(read_mapping(c, m, "phase", kPhaseKeys, read_phase_field));
    });
  } else if (f.key == "care") {
    if (auto l = c.text_list(f)) r.care = std::move(*l);
  } else {
    return false;
  }
  return true;
}

// One key of a session's `adjustment` into `a`; false for an unknown key.
bool read_adjustment_field(Checker& c, const Field& f, Adjustment& a) {
  if (f.key == "rule") {
    if (const auto t = c.text(f)) a.rule = *t;
  } else if (f.key == "changes") {
    if (auto l = c.text_list(f)) a.changes = std::move(*l);
  } else if (f.key == "reason") {
    if (const auto t = c.text(f)) a.reason = *t;
  } else if (f.key == "original") {
    if (mapping(c, f, "the values before the adjustment")) a.original = read_original(c, *f.value);
  } else if (f.key == "wrote") {
    if (mapping(c, f, "the values the tool wrote")) a.wrote = read_original(c, *f.value);
  } else {
    return false;
  }
  return true;
}

// One key of the plan's `adjusted` header into `h`; false for an unknown key.
bool read_adjusted_field(Checker& c, const Field& f, AdjustedHeader& h) {
  if (f.key == "by") {
    if (const auto t = c.text(f)) h.by = *t;
  } else if (f.key == "as_of") {
    (void)c.date(f);  // a v1 revision's; checked, then dropped (docs/rules.md#status-and-phases)
  } else if (f.key == "notice") {
    if (const auto t = c.text(f)) h.notice = *t;
  } else if (f.key == "summary") {
    if (mapping(c, f, "counts and volumes"))
      h.summary = read_mapping(c, *f.value, "summary", kSummaryKeys, read_summary_field);
  } else if (f.key == "referrals") {
    each_mapping(c, f, "referrals", [&](const YNode& m) {
      h.referrals.push_back(
          read_mapping(c, m, "referral", kReferralKeys, read_referral_field, Empty::absent));
    });
  } else if (f.key == "warnings") {
    if (auto l = c.text_list(f)) h.warnings = std::move(*l);
  } else if (f.key == "injuries") {
    each_mapping(c, f, "injury reports", [&](const YNode& m) {
      h.injuries.push_back(read_mapping(c, m, "injury report", kInjuryReportKeys,
                                        read_injury_report_field, Empty::absent));
    });
  } else {
    return false;
  }
  return true;
}

}  // namespace

std::optional<Adjustment> read_adjustment(Checker& c, const Field& f) {
  if (!mapping(c, f, "rule, changes, reason, original")) return std::nullopt;
  return read_mapping(c, *f.value, "adjustment", kAdjustmentKeys, read_adjustment_field,
                      Empty::absent);
}

std::optional<AdjustedHeader> read_adjusted(Checker& c, const Field& f) {
  if (!mapping(c, f, "the header plan-adjust writes")) return std::nullopt;
  return read_mapping(c, *f.value, "adjusted", kAdjustedKeys, read_adjusted_field, Empty::absent);
}

}  // namespace planadj::io
