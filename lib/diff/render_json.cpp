// The JSON rendering for programs. Written by hand so that the bytes are stable:
// keys in a fixed order, every key always present (null when unknown), numbers
// rounded to 2 decimals in their shortest spelling. lib/diff/README.md documents
// every field.
#include "planadj/diff.h"

#include <cstdio>
#include <string>

#include "diff/format.h"

namespace planadj {
namespace {

namespace fmt = diff_format;

std::string quote(const std::string& s) {
  std::string out = "\"";
  for (unsigned char ch : s) {
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (ch < 0x20 || ch == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", ch);
          out += buf;
        } else {
          out += static_cast<char>(ch);
        }
    }
  }
  return out + "\"";
}

/// Pretty-printing writer: two-space indent, one key per line, "key": value.
class Json {
 public:
  void open(char bracket) {
    item();
    out_ += bracket;
    first_ = true;
    ++depth_;
  }
  void close(char bracket) {
    --depth_;
    if (!first_) newline();
    out_ += bracket;
    first_ = false;
  }
  void key(const std::string& k) {
    item();
    out_ += quote(k) + ": ";
    pending_key_ = true;
  }
  void raw(const std::string& v) {
    item();
    out_ += v;
  }
  void str(const std::string& v) { raw(quote(v)); }
  void num(double v) { raw(fmt::number(v)); }
  void integer(int v) { raw(std::to_string(v)); }
  void boolean(bool v) { raw(v ? "true" : "false"); }
  void null() { raw("null"); }
  void opt_str(const std::optional<std::string>& v) { v ? str(*v) : null(); }
  void opt_num(const std::optional<double>& v) { v ? num(*v) : null(); }
  std::string done() { return out_ + "\n"; }

 private:
  void item() {
    if (pending_key_) {
      pending_key_ = false;
      return;
    }
    if (depth_ == 0) return;
    if (!first_) out_ += ",";
    newline();
    first_ = false;
  }
  void newline() { out_ += "\n" + std::string(2 * depth_, ' '); }

  std::string out_;
  int depth_ = 0;
  bool first_ = true;
  bool pending_key_ = false;
};

void write_value(Json& j, const Value& v) {
  switch (v.kind) {
    case Value::Kind::null: j.null(); return;
    case Value::Kind::scalar: j.str(v.text); return;
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
  j.key("text"); j.str(describe_session(*s, units));
  j.key("type"); j.str(std::string(name_of(s->type)));
  j.key("distance"); j.opt_num(s->distance);
  j.key("duration_minutes");
  s->duration ? j.num(s->duration->minutes) : j.null();
  j.key("terrain"); j.str(std::string(name_of(effective_terrain(*s, units))));
  j.key("route"); j.opt_str(s->route);
  j.key("elevation_gain"); j.opt_num(s->elevation_gain);
  j.key("description"); j.opt_str(s->description);
  j.key("running"); j.boolean(is_running(s->type));
  j.key("speedwork"); j.boolean(is_speedwork(s->type));
  j.key("extra");
  j.open('{');
  for (const auto& [k, v] : s->extra) {
    j.key(k);
    write_value(j, v);
  }
  j.close('}');
  j.close('}');
}

const char* kind_name(SessionChange::Kind k) {
  switch (k) {
    case SessionChange::Kind::added: return "added";
    case SessionChange::Kind::removed: return "removed";
    case SessionChange::Kind::changed: break;
  }
  return "changed";
}

const char* origin_name(ChangeOrigin o) {
  switch (o) {
    case ChangeOrigin::tool: return "tool";
    case ChangeOrigin::tool_and_hand: return "tool_and_hand";
    case ChangeOrigin::hand: break;
  }
  return "hand";
}

void write_change(Json& j, const PlanDiff& d, const SessionChange& c) {
  j.open('{');
  j.key("date"); j.str(fmt::iso(c.date));
  j.key("index"); j.integer(c.index);
  j.key("kind"); j.str(kind_name(c.kind));
  j.key("origin"); j.str(origin_name(c.origin));
  j.key("fields");
  j.open('[');
  for (const auto& f : c.fields) j.str(f);
  j.close(']');
  j.key("rule");
  c.adjustment ? j.str(c.adjustment->rule) : j.null();
  j.key("reason");
  c.adjustment ? j.str(c.adjustment->reason) : j.null();
  j.key("adjustment_changes");
  if (c.adjustment) {
    j.open('[');
    for (const auto& a : c.adjustment->changes) j.str(a);
    j.close(']');
  } else {
    j.null();
  }
  j.key("before"); write_session(j, c.before, d.units_before);
  j.key("after"); write_session(j, c.after, d.units_after);
  j.close('}');
}

void write_totals(Json& j, const WeekTotals& t) {
  j.open('{');
  j.key("distance"); j.num(t.distance);
  j.key("minutes"); j.num(t.minutes);
  j.key("speedwork"); j.integer(t.speedwork);
  j.key("rest_days"); j.integer(t.rest_days);
  j.close('}');
}

void write_week(Json& j, const WeekDiff& w) {
  j.open('{');
  j.key("week"); j.str(fmt::week_label(w));
  j.key("iso_year"); j.integer(w.iso_year);
  j.key("iso_week"); j.integer(w.iso_week);
  j.key("start"); j.str(fmt::iso(w.monday));
  j.key("days"); j.integer(w.days);
  j.key("before"); write_totals(j, w.before);
  j.key("after"); write_totals(j, w.after);
  j.key("distance_change_percent");
  j.opt_num(percent_change(w.before.distance, w.after.distance));
  j.key("minutes_change_percent");
  j.opt_num(percent_change(w.before.minutes, w.after.minutes));
  j.close('}');
}

void write_summary(Json& j, const DiffSummary& s) {
  j.open('{');
  j.key("sessions_changed"); j.integer(s.sessions_changed);
  j.key("sessions_added"); j.integer(s.sessions_added);
  j.key("sessions_removed"); j.integer(s.sessions_removed);
  j.key("changes_by_tool"); j.integer(s.by_tool);
  j.key("changes_by_hand"); j.integer(s.by_hand);
  j.key("volume_before"); j.num(s.volume_before);
  j.key("volume_after"); j.num(s.volume_after);
  j.key("volume_change_percent"); j.opt_num(percent_change(s.volume_before, s.volume_after));
  j.key("minutes_before"); j.num(s.minutes_before);
  j.key("minutes_after"); j.num(s.minutes_after);
  j.key("rest_days_before"); j.integer(s.rest_days_before);
  j.key("rest_days_after"); j.integer(s.rest_days_after);
  j.key("rest_days_added"); j.integer(s.rest_days_added);
  j.key("speedwork_before"); j.integer(s.speedwork_before);
  j.key("speedwork_after"); j.integer(s.speedwork_after);
  j.key("speedwork_replaced"); j.integer(s.speedwork_replaced);
  j.key("routes_flattened"); j.integer(s.routes_flattened);
  j.close('}');
}

}  // namespace

std::string render_json(const PlanDiff& d) {
  Json j;
  j.open('{');
  j.key("original"); j.str(d.original);
  j.key("revised"); j.str(d.revised);
  j.key("same"); j.boolean(d.same);
  j.key("athlete"); j.str(d.athlete);
  j.key("name"); j.opt_str(d.name);
  j.key("units"); j.str(fmt::unit(d.units));
  j.key("plan_fields");
  j.open('[');
  for (const auto& f : d.plan_fields) {
    j.open('{');
    j.key("field"); j.str(f.field);
    j.key("before"); j.str(f.before);
    j.key("after"); j.str(f.after);
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
    j.key("injury"); j.str(p.injury);
    j.key("rule"); j.str(p.rule);
    j.key("from"); j.str(fmt::iso(p.from));
    j.key("to");
    p.to ? j.str(fmt::iso(*p.to)) : j.null();
    j.close('}');
  }
  j.close(']');
  j.key("summary"); write_summary(j, d.summary);
  j.close('}');
  return j.done();
}

}  // namespace planadj
