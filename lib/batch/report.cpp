#include <boost/date_time/gregorian/gregorian.hpp>
#include <charconv>
#include <cmath>
#include <sstream>

#include "planadj/batch.h"
#include "planadj/injury_label.h"
#include "planadj/json_text.h"
#include "planadj/plural.h"
#include "planadj/version.h"

namespace planadj::batch {
namespace {

std::string iso(const Date& d) { return boost::gregorian::to_iso_extended_string(d); }

// Summaries are sums of rounded values; two decimals hide float noise like 171.39999.
std::string number(double v) {
  const double r = std::round(v * 100.0) / 100.0;
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, r == 0 ? 0.0 : r);
  return std::string(buf, res.ptr);
}

std::string string_list(const std::vector<std::string>& items, const std::string& indent) {
  if (items.empty()) return "[]";
  std::string out = "[\n";
  for (std::size_t i = 0; i < items.size(); ++i)
    out += indent + "  " + json_quote(items[i]) + (i + 1 < items.size() ? ",\n" : "\n");
  return out + indent + "]";
}

std::string referral_json(const Referral& r) {
  std::string out = "{\"injury\": " + json_quote(name_of(r.injury));
  if (r.side) out += ", \"side\": " + json_quote(name_of(*r.side));
  if (r.location) out += ", \"location\": " + json_quote(*r.location);
  return out + ", \"date\": " + json_quote(iso(r.date)) + ", \"reason\": " + json_quote(r.reason) +
         "}";
}

std::string summary_json(const AthleteRecord& a) {
  const Summary& s = a.summary;
  return "{\"sessions_changed\": " + std::to_string(s.sessions_changed) +
         ", \"rest_days_inserted\": " + std::to_string(s.rest_days_inserted) +
         ", \"speedwork_replaced\": " + std::to_string(s.speedwork_replaced) +
         ", \"routes_flattened\": " + std::to_string(s.routes_flattened) +
         ", \"volume_before\": " + number(s.volume_before) +
         ", \"volume_after\": " + number(s.volume_after) +
         ", \"minutes_before\": " + number(s.minutes_before) +
         ", \"minutes_after\": " + number(s.minutes_after) +
         ", \"units\": " + json_quote(name_of(a.units)) + "}";
}

std::string athlete_json(const AthleteRecord& a) {
  const std::string in = "      ";
  std::string out = "    {\n";
  out += in + "\"id\": " + json_quote(a.id) + ",\n";
  out += in + "\"status\": " + json_quote(name_of(a.status)) + ",\n";
  if (a.status == AthleteStatus::error) {
    out += in + "\"output\": null,\n";
  } else {
    out += in + "\"output\": " + json_quote(a.id + "/plan.yaml") + ",\n";
    out += in + "\"summary\": " + summary_json(a) + ",\n";
  }
  out += in + "\"referrals\": ";
  if (a.referrals.empty()) {
    out += "[],\n";
  } else {
    out += "[\n";
    for (std::size_t i = 0; i < a.referrals.size(); ++i)
      out +=
          in + "  " + referral_json(a.referrals[i]) + (i + 1 < a.referrals.size() ? ",\n" : "\n");
    out += in + "],\n";
  }
  if (a.status != AthleteStatus::error) {
    out += in + "\"injuries_today\": [";
    for (std::size_t i = 0; i < a.injuries_today.size(); ++i) {
      const InjuryReport& t = a.injuries_today[i];
      out += std::string(i ? ", " : "") + "{\"injury\": " + json_quote(name_of(t.injury));
      if (t.side) out += ", \"side\": " + json_quote(name_of(*t.side));
      if (t.location) out += ", \"location\": " + json_quote(*t.location);
      out += ", \"status\": " + json_quote(t.status) + "}";
    }
    out += "],\n" + in + "\"races_called_off\": [";
    for (std::size_t i = 0; i < a.races_called_off.size(); ++i)
      out += std::string(i ? ", " : "") + json_quote(iso(a.races_called_off[i]));
    out += "],\n";
  }
  out += in + "\"errors\": " + string_list(a.errors, in) + ",\n";
  out += in + "\"warnings\": " + string_list(a.warnings, in) + "\n";
  return out + "    }";
}

std::string referral_text(const Referral& r) {
  return injury_label(r.injury, r.side, r.location) + ", " + iso(r.date) + ": " + r.reason;
}

std::string code(std::string s) {
  for (auto& c : s)
    if (c == '`' || c == '\n') c = c == '`' ? '\'' : ' ';
  return "`" + s + "`";
}

std::string changes_text(const AthleteRecord& a) {
  const Summary& s = a.summary;
  std::vector<std::string> parts;
  if (s.rest_days_inserted)
    parts.push_back(plural(s.rest_days_inserted, "rest day inserted", "rest days inserted"));
  if (s.speedwork_replaced)
    parts.push_back(
        plural(s.speedwork_replaced, "speedwork session replaced", "speedwork sessions replaced"));
  if (s.routes_flattened)
    parts.push_back(plural(s.routes_flattened, "route flattened", "routes flattened"));
  std::string out = plural(s.sessions_changed, "session changed", "sessions changed");
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? ": " : ", ") + parts[i];
  if (s.volume_before != s.volume_after)
    out += "; volume " + number(s.volume_before) + " → " + number(s.volume_after) + " " +
           std::string(name_of(a.units));
  if (s.minutes_before != s.minutes_after)
    out += "; time " + number(s.minutes_before) + " → " + number(s.minutes_after) + " min";
  return out;
}

// A report is handed to its sink in pieces of about this size, so a big roster's report
// is never held whole in memory (docs/performance.md, flat memory).
constexpr std::size_t kReportPiece = std::size_t{32} << 10;

void pass_on(std::string& out, const ReportSink& sink) {
  if (out.size() < kReportPiece) return;
  sink(out);
  out.clear();
}

void pass_on(std::ostringstream& md, const ReportSink& sink) {
  if (static_cast<std::size_t>(md.tellp()) < kReportPiece) return;
  sink(md.str());
  md.str("");
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
  }
  return t;
}

void render_report_json(const BatchReport& report, const ReportSink& sink) {
  const Totals t = totals_of(report);
  std::string out = "{\n";
  out += "  \"by\": " + json_quote(std::string("plan-adjust ") + kVersion) + ",\n";
  out += "  \"roster\": " + json_quote(report.roster) + ",\n";
  out += "  \"as_of\": " + (report.as_of ? json_quote(iso(*report.as_of)) : std::string("null")) +
         ",\n";
  out += "  \"shard\": {\"index\": " + std::to_string(report.shard.index) +
         ", \"count\": " + std::to_string(report.shard.count) + "},\n";
  out += "  \"totals\": {\"athletes\": " + std::to_string(t.athletes) +
         ", \"adjusted\": " + std::to_string(t.adjusted) +
         ", \"unchanged\": " + std::to_string(t.unchanged) +
         ", \"errors\": " + std::to_string(t.errors) +
         ", \"referrals\": " + std::to_string(t.referrals) +
         ", \"warnings\": " + std::to_string(t.warnings) +
         ", \"no_longer_in_roster\": " + std::to_string(report.no_longer_in_roster.size()) + "},\n";
  out += "  \"athletes\": [";
  for (std::size_t i = 0; i < report.athletes.size(); ++i) {
    out += (i == 0 ? "\n" : ",\n") + athlete_json(report.athletes[i]);
    pass_on(out, sink);
  }
  out += report.athletes.empty() ? "],\n" : "\n  ],\n";
  out += "  \"no_longer_in_roster\": " + string_list(report.no_longer_in_roster, "  ") + "\n";
  sink(out + "}\n");
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
  if (report.as_of) md << ", as of " << iso(*report.as_of);
  if (report.sharded) md << ", shard " << report.shard.index << "/" << report.shard.count;
  md << ".\n\n";
  md << plural(t.athletes, "athlete", "athletes") << ": " << t.adjusted << " adjusted, "
     << t.unchanged << " unchanged, " << plural(t.errors, "error", "errors") << ", "
     << plural(t.referrals, "referral", "referrals") << ".\n\n";
  md << "Guidance from general running-coach advice, not medical advice.\n";

  if (t.referrals) {
    md << "\n## Referrals: see a medical professional (" << t.referrals << ")\n\n";
    for (const auto& a : report.athletes) {
      for (const auto& r : a.referrals) md << "- **" << a.id << "**: " << referral_text(r) << "\n";
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
      for (const auto& w : a.warnings) md << "- **" << a.id << "**: " << w << "\n";
      pass_on(md, sink);
    }
  }
  if (t.adjusted) {
    md << "\n## Adjusted (" << t.adjusted << ")\n\n";
    for (const auto& a : report.athletes) {
      if (a.status == AthleteStatus::adjusted)
        md << "- **" << a.id << "**: " << changes_text(a) << "\n";
      pass_on(md, sink);
    }
  }
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
