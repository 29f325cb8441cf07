#include "planadj/diff.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "diff/format.h"
#include "planadj/adjust.h"
#include "planadj/duration_text.h"
#include "planadj/injury_label.h"
#include "planadj/iso_week.h"
#include "planadj/volume_chart.h"

namespace planadj {
namespace {

namespace fmt = diff_format;

constexpr double kKmPerMile = 1.609344;

double convert(double distance, Units from, Units to) {
  if (from == to) return distance;
  return from == Units::mi ? distance * kKmPerMile : distance / kKmPerMile;
}

std::vector<Session> sorted_by_date(const std::vector<Session>& sessions) {
  std::vector<Session> out = sessions;
  std::stable_sort(out.begin(), out.end(),
                   [](const Session& x, const Session& y) { return x.date < y.date; });
  return out;
}

bool same_number(const std::optional<double>& a, const std::optional<double>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || std::fabs(*a - *b) < kSameNumberSlack;
}

bool same_duration(const std::optional<Duration>& a, const std::optional<Duration>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || std::fabs(a->minutes - b->minutes) < kSameNumberSlack;
}

const Value* find_key(const ExtraKeys& keys, const std::string& name) {
  for (const auto& [k, v] : keys)
    if (k == name) return &v;
  return nullptr;
}

/// Names of the unknown keys whose presence or value differs, a's order then b's.
std::vector<std::string> differing_extra(const ExtraKeys& a, const ExtraKeys& b) {
  std::vector<std::string> out;
  for (const auto& [k, v] : a) {
    const Value* other = find_key(b, k);
    if (!other || !same_value(v, *other, Quoting::ignored)) out.push_back(k);
  }
  for (const auto& [k, v] : b)
    if (!find_key(a, k)) out.push_back(k);
  return out;
}

std::vector<std::string> differing_fields(const Session& a, Units ua, const Session& b, Units ub) {
  std::vector<std::string> f;
  if (a.type != b.type) f.push_back("type");
  if (!same_number(a.distance, b.distance)) f.push_back("distance");
  if (!same_duration(a.duration, b.duration)) f.push_back("duration");
  if (effective_terrain(a, ua) != effective_terrain(b, ub)) f.push_back("terrain");
  if (a.route != b.route) f.push_back("route");
  if (!same_number(a.elevation_gain, b.elevation_gain)) f.push_back("elevation_gain");
  if (a.description != b.description) f.push_back("description");
  for (auto& k : differing_extra(a.extra, b.extra)) f.push_back(std::move(k));
  return f;
}

/// Sessions grouped by date, file order kept within a date.
std::map<Date, std::vector<Session>> by_date(const std::vector<Session>& sessions) {
  std::map<Date, std::vector<Session>> out;
  for (const Session& s : sorted_by_date(sessions)) out[s.date].push_back(s);
  return out;
}

void compare_sessions(const Plan& a, const Plan& b, PlanDiff& d) {
  const auto da = by_date(a.sessions), db = by_date(b.sessions);
  std::set<Date> dates;
  for (const auto& [date, _] : da) dates.insert(date);
  for (const auto& [date, _] : db) dates.insert(date);
  static const std::vector<Session> none;
  for (const Date& date : dates) {
    const auto ia = da.find(date), ib = db.find(date);
    const auto& sa = ia == da.end() ? none : ia->second;
    const auto& sb = ib == db.end() ? none : ib->second;
    for (std::size_t i = 0; i < std::max(sa.size(), sb.size()); ++i) {
      SessionChange c;
      c.date = date;
      c.index = static_cast<int>(i);
      if (i < sa.size()) c.before = sa[i];
      if (i < sb.size()) {
        c.after = sb[i];
        c.adjustment = sb[i].adjustment;
      }
      if (c.before && c.after) {
        c.fields = differing_fields(*c.before, a.units, *c.after, b.units);
        if (c.fields.empty()) continue;
        if (c.adjustment) {
          // Someone else's hand shows either in what restoring gives back or in a field
          // the tool wrote that no longer says what it wrote (docs/rules.md#locked-sessions).
          const Session r = original_session(*c.after);
          const bool tool_alone =
              differing_fields(*c.before, a.units, r, b.units).empty() && !edited_by_hand(*c.after);
          c.origin = tool_alone ? ChangeOrigin::tool : ChangeOrigin::tool_and_hand;
        }
      } else {
        c.kind = c.before ? SessionChange::Kind::removed : SessionChange::Kind::added;
      }
      d.changes.push_back(std::move(c));
    }
  }
}

void compare_plan_fields(const Plan& a, const Plan& b, PlanDiff& d) {
  const std::string absent = "(absent)";
  if (a.athlete != b.athlete) d.plan_fields.push_back({"athlete", a.athlete, b.athlete});
  if (a.name != b.name)
    d.plan_fields.push_back({"name", a.name.value_or(absent), b.name.value_or(absent)});
  if (a.units != b.units)
    d.plan_fields.push_back({"units", fmt::unit(a.units), fmt::unit(b.units)});
  for (const auto& k : differing_extra(a.extra, b.extra)) {
    const Value* va = find_key(a.extra, k);
    const Value* vb = find_key(b.extra, k);
    d.plan_fields.push_back(
        {k, va ? fmt::value_text(*va) : absent, vb ? fmt::value_text(*vb) : absent});
  }
}

struct DayRuns {
  bool before = false;
  bool after = false;
};

void add_session(WeekTotals& t, const Session& s, Units from, Units to) {
  if (!is_running(s.type)) return;
  if (s.distance)
    t.distance += convert(*s.distance, from, to);
  else if (s.duration)
    t.minutes += s.duration->minutes;
  if (is_speedwork(s.type)) ++t.speedwork;
}

// Only the weeks that hold a session of either plan, in order: a gap of empty weeks is
// left out (docs/formats.md#diff-json), so the table and the work grow with the number
// of sessions, never with the span between the first and last date.
// `units`: the original plan's. Counts the days that had a run before and none after into
// `rest_days_added`.
std::vector<WeekDiff> weekly_totals(const Plan& a, const Plan& b, Units units,
                                    int& rest_days_added) {
  std::vector<WeekDiff> out;
  if (a.sessions.empty() && b.sessions.empty()) return out;
  Date first(boost::gregorian::pos_infin), last(boost::gregorian::neg_infin);
  std::map<Date, WeekDiff> weeks;
  for (const Plan* p : {&a, &b})
    for (const Session& s : p->sessions) {
      first = std::min(first, s.date);
      last = std::max(last, s.date);
      const Date m = iso_monday(s.date);
      if (weeks.count(m)) continue;
      WeekDiff& w = weeks[m];
      w.monday = m;
      w.iso_year = iso_year(m);
      w.iso_week = m.week_number();
    }
  std::map<Date, DayRuns> runs;
  for (const Session& s : a.sessions) {
    add_session(weeks[iso_monday(s.date)].before, s, a.units, units);
    if (is_running(s.type)) runs[s.date].before = true;
  }
  for (const Session& s : b.sessions) {
    add_session(weeks[iso_monday(s.date)].after, s, b.units, units);
    if (is_running(s.type)) runs[s.date].after = true;
  }
  for (auto& [monday, w] : weeks) {
    for (int k = 0; k < kDaysPerWeek; ++k) {
      const Date day = monday + boost::gregorian::days(k);
      if (day < first || day > last) continue;
      ++w.days;
      const auto it = runs.find(day);
      const DayRuns r = it == runs.end() ? DayRuns{} : it->second;
      if (!r.before) ++w.before.rest_days;
      if (!r.after) ++w.after.rest_days;
      if (r.before && !r.after) ++rest_days_added;
    }
    out.push_back(w);
  }
  return out;
}

// The revision's injury phases, for the chart's shading.
std::vector<PhaseShade> phases_of(const Plan& revised) {
  std::vector<PhaseShade> out;
  if (!revised.adjusted) return out;
  for (const InjuryReport& r : revised.adjusted->injuries)
    for (const Phase& p : r.phases)
      out.push_back({injury_label(r.injury, r.side, r.location), p.rule, p.from, p.to});
  return out;
}

ReviewNotes review_notes(const AdjustedHeader& h) {
  ReviewNotes n;
  n.referrals = h.referrals;
  for (const Referral& r : h.referrals) n.referral_lines.push_back(describe_referral(r));
  n.warnings = h.warnings;
  for (const InjuryReport& r : h.injuries)
    n.care.push_back(
        {r.injury, r.side, r.location, injury_label(r.injury, r.side, r.location), r.care});
  return n;
}

void summarise(PlanDiff& d) {
  DiffSummary& s = d.summary;
  for (const SessionChange& c : d.changes) {
    switch (c.kind) {
      case SessionChange::Kind::added:
        ++s.sessions_added;
        ++s.by_hand;
        continue;
      case SessionChange::Kind::removed:
        ++s.sessions_removed;
        ++s.by_hand;
        continue;
      case SessionChange::Kind::changed:
        ++s.sessions_changed;
        break;
    }
    if (c.origin != ChangeOrigin::hand) ++s.by_tool;
    if (c.origin != ChangeOrigin::tool) ++s.by_hand;
    const ChangeCounts counts = count_change(*c.before, d.units_before, *c.after, d.units_after);
    s.speedwork_replaced += counts.speedwork_replaced;
    s.routes_flattened += counts.route_flattened;
  }
  for (const WeekDiff& w : d.weeks) {
    s.volume_before += w.before.distance;
    s.volume_after += w.after.distance;
    s.minutes_before += w.before.minutes;
    s.minutes_after += w.after.minutes;
    s.rest_days_before += w.before.rest_days;
    s.rest_days_after += w.after.rest_days;
    s.speedwork_before += w.before.speedwork;
    s.speedwork_after += w.after.speedwork;
  }
}

}  // namespace

PlanDiff diff_plans(const Plan& a, const Plan& b) {
  PlanDiff d;
  d.original = a.source;
  d.revised = b.source;
  d.athlete = b.athlete;
  d.name = b.name ? b.name : a.name;
  d.units = a.units;
  d.units_before = a.units;
  d.units_after = b.units;
  compare_plan_fields(a, b, d);
  compare_sessions(a, b, d);
  d.weeks = weekly_totals(a, b, d.units, d.summary.rest_days_added);
  if (b.adjusted) d.review = review_notes(*b.adjusted);
  d.phases = phases_of(b);
  summarise(d);
  d.same = d.plan_fields.empty() && d.changes.empty();
  return d;
}

WeeklyVolumes weekly_volumes(const Plan& original, const Plan& revised) {
  WeeklyVolumes v;
  v.units = original.units;
  int rest_days_added = 0;
  v.weeks = weekly_totals(original, revised, v.units, rest_days_added);
  v.phases = phases_of(revised);
  return v;
}

std::string describe_session(const Session& s, Units units) {
  std::string out(name_of(s.type));
  if (s.distance) out += " " + rounded_number(*s.distance, 2) + " " + fmt::unit(units);
  if (s.duration) {
    const std::string m = duration_in_style(std::round(s.duration->minutes));
    out += s.distance ? " (" + m + ")" : " " + m;
  }
  // No terrain given, none shown: "flat" would be a guess (docs/formats.md#diff-json).
  if (is_running(s.type) && (s.terrain || s.elevation_gain))
    out += " " + std::string(name_of(effective_terrain(s, units)));
  return out;
}

std::optional<double> percent_change(double before, double after) {
  if (std::fabs(before) < kSameNumberSlack) return std::nullopt;
  return (after - before) / before * 100.0;
}

}  // namespace planadj
