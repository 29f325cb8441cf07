// The JSON rendering for programs. Written by hand so that the bytes are stable:
// keys in a fixed order, every key always present (null when unknown), numbers
// rounded to 2 decimals in their shortest spelling. lib/diff/README.md documents
// every field.
#include <array>
#include <string>

#include "diff/format.h"
#include "planadj/date_text.h"
#include "planadj/diff.h"
#include "planadj/enum_words.h"
#include "planadj/json_writer.h"

namespace planadj {
namespace {

namespace fmt = diff_format;
using namespace std::literals;

/// The shared writer with diff's numbers: rounded to 2 decimals, shortest spelling.
class Json : public JsonWriter {
 public:
  void num(double v) { raw(rounded_number(v, 2)); }
  void opt_str(const std::optional<std::string>& v) { v ? str(*v) : null(); }
  void opt_num(const std::optional<double>& v) { v ? num(*v) : null(); }
  void num(std::string_view k, double v) {
    key(k);
    num(v);
  }
  void opt_str(std::string_view k, const std::optional<std::string>& v) {
    key(k);
    opt_str(v);
  }
  void opt_num(std::string_view k, const std::optional<double>& v) {
    key(k);
    opt_num(v);
  }
};

void write_value(Json& j, const Value& v) {
  switch (v.kind) {
    case Value::Kind::null:
      j.null();
      return;
    case Value::Kind::scalar:
      j.str(v.text);
      return;
    case Value::Kind::sequence:
      j.open('[');
      for (const auto& item : v.items) write_value(j, item);
      j.close(']');
      return;
    case Value::Kind::mapping:
      j.open('{');
      for (const auto& [k, item] : v.entries) {
        j.key(k);
        write_value(j, item);
      }
      j.close('}');
      return;
  }
}

void write_session(Json& j, const std::optional<Session>& s, Units units) {
  if (!s) return j.null();
  j.open('{');
  j.str("text", describe_session(*s, units));
  j.str("type", std::string(name_of(s->type)));
  j.opt_num("distance", s->distance);
  j.key("duration_minutes");
  s->duration ? j.num(s->duration->minutes) : j.null();
  // Null when the session gives no terrain (no `terrain`, no `elevation_gain`).
  if (s->terrain || s->elevation_gain)
    j.str("terrain", std::string(name_of(effective_terrain(*s, units))));
  else
    j.opt_str("terrain", std::nullopt);
  j.opt_str("route", s->route);
  j.opt_num("elevation_gain", s->elevation_gain);
  j.opt_str("description", s->description);
  j.boolean("running", is_running(s->type));
  j.boolean("speedwork", is_speedwork(s->type));
  j.key("extra");
  j.open('{');
  for (const auto& [k, v] : s->extra) {
    j.key(k);
    write_value(j, v);
  }
  j.close('}');
  j.close('}');
}

std::string_view origin_name(ChangeOrigin o) {
  // Indexed by ChangeOrigin (planadj/diff.h).
  static constexpr std::array kNames{"tool"sv, "hand"sv, "tool_and_hand"sv};
  static_assert(kNames.size() == enum_count(ChangeOrigin::tool_and_hand), "one name per origin");
  return word_of(kNames, o);
}

void write_change(Json& j, const PlanDiff& d, const SessionChange& c) {
  j.open('{');
  j.str("date", iso_date(c.date));
  j.integer("index", c.index);
  j.str("kind", fmt::kind_name(c.kind));
  j.str("origin", origin_name(c.origin));
  j.strings("fields", c.fields);
  j.key("rule");
  c.adjustment ? j.str(c.adjustment->rule) : j.null();
  j.key("reason");
  c.adjustment ? j.str(c.adjustment->reason) : j.null();
  if (c.adjustment)
    j.strings("adjustment_changes", c.adjustment->changes);
  else
    j.raw("adjustment_changes", "null");
  j.key("before");
  write_session(j, c.before, d.units_before);
  j.key("after");
  write_session(j, c.after, d.units_after);
  j.close('}');
}

void write_totals(Json& j, const WeekTotals& t) {
  j.open('{');
  j.num("distance", t.distance);
  j.num("minutes", t.minutes);
  j.integer("speedwork", t.speedwork);
  j.integer("rest_days", t.rest_days);
  j.close('}');
}

void write_week(Json& j, const WeekDiff& w) {
  j.open('{');
  j.str("week", fmt::week_label(w));
  j.integer("iso_year", w.iso_year);
  j.integer("iso_week", w.iso_week);
  j.str("start", iso_date(w.monday));
  j.integer("days", w.days);
  j.key("before");
  write_totals(j, w.before);
  j.key("after");
  write_totals(j, w.after);
  j.opt_num("distance_change_percent", percent_change(w.before.distance, w.after.distance));
  j.opt_num("minutes_change_percent", percent_change(w.before.minutes, w.after.minutes));
  j.close('}');
}

void write_summary(Json& j, const DiffSummary& s) {
  j.open('{');
  j.integer("sessions_changed", s.sessions_changed);
  j.integer("sessions_added", s.sessions_added);
  j.integer("sessions_removed", s.sessions_removed);
  j.integer("changes_by_tool", s.by_tool);
  j.integer("changes_by_hand", s.by_hand);
  j.num("volume_before", s.volume_before);
  j.num("volume_after", s.volume_after);
  j.opt_num("volume_change_percent", percent_change(s.volume_before, s.volume_after));
  j.num("minutes_before", s.minutes_before);
  j.num("minutes_after", s.minutes_after);
  j.integer("rest_days_before", s.rest_days_before);
  j.integer("rest_days_after", s.rest_days_after);
  j.integer("rest_days_added", s.rest_days_added);
  j.integer("speedwork_before", s.speedwork_before);
  j.integer("speedwork_after", s.speedwork_after);
  j.integer("speedwork_replaced", s.speedwork_replaced);
  j.integer("routes_flattened", s.routes_flattened);
  j.close('}');
}

void write_injury_id(Json& j, InjuryKind injury, const std::optional<Side>& side,
                     const std::optional<std::string>& location) {
  j.str("injury", std::string(name_of(injury)));
  j.opt_str("side", side ? std::optional<std::string>(std::string(name_of(*side))) : std::nullopt);
  j.opt_str("location", location);
}

// The revision's referrals, warnings and care, before everything else the coach reads
// (docs/formats.md#diff-json); empty lists when the revision has no header.
void write_review(Json& j, const std::optional<ReviewNotes>& n) {
  j.key("referrals");
  j.open('[');
  if (n)
    for (std::size_t i = 0; i < n->referrals.size(); ++i) {
      const Referral& r = n->referrals[i];
      j.open('{');
      write_injury_id(j, r.injury, r.side, r.location);
      j.str("date", iso_date(r.date));
      j.str("reason", r.reason);
      j.str("text", n->referral_lines[i]);
      j.close('}');
    }
  j.close(']');
  static const std::vector<std::string> kNone;
  j.strings("warnings", n ? n->warnings : kNone);
  j.key("care");
  j.open('[');
  if (n)
    for (const CareNote& c : n->care) {
      j.open('{');
      write_injury_id(j, c.injury, c.side, c.location);
      j.str("label", c.label);
      j.strings("advice", c.care);
      j.close('}');
    }
  j.close(']');
}

}  // namespace

std::string render_json(const PlanDiff& d) {
  Json j;
  j.open('{');
  j.str("original", d.original);
  j.str("revised", d.revised);
  j.boolean("same", d.same);
  j.str("athlete", d.athlete);
  j.opt_str("name", d.name);
  j.str("units", fmt::unit(d.units));
  write_review(j, d.review);
  j.key("plan_fields");
  j.open('[');
  for (const auto& f : d.plan_fields) {
    j.open('{');
    j.str("field", f.field);
    j.str("before", f.before);
    j.str("after", f.after);
    j.close('}');
  }
  j.close(']');
  j.key("changes");
  j.open('[');
  for (const auto& c : d.changes) write_change(j, d, c);
  j.close(']');
  j.key("weeks");
  j.open('[');
  for (const auto& w : d.weeks) write_week(j, w);
  j.close(']');
  j.key("phases");
  j.open('[');
  for (const auto& p : d.phases) {
    j.open('{');
    j.str("injury", p.injury);
    j.str("rule", p.rule);
    j.str("from", iso_date(p.from));
    j.key("to");
    p.to ? j.str(iso_date(*p.to)) : j.null();
    j.close('}');
  }
  j.close(']');
  j.key("summary");
  write_summary(j, d.summary);
  j.close('}');
  return j.done();
}

}  // namespace planadj
