// The HTML rendering: one self-contained page (inline CSS and SVG, no scripts, no
// fonts or images from anywhere) that a coach opens from an e-mail or a shared drive.
#include <algorithm>
#include <cmath>
#include <sstream>

#include "diff/format.h"
#include "planadj/date_text.h"
#include "planadj/diff.h"
#include "planadj/html_text.h"
#include "planadj/page_style.h"
#include "planadj/volume_chart.h"

namespace planadj {
namespace {

namespace fmt = diff_format;

std::string rule_class(const SessionChange& c) {
  if (c.kind != SessionChange::Kind::changed)
    return "rule rule-" + std::string(fmt::kind_name(c.kind));
  return c.adjustment ? "rule rule-" + html_escape(c.adjustment->rule) : "rule";
}

void write_cards(std::ostringstream& out, const PlanDiff& d) {
  const DiffSummary& s = d.summary;
  const std::string u = fmt::unit(d.units);
  auto card = [&](const std::string& k, const std::string& v, const std::string& sub) {
    out << "<div class=\"card\"><div class=\"k\">" << k << "</div><div class=\"v\">" << v
        << "</div><div class=\"s\">" << sub << "</div></div>\n";
  };
  out << "<section class=\"cards\">\n";
  card("Sessions changed", std::to_string(s.sessions_changed),
       std::to_string(s.sessions_added) + " added, " + std::to_string(s.sessions_removed) +
           " removed");
  card("Volume", html_escape(fmt::percent(percent_change(s.volume_before, s.volume_after))),
       rounded_number(s.volume_before, 1) + " → " + rounded_number(s.volume_after, 1) + " " + u);
  card("Rest days added", std::to_string(s.rest_days_added),
       std::to_string(s.rest_days_before) + " → " + std::to_string(s.rest_days_after));
  card(
      "Speedwork replaced", std::to_string(s.speedwork_replaced),
      std::to_string(s.speedwork_before) + " → " + std::to_string(s.speedwork_after) + " sessions");
  card("Routes flattened", std::to_string(s.routes_flattened), "hilly or rolling → flat");
  out << "</section>\n";
}

void write_changes(std::ostringstream& out, const PlanDiff& d) {
  out << "<h2>Changed sessions (" << d.changes.size() << ")</h2>\n<table class=\"changes\">\n"
      << "<tr><th>Date</th><th>Before</th><th></th><th>After</th><th>Rule</th><th>Reason</th>"
         "</tr>\n";
  for (const auto& c : d.changes) {
    const bool removed = c.kind == SessionChange::Kind::removed;
    out << "<tr><td class=\"date\">" << iso_date(c.date) << "</td><td class=\"before\">"
        << html_escape(fmt::before_text(d, c))
        << "</td><td class=\"arrow\">→</td><td class=\"after\">"
        << (removed ? "(removed)" : html_escape(fmt::after_text(d, c)))
        << "</td><td class=\"rulecell\"><span class=\"" << rule_class(c) << "\">"
        << html_escape(fmt::rule_label(c)) << "</span></td><td class=\"reason\">"
        << html_escape(fmt::detail_text(c)) << "</td></tr>\n";
  }
  out << "</table>\n";
}

std::string change_cell(std::optional<double> p) {
  if (!p) return "<td class=\"n\">—</td>";
  const std::string cls = *p < -fmt::kLevelPercent  ? "n down"
                          : *p > fmt::kLevelPercent ? "n up"
                                                    : "n";
  return "<td class=\"" + cls + "\">" + html_escape(fmt::percent(p)) + "</td>";
}

// A heading (already HTML) over a list of the lines, escaped, of the given class.
void list(std::ostringstream& out, const std::string& heading, const char* cls,
          const std::vector<std::string>& lines) {
  out << "<h2>" << heading << "</h2>\n<ul class=\"" << cls << "\">\n";
  for (const auto& line : lines) out << "<li>" << html_escape(line) << "</li>\n";
  out << "</ul>\n";
}

// The revision's referrals, warnings and care, in a panel on top: the coach reviews
// them before sending (docs/formats.md#diff-json).
void write_review(std::ostringstream& out, const ReviewNotes& n) {
  if (n.referral_lines.empty() && n.warnings.empty() && !fmt::has_care(n)) return;
  out << "<section id=\"review\" class=\"panel review\">\n";
  if (!n.referral_lines.empty()) list(out, "Referrals", "referrals", n.referral_lines);
  if (!n.warnings.empty()) list(out, "Warnings", "warnings", n.warnings);
  for (const auto& note : n.care)
    if (!note.care.empty()) list(out, "Care: " + html_escape(note.label), "care", note.care);
  out << "</section>\n";
}

void write_weeks(std::ostringstream& out, const PlanDiff& d) {
  bool minutes = false;
  for (const auto& w : d.weeks) minutes |= w.before.minutes > 0 || w.after.minutes > 0;
  const std::string u = fmt::unit(d.units);
  out << "<h2>Weekly totals</h2>\n<table class=\"weeks\">\n<tr><th>Week</th><th>Starts</th>"
      << "<th class=\"n\">" << u << " before</th><th class=\"n\">" << u << " after</th>"
      << "<th class=\"n\">Change</th>";
  if (minutes)
    out << "<th class=\"n\">min before</th><th class=\"n\">min after</th>"
        << "<th class=\"n\">min change</th>";
  out << "<th class=\"n\">Speedwork</th><th class=\"n\">Rest days</th></tr>\n";
  for (const auto& w : d.weeks) {
    const bool changed = fixed_number(w.before.distance, 1) != fixed_number(w.after.distance, 1) ||
                         w.before.minutes != w.after.minutes ||
                         w.before.speedwork != w.after.speedwork ||
                         w.before.rest_days != w.after.rest_days;
    out << "<tr" << (changed ? " class=\"changed\"" : "") << "><td class=\"wk\">"
        << fmt::week_label(w) << "</td><td class=\"date\">" << iso_date(w.monday)
        << "</td><td class=\"n\">" << fixed_number(w.before.distance, 1) << "</td><td class=\"n\">"
        << fixed_number(w.after.distance, 1) << "</td>"
        << change_cell(percent_change(w.before.distance, w.after.distance));
    if (minutes)
      out << "<td class=\"n\">" << rounded_number(w.before.minutes, 0) << "</td><td class=\"n\">"
          << rounded_number(w.after.minutes, 0) << "</td>"
          << change_cell(percent_change(w.before.minutes, w.after.minutes));
    out << "<td class=\"n\">" << w.before.speedwork << " → " << w.after.speedwork
        << "</td><td class=\"n\">" << w.before.rest_days << " → " << w.after.rest_days
        << "</td></tr>\n";
  }
  out << "</table>\n";
}

}  // namespace

std::string render_html(const PlanDiff& d) {
  std::ostringstream out;
  std::string title = d.athlete + (d.name ? " — " + *d.name : "");
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>Plan diff: " << html_escape(title) << "</title>\n<style>" << page_style()
      << "</style>\n</head>\n<body>\n<main>\n";
  out << "<h1>" << html_escape(title) << "</h1>\n<p class=\"files\">" << html_escape(d.original)
      << " → " << html_escape(d.revised) << "</p>\n";
  if (d.review) write_review(out, *d.review);
  if (d.same) {
    out << "<h2>Result</h2>\n<p class=\"same\">The plans are the same.</p>\n";
  } else {
    write_cards(out, d);
    if (!d.plan_fields.empty()) {
      out << "<h2>Plan fields</h2>\n<table>\n<tr><th>Field</th><th>Before</th><th>After</th>"
             "</tr>\n";
      for (const auto& f : d.plan_fields)
        out << "<tr><td>" << html_escape(f.field) << "</td><td class=\"before\">"
            << html_escape(f.before) << "</td><td class=\"after\">" << html_escape(f.after)
            << "</td></tr>\n";
      out << "</table>\n";
    }
  }
  if (!d.weeks.empty()) {
    out << "<h2>Weekly volume</h2>\n<div class=\"panel\">\n" << volume_chart(d);
    const DiffSummary& s = d.summary;
    const bool has_distance = s.volume_before > 0 || s.volume_after > 0;
    if (has_distance && (s.minutes_before > 0 || s.minutes_after > 0))
      out << "<p class=\"note\">Runs given only by time are not in the chart: "
          << rounded_number(s.minutes_before, 0) << " → " << rounded_number(s.minutes_after, 0)
          << " min in all (see the weekly totals).</p>\n";
    out << "</div>\n";
  }
  if (!d.changes.empty()) write_changes(out, d);
  if (!d.weeks.empty()) write_weeks(out, d);
  out << "<footer>plan-adjust diff · running sessions only; a rest day is a day with no "
         "running session · guidance from general running-coach advice, not medical "
         "advice</footer>\n</main>\n</body>\n</html>\n";
  return out.str();
}

}  // namespace planadj
