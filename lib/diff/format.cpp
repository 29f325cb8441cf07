#include "diff/format.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "planadj/enum_words.h"

namespace planadj::diff_format {

using namespace std::literals;

std::string percent(std::optional<double> p) {
  if (!p) return "—";
  std::string s = fixed_number(*p, 1);
  if (s[0] != '-' && s != "0.0") s = "+" + s;
  return s + "%";
}

std::string week_label(const WeekDiff& w) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", w.iso_year, w.iso_week);
  return buf;
}

std::string short_week_label(const WeekDiff& w) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "W%02d", w.iso_week);
  return buf;
}

std::string unit(Units u) { return std::string(name_of(u)); }

std::string value_text(const Value& v) {
  switch (v.kind) {
    case Value::Kind::null:
      return "null";
    case Value::Kind::scalar:
      return v.text;
    case Value::Kind::sequence: {
      std::string s = "[";
      for (std::size_t i = 0; i < v.items.size(); ++i)
        s += (i ? ", " : "") + value_text(v.items[i]);
      return s + "]";
    }
    case Value::Kind::mapping: {
      std::string s = "{";
      for (std::size_t i = 0; i < v.entries.size(); ++i)
        s += (i ? ", " : "") + v.entries[i].first + ": " + value_text(v.entries[i].second);
      return s + "}";
    }
  }
  return "";
}

std::string_view kind_name(SessionChange::Kind k) {
  // Indexed by SessionChange::Kind (planadj/diff.h).
  static constexpr std::array kNames{"changed"sv, "added"sv, "removed"sv};
  static_assert(kNames.size() == enum_count(SessionChange::Kind::removed), "one name per kind");
  return word_of(kNames, k);
}

SummaryWords summary_words(const PlanDiff& d) {
  const DiffSummary& s = d.summary;
  const std::string u = " " + unit(d.units);
  auto count = [](int n) { return std::to_string(n); };
  SummaryWords w;
  w.sessions = count(s.sessions_changed) + " changed, " + count(s.sessions_added) + " added, " +
               count(s.sessions_removed) + " removed (" + count(s.by_tool) + " by the tool, " +
               count(s.by_hand) + " by hand)";
  w.volume = rounded_number(s.volume_before, 1) + u + " → " + rounded_number(s.volume_after, 1) +
             u + " (" + percent(percent_change(s.volume_before, s.volume_after)) + ")";
  w.rest_days = count(s.rest_days_added) + " added (" + count(s.rest_days_before) + " → " +
                count(s.rest_days_after) + ")";
  w.speedwork = count(s.speedwork_replaced) + " replaced (" + count(s.speedwork_before) + " → " +
                count(s.speedwork_after) + " sessions)";
  return w;
}

bool has_minutes(const DiffSummary& s) { return s.minutes_before > 0 || s.minutes_after > 0; }

bool has_care(const ReviewNotes& n) {
  return std::any_of(n.care.begin(), n.care.end(),
                     [](const CareNote& note) { return !note.care.empty(); });
}

std::string rule_label(const SessionChange& c) {
  if (c.kind != SessionChange::Kind::changed) return std::string(kind_name(c.kind));
  if (c.adjustment && !c.adjustment->rule.empty()) {
    return c.origin == ChangeOrigin::tool_and_hand ? c.adjustment->rule + ", edited"
                                                   : c.adjustment->rule;
  }
  return "edited";
}

std::string before_text(const PlanDiff& d, const SessionChange& c) {
  return c.before ? describe_session(*c.before, d.units_before) : "";
}

std::string after_text(const PlanDiff& d, const SessionChange& c) {
  return c.after ? describe_session(*c.after, d.units_after) : "";
}

std::string detail_text(const SessionChange& c) {
  std::string hidden;
  // A change that is the tool's alone is explained by its rule and reason: the fields
  // the rule dropped or rewrote with it (route, description) are not news to the coach
  // (lib/diff/README.md, "How plans are compared").
  const bool explained = c.origin == ChangeOrigin::tool && c.adjustment;
  if (!explained)
    for (const auto& f : c.fields) {
      if (f == "type" || f == "distance" || f == "duration" || f == "terrain") continue;
      hidden += (hidden.empty() ? "" : ", ") + f;
    }
  std::string s = c.adjustment ? c.adjustment->reason : "";
  if (!hidden.empty()) s += (s.empty() ? "" : " ") + std::string("(changed: ") + hidden + ")";
  return s;
}

std::string printable(std::string_view s) {
  std::string out(s);
  for (char& ch : out)
    if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f) ch = ' ';
  return out;
}

std::size_t width(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char ch : s)
    if ((ch & 0xC0) != 0x80) ++n;
  return n;
}

std::string pad(const std::string& s, std::size_t w, bool right_align) {
  const std::size_t n = width(s);
  if (n >= w) return s;
  const std::string fill(w - n, ' ');
  return right_align ? fill + s : s + fill;
}

}  // namespace planadj::diff_format
