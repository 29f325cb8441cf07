// The athlete's message (docs/formats.md#athlete-message). Every line comes from the
// revised plan alone — its `adjusted` header (referrals, phases, care) and each changed
// session beside the session it replaced — so the message never says other than the plan.
#include "planadj/message.h"

#include <algorithm>
#include <sstream>
#include <vector>

#include "adjust/session_text.h"
#include "planadj/adjust.h"
#include "planadj/duration_text.h"
#include "planadj/injury_label.h"
#include "planadj/iso_week.h"
#include "planadj/letter_case.h"
#include "planadj/number_text.h"
#include "planadj/plural.h"

namespace planadj {

namespace {

using boost::gregorian::date_duration;

// `Wed 13 May`: the weekday guards against a misread date; a plan seldom spans a year.
// The short names are Boost.Date_Time's (English, whatever the locale), as the HTML
// diff's chart writes its months.
std::string day_words(Date d) {
  return std::string(d.day_of_week().as_short_string()) + " " + std::to_string(d.day()) + " " +
         d.month().as_short_string();
}

// day_words, with the year when it is not the year of `week` (the message's Monday): a
// referral or phase dated a year off (a typo kept with --allow-far-dates) must not read
// as this year's date with another weekday (docs/formats.md#athlete-message).
std::string day_words(Date d, Date week) {
  const std::string words = day_words(d);
  return d.year() == week.year() ? words : words + " " + std::to_string(static_cast<int>(d.year()));
}

// The parts that are not empty, with ", " between them.
std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts)
    if (!p.empty()) out += (out.empty() ? "" : ", ") + p;
  return out;
}

std::string volume_words(const Session& s, Units units) {
  if (s.distance) return shortest_number(*s.distance) + " " + std::string(name_of(units));
  if (s.duration) return duration_in_style(s.duration->minutes, s.duration->text);
  return "";
}

bool has_change(const Adjustment& a, const char* change) {
  return std::find(a.changes.begin(), a.changes.end(), change) != a.changes.end();
}

// What the athlete does now: `Rest day`, `Cross-training, 54min`, `Easy run on a flat
// route, 6.4 km`.
std::string now_words(const Session& after, Units units) {
  if (after.type == SessionType::rest) return "Rest day";
  if (after.type == SessionType::cross_training)
    return joined({"Cross-training", volume_words(after, units)});
  const bool flat = has_change(*after.adjustment, "route_flattened");
  return joined({capitalised(adjust::type_in_words(after.type)) + (flat ? " on a flat route" : ""),
                 volume_words(after, units)});
}

// What was planned, as far as it differs: the volume (and the hilly route) when the
// kind of session stays, `8 km, Golf course loop`; else the kind and its workout text,
// `hill repeats (8 x 60 s uphill hard, jog down), 8 km`.
std::string was_words(const Session& before, const Session& after, Units units) {
  const std::string volume = volume_words(before, units);
  if (before.type == after.type) {
    std::string where;
    if (has_change(*after.adjustment, "route_flattened"))
      where = before.route ? *before.route : std::string(name_of(effective_terrain(before, units)));
    return joined({volume, where});
  }
  std::string kind = adjust::type_in_words(before.type);
  if (before.description && !before.description->empty()) kind += " (" + *before.description + ")";
  return joined({kind, volume});
}

// Why, in a few plain words, from the rule that changed the session.
std::string why_words(const Adjustment& a) {
  if (a.rule == "bone-stop") return "no running with a possible bone injury";
  // A cross-training day is not rest (docs/rules.md#changed-sessions).
  const bool cross = has_change(a, "to_cross_training");
  if (a.rule == "acute-rest")
    return cross ? "cross-train while it settles" : "rest while it settles";
  if (a.rule == "race-conflict") return "no racing while injured";
  if (a.rule == "awaiting-clearance") return "easier running until you are cleared";
  if (a.rule == "return-ramp") return "building back up gradually";
  if (a.rule == "reduced-load") {
    if (has_change(a, "double_to_rest")) return "one run a day while injured";
    if (has_change(a, "to_rest") || cross) return "an extra day off running while injured";
    return "less running while it heals";
  }
  return a.rule;
}

// `- Wed 13 May: Easy run, 5 km, instead of 8 km (building back up gradually)`.
std::string session_line(const Session& after, Units units) {
  const Session before = original_session(after);
  const std::string was = was_words(before, after, units);
  return "- " + day_words(after.date) + ": " + now_words(after, units) +
         (was.empty() ? "" : ", instead of " + was) + " (" + why_words(*after.adjustment) + ")";
}

// One phase in plain words: `rest from running from Fri 20 Mar to Sun 22 Mar`; an
// open one ends with who ends it: `no running from Wed 22 Apr until a doctor clears you`.
std::string phase_words(const Phase& p, Date monday) {
  auto day = [&](Date d) { return day_words(d, monday); };
  std::string what = p.rule, until;
  if (p.rule == "bone-stop") what = "no running", until = " until a doctor clears you";
  if (p.rule == "acute-rest") what = "rest from running";
  if (p.rule == "reduced-load") what = "shorter, easier runs and no speedwork";
  if (p.rule == "awaiting-clearance")
    what = "shorter, easier runs while you wait for clearance",
    until = " until a physio or doctor clears you";
  if (p.rule == "return-ramp") what = "building back up gradually";
  if (!p.to) return what + " from " + day(p.from) + until;
  if (*p.to == p.from) return what + " on " + day(p.from);
  return what + " from " + day(p.from) + " to " + day(*p.to);
}

std::string label_of(const InjuryReport& i) { return injury_label(i.injury, i.side, i.location); }

// An injury the message speaks of: one with a phase not over before this week. A long
// log's old, finished episodes stay out, so the message stays short.
bool current(const InjuryReport& i, Date monday) {
  return std::any_of(i.phases.begin(), i.phases.end(),
                     [&](const Phase& p) { return !p.to || *p.to >= monday; });
}

// Why the plan changes: each current injury's phases that are not over before this week.
void write_why(std::ostream& out, const AdjustedHeader& h, Date monday) {
  out << "## Why your plan changes\n\n";
  bool any = false;
  for (const auto& i : h.injuries) {
    if (!current(i, monday)) continue;
    std::string phases;
    for (const auto& p : i.phases)
      if (!p.to || *p.to >= monday)
        phases += (phases.empty() ? "" : "; then ") + phase_words(p, monday);
    out << "- " << label_of(i) << ": " << phases << ".\n";
    any = true;
  }
  if (!any) out << "Every injury's easier days are over: back to your usual training.\n";
  out << '\n';
}

void write_week(std::ostream& out, const char* title, Date monday,
                const std::vector<const Session*>& changed, Units units) {
  const Date sunday = iso_sunday(monday);
  out << "## " << title << ": " << day_words(monday) << " to " << day_words(sunday) << "\n\n";
  bool any = false;
  for (const Session* s : changed)
    if (s->date >= monday && s->date <= sunday) {
      out << session_line(*s, units) << '\n';
      any = true;
    }
  if (!any) out << "No changes: train as planned.\n";
  out << '\n';
}

// What lies past next week, in one line, so the message stays short.
void write_later(std::ostream& out, const std::vector<const Session*>& changed, Date after) {
  long long n = 0;
  Date last = after;
  for (const Session* s : changed)
    if (s->date > after) {
      ++n;
      last = std::max(last, s->date);
    }
  if (n == 0) return;
  out << "After that, " << plural(n, "more session")
      << (n == 1 ? " changes, on " : " change, through ") << day_words(last)
      << ": your plan shows each one.\n\n";
}

bool in_phases(const InjuryReport& i, Date d) {
  return std::any_of(i.phases.begin(), i.phases.end(),
                     [&](const Phase& p) { return d >= p.from && (!p.to || d <= *p.to); });
}

// A race still planned inside an injury's phases: the coach decides (docs/rules.md).
void write_races(std::ostream& out, const Plan& plan, Date monday) {
  bool any = false;
  for (const auto& s : plan.sessions) {
    if (s.type != SessionType::race || s.date < monday) continue;
    const auto& injuries = plan.adjusted->injuries;
    if (std::none_of(injuries.begin(), injuries.end(),
                     [&](const InjuryReport& i) { return in_phases(i, s.date); }))
      continue;
    out << "Your race on " << day_words(s.date, monday)
        << " stays in the plan for now: we will decide together whether you run it.\n";
    any = true;
  }
  if (any) out << '\n';
}

void write_referrals(std::ostream& out, const AdjustedHeader& h, Date monday) {
  if (h.referrals.empty()) return;
  out << "## Please see a medical professional\n\n";
  for (const auto& r : h.referrals)
    out << "- " << injury_label(r.injury, r.side, r.location) << ", " << day_words(r.date, monday)
        << ": " << r.reason << '\n';
  out << '\n';
}

void write_care(std::ostream& out, const AdjustedHeader& h, Date monday) {
  for (const auto& i : h.injuries) {
    if (i.care.empty() || !current(i, monday)) continue;
    out << "## Care: " << label_of(i) << "\n\n";
    for (const auto& c : i.care) out << "- " << capitalised(c) << ".\n";
    out << '\n';
  }
}

std::vector<const Session*> changed_sessions(const Plan& plan) {
  std::vector<const Session*> out;
  for (const auto& s : plan.sessions)
    if (s.adjustment) out.push_back(&s);
  std::stable_sort(out.begin(), out.end(),
                   [](const Session* a, const Session* b) { return a->date < b->date; });
  return out;
}

}  // namespace

std::optional<Date> message_day(const InjuryLog* log, std::optional<Date> as_of) {
  std::optional<Date> latest;
  if (log)
    for (const auto& e : log->entries)
      if ((!as_of || e.date <= *as_of) && (!latest || e.date > *latest)) latest = e.date;
  if (!latest) return as_of;
  const Date after_latest = *latest + date_duration(1);
  return as_of ? std::max(*as_of, after_latest) : after_latest;
}

std::string write_athlete_message(const Plan& revised, std::optional<Date> day) {
  std::ostringstream out;
  out << "# Your plan, revised" << (revised.name ? ": " + *revised.name : "") << "\n\n";
  const std::vector<const Session*> changed = changed_sessions(revised);
  const bool injured = revised.adjusted && !revised.adjusted->injuries.empty();
  if (!revised.adjusted || (!injured && changed.empty())) {
    out << "No changes: your plan stays as it is.\n";
    return out.str();
  }
  const AdjustedHeader& h = *revised.adjusted;
  if (!day && !changed.empty()) day = changed.front()->date;
  for (const auto& i : h.injuries)
    if (!day && !i.phases.empty()) day = i.phases.front().from;
  // Nothing dates a message about a plan without sessions: any Monday shows its weeks.
  const Date undated_monday(2000, 1, 3);
  if (!day) day = revised.sessions.empty() ? undated_monday : revised.sessions.front().date;
  const Date monday = iso_monday(*day);
  write_referrals(out, h, monday);
  write_why(out, h, monday);
  write_week(out, "This week", monday, changed, revised.units);
  write_week(out, "Next week", monday + date_duration(kDaysPerWeek), changed, revised.units);
  write_races(out, revised, monday);
  write_later(out, changed, iso_sunday(monday + date_duration(kDaysPerWeek)));
  write_care(out, h, monday);
  out << capitalised(h.notice) << ".\n";
  return out.str();
}

}  // namespace planadj
