#include <algorithm>
#include <sstream>

#include "batch/report_parts.h"
#include "planadj/batch.h"
#include "planadj/date_text.h"
#include "planadj/injury_label.h"
#include "planadj/joined.h"
#include "planadj/json_writer.h"
#include "planadj/plural.h"
#include "planadj/version.h"

namespace planadj::batch {
namespace {

// An injury by id, side and location: the members a program matches an injury on.
void injury_members(JsonWriter& j, InjuryKind injury, const std::optional<Side>& side,
                    const std::optional<std::string>& location) {
  j.str("injury", name_of(injury));
  if (side) j.str("side", name_of(*side));
  if (location) j.str("location", *location);
}

void summary_json(JsonWriter& j, const AthleteRecord& a) {
  const Summary& s = a.summary;
  j.key("summary");
  j.open_inline('{');
  j.integer("sessions_changed", s.sessions_changed);
  j.integer("rest_days_inserted", s.rest_days_inserted);
  j.integer("speedwork_replaced", s.speedwork_replaced);
  j.integer("routes_flattened", s.routes_flattened);
  j.raw("volume_before", report_number(s.volume_before));
  j.raw("volume_after", report_number(s.volume_after));
  j.raw("minutes_before", report_number(s.minutes_before));
  j.raw("minutes_after", report_number(s.minutes_after));
  j.str("units", name_of(a.units));
  j.close('}');
}

// What moves with --as-of: each injury's status that day, the races called off.
void today_json(JsonWriter& j, const AthleteRecord& a) {
  j.key("injuries_today");
  j.open_inline('[');
  for (const InjuryReport& t : a.injuries_today) {
    j.open_inline('{');
    injury_members(j, t.injury, t.side, t.location);
    j.str("status", t.status);
    j.close('}');
  }
  j.close(']');
  j.key("races_called_off");
  j.open_inline('[');
  for (const Date& d : a.races_called_off) j.str(iso_date(d));
  j.close(']');
}

void referral_json(JsonWriter& j, const Referral& r, NoticeState state) {
  j.open_inline('{');
  injury_members(j, r.injury, r.side, r.location);
  j.str("date", iso_date(r.date));
  j.str("reason", r.reason);
  j.str("state", name_of(state));
  if (r.closed) {
    j.str("closed", iso_date(*r.closed));
    j.boolean("cleared", r.cleared);
    if (r.closed_note) j.str("closed_note", *r.closed_note);
  }
  j.close('}');
}

void states_json(JsonWriter& j, std::string_view key, const std::vector<NoticeState>& states,
                 std::size_t count) {
  j.key(key);
  j.open_inline('[');
  for (std::size_t i = 0; i < count; ++i) j.str(name_of(state_at(states, i)));
  j.close(']');
}

void athlete_json(JsonWriter& j, const AthleteRecord& a) {
  j.open('{');
  j.str("id", a.id);
  j.str("status", name_of(a.status));
  if (a.status == AthleteStatus::error)
    j.raw("output", "null");
  else
    j.str("output", a.id + "/plan.yaml");
  j.boolean("changed_since_previous_run", !a.changed_files.empty());
  j.key("changed_files");
  j.open_inline('[');
  for (const std::string& f : a.changed_files) j.str(a.id + "/" + f);
  j.close(']');
  if (a.status != AthleteStatus::error) summary_json(j, a);
  j.key("referrals");
  j.open('[');
  for (std::size_t i = 0; i < a.referrals.size(); ++i)
    referral_json(j, a.referrals[i], state_at(a.referral_states, i));
  j.close(']');
  if (a.status != AthleteStatus::error) today_json(j, a);
  j.strings("errors", a.errors);
  j.strings("warnings", a.warnings);
  states_json(j, "warning_states", a.warning_states, a.warnings.size());
  j.strings("warnings_closed", a.warnings_closed);
  j.close('}');
}

std::string code(std::string s) {
  for (auto& c : s)
    if (c == '`' || c == '\n') c = c == '`' ? '\'' : ' ';
  return "`" + s + "`";
}

// What moves with the date alone (docs/batch.md#reportmd): each injury's status on the
// report's day, then the races called off from that day on.
std::string today_text(const AthleteRecord& a) {
  std::vector<std::string> parts;
  for (const InjuryReport& t : a.injuries_today)
    parts.push_back(injury_label(t.injury, t.side, t.location) + ": " + t.status);
  if (!a.races_called_off.empty()) {
    std::vector<std::string> dates;
    for (const Date& d : a.races_called_off) dates.push_back(iso_date(d));
    parts.push_back((dates.size() == 1 ? "race called off: " : "races called off: ") +
                    joined(dates, ", "));
  }
  return joined(parts, "; ");
}

bool has_today(const AthleteRecord& a) {
  return a.status != AthleteStatus::error &&
         (!a.injuries_today.empty() || !a.races_called_off.empty());
}

void injuries_today(const BatchReport& report, std::ostringstream& md, const ReportSink& sink) {
  const auto n = std::count_if(report.athletes.begin(), report.athletes.end(), has_today);
  if (n == 0) return;
  md << "\n## Injuries today (" << n << ")\n\n";
  for (const auto& a : report.athletes) {
    if (has_today(a)) md << "- **" << a.id << "**: " << today_text(a) << "\n";
    pass_on(md, sink);
  }
}

// What to send this morning (every file this run wrote), then what the rules changed.
void changed_and_adjusted(const BatchReport& report, const Totals& t, std::ostringstream& md,
                          const ReportSink& sink) {
  if (t.athletes_changed) {
    md << "\n## Changed since the previous run (" << t.athletes_changed << ")\n\n";
    for (const auto& a : report.athletes) {
      if (!a.changed_files.empty()) {
        std::vector<std::string> paths;
        for (const std::string& f : a.changed_files) paths.push_back(a.id + "/" + f);
        md << "- **" << a.id << "**: " << joined(paths, ", ") << "\n";
      }
      pass_on(md, sink);
    }
  }
  if (t.adjusted) {
    md << "\n## Adjusted (" << t.adjusted << ")\n\n";
    for (const auto& a : report.athletes) {
      if (a.status == AthleteStatus::adjusted)
        md << "- **" << a.id << "**: " << changes_text(a, ": ") << "\n";
      pass_on(md, sink);
    }
  }
}

// Red-flag entries dated after the night's date, first in both reports: a typo in a date
// must not hide a pop or a bone injury (docs/batch.md#reportjson).
void future_json(JsonWriter& j, const BatchReport& report) {
  j.key("dated_in_the_future");
  j.open('[');
  for (const AthleteRecord& a : report.athletes)
    for (const std::string& w : a.dated_in_the_future) {
      j.open_inline('{');
      j.str("id", a.id);
      j.str("warning", w);
      j.close('}');
    }
  j.close(']');
}

void future_markdown(const BatchReport& report, std::ostringstream& md) {
  std::size_t n = 0;
  for (const AthleteRecord& a : report.athletes) n += a.dated_in_the_future.size();
  if (n == 0) return;
  md << "\n## Dated in the future: is the date right? (" << n << ")\n\n";
  for (const AthleteRecord& a : report.athletes)
    for (const std::string& w : a.dated_in_the_future)
      md << "- **" << a.id << "**: " << code(w) << "\n";
}

}  // namespace

Totals totals_of(const BatchReport& report) {
  Totals t;
  for (const auto& a : report.athletes) {
    ++t.athletes;
    if (a.status == AthleteStatus::adjusted) ++t.adjusted;
    if (a.status == AthleteStatus::unchanged) ++t.unchanged;
    if (a.status == AthleteStatus::error) ++t.errors;
    t.referrals += a.referrals.size();
    t.warnings += a.warnings.size();
    t.warnings_closed += a.warnings_closed.size();
    if (!a.changed_files.empty()) ++t.athletes_changed;
  }
  return t;
}

void render_report_json(const BatchReport& report, const ReportSink& sink) {
  const Totals t = totals_of(report);
  JsonWriter j;
  j.open('{');
  j.str("by", std::string("plan-adjust ") + kVersion);
  j.str("roster", report.roster);
  report.as_of ? j.str("as_of", iso_date(*report.as_of)) : j.raw("as_of", "null");
  j.key("shard");
  j.open_inline('{');
  j.integer("index", report.shard.index);
  j.integer("count", report.shard.count);
  j.close('}');
  j.key("totals");
  j.open_inline('{');
  j.integer("athletes", t.athletes);
  j.integer("adjusted", t.adjusted);
  j.integer("unchanged", t.unchanged);
  j.integer("errors", t.errors);
  j.integer("referrals", t.referrals);
  j.integer("warnings", t.warnings);
  j.integer("warnings_closed", t.warnings_closed);
  j.integer("no_longer_in_roster", static_cast<long long>(report.no_longer_in_roster.size()));
  j.integer("changed_since_previous_run", t.athletes_changed);
  j.close('}');
  future_json(j, report);
  j.key("athletes");
  j.open('[');
  for (const AthleteRecord& a : report.athletes) {
    athlete_json(j, a);
    if (j.size() >= kReportPiece) sink(j.take());
  }
  j.close(']');
  j.strings("no_longer_in_roster", report.no_longer_in_roster);
  j.close('}');
  sink(j.done());
}

std::string render_report_json(const BatchReport& report) {
  std::string out;
  render_report_json(report, [&](std::string_view piece) { out += piece; });
  return out;
}

void render_report_markdown(const BatchReport& report, const ReportSink& sink) {
  const Totals t = totals_of(report);
  std::ostringstream md;
  md << "# plan-adjust batch report\n\n";
  md << "Roster " << code(report.roster);
  if (report.as_of) md << ", as of " << iso_date(*report.as_of);
  if (report.sharded) md << ", shard " << report.shard.index << "/" << report.shard.count;
  md << ".\n\n";
  md << plural(t.athletes, "athlete", "athletes") << ": " << t.adjusted << " adjusted, "
     << t.unchanged << " unchanged, " << plural(t.errors, "error", "errors") << ", "
     << plural(t.referrals, "referral", "referrals") << ".\n\n";
  md << "Guidance from general running-coach advice, not medical advice.\n";
  future_markdown(report, md);

  if (t.referrals) {
    md << "\n## Referrals: see a medical professional (" << t.referrals << ")\n\n";
    for (const auto& a : report.athletes) {
      // An athlete in error keeps her referrals, and the line says her plan was not
      // revised (docs/rules.md#red-flags-survive-errors); then its state (docs/batch.md#states).
      const bool error = a.status == AthleteStatus::error;
      for (std::size_t i = 0; i < a.referrals.size(); ++i)
        md << "- **" << a.id << "**: " << referral_text(a.referrals[i])
           << (error ? " (plan not revised tonight: see Errors)" : "") << " "
           << state_tag(state_at(a.referral_states, i), &a.referrals[i]) << "\n";
      pass_on(md, sink);
    }
  }
  if (t.errors) {
    md << "\n## Errors: not revised (" << t.errors << ")\n\n";
    for (const auto& a : report.athletes) {
      if (a.status != AthleteStatus::error) continue;
      md << "- **" << a.id << "**\n";
      for (const auto& e : a.errors) md << "  - " << code(e) << "\n";
      pass_on(md, sink);
    }
  }
  if (t.warnings) {
    md << "\n## Warnings: for the coach to decide (" << t.warnings << ")\n\n";
    for (const auto& a : report.athletes) {
      for (std::size_t i = 0; i < a.warnings.size(); ++i)
        md << "- **" << a.id << "**: " << a.warnings[i] << " "
           << state_tag(state_at(a.warning_states, i)) << "\n";
      pass_on(md, sink);
    }
  }
  if (t.warnings_closed) {
    md << "\n## Warnings closed since the previous run (" << t.warnings_closed << ")\n\n";
    for (const auto& a : report.athletes) {
      for (const auto& w : a.warnings_closed) md << "- **" << a.id << "**: " << w << "\n";
      pass_on(md, sink);
    }
  }
  injuries_today(report, md, sink);
  changed_and_adjusted(report, t, md, sink);
  md << "\n## Unchanged\n\n"
     << plural(t.unchanged, "athlete", "athletes") << " with no change to their sessions.\n";
  if (!report.no_longer_in_roster.empty()) {
    md << "\n## No longer in the roster (" << report.no_longer_in_roster.size() << ")\n\n"
       << "Their earlier output is left as it was.\n\n";
    for (const auto& id : report.no_longer_in_roster) md << "- **" << id << "**\n";
  }
  sink(md.str());
}

std::string render_report_markdown(const BatchReport& report) {
  std::string out;
  render_report_markdown(report, [&](std::string_view piece) { out += piece; });
  return out;
}

}  // namespace planadj::batch
