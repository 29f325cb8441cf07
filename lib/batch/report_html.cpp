// report.html (docs/batch.md#reporthtml): what the coach reads at 6 am, in the order
// it is acted on. Styles and the chart are the diff page's (planadj/page_style.h,
// planadj/volume_chart.h), so the two pages read alike.
#include "planadj/report_html.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "batch/report_parts.h"
#include "planadj/date_text.h"
#include "planadj/html_text.h"
#include "planadj/injury_label.h"
#include "planadj/joined.h"
#include "planadj/page_style.h"
#include "planadj/volume_chart.h"

namespace planadj::batch {
namespace {

// What the report adds to the shared style: the athlete sections, the located errors,
// and A4 print (a section never split across two sheets). `content-visibility: auto`
// lets the browser lay out and paint an athlete's section only when it scrolls near,
// so a roster of hundreds opens at once; printing still lays out every one
// (docs/batch.md#reporthtml has the figures).
constexpr std::string_view kReportStyle = R"(
h3 { font-size: 16px; margin: 0 0 6px; }
#referrals { margin-top: 20px; }
#referrals h2 { font-size: 18px; margin: 6px 0 8px; }
.athlete, .failed { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; margin: 0 0 14px; break-inside: avoid; }
.athlete { content-visibility: auto; contain-intrinsic-size: auto 560px; }
.failed { border-color: #e6b8b8; }
.athlete .status { margin: 0 0 8px; }
.athlete .changed { margin: 8px 0 0; color: var(--muted); font-size: 14px; }
.athlete .changed b { color: var(--ink); }
code { font: 13px/1.4 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; word-break: break-all; }
.errors li { margin-bottom: 4px; }
.fix { color: var(--muted); font-size: 14px; margin: 6px 0 0; }
.roster li { margin-bottom: 2px; }
.none { color: var(--muted); }
.state { color: var(--muted); font-size: 13px; }
@page { size: A4; margin: 12mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .cards { gap: 6px; }
  h2 { break-after: avoid; }
  .athlete svg { max-height: 62mm; }
}
)";

std::string esc(std::string_view s) { return html_escape(s); }

// A referral's or warning's state, as report.md tags it (docs/batch.md#states).
std::string state_span(NoticeState state, const Referral* r = nullptr) {
  return "<span class=\"state\">" + esc(state_tag(state, r)) + "</span>";
}

bool injured(const AthleteRecord& a) {
  return a.status != AthleteStatus::error && !a.injuries_today.empty();
}

// A status today as the rule badge the diff page gives a change of that rule.
std::string badge(const std::string& rule) {
  return "<span class=\"rule rule-" + esc(rule) + "\">" + esc(rule) + "</span>";
}

// A diagnostic `file:line:col: error: message` split at its severity, so the place
// reads as code and the message as text; anything else whole.
void located(std::ostringstream& out, const std::string& d) {
  for (const std::string_view sep : {": error: ", ": warning: "}) {
    const auto at = d.find(sep);
    if (at == std::string::npos) continue;
    out << "<code>" << esc(d.substr(0, at)) << "</code> " << esc(d.substr(at + sep.size()));
    return;
  }
  out << esc(d);
}

// The file a diagnostic names: what comes before `:line:col`, or before `: error`.
std::string file_of(const std::string& d) {
  auto end = d.find(": ");
  if (end == std::string::npos) return d;
  std::string loc = d.substr(0, end);
  for (int part = 0; part < 2; ++part) {
    const auto colon = loc.rfind(':');
    if (colon == std::string::npos || colon + 1 == loc.size() ||
        loc.find_first_not_of("0123456789", colon + 1) != std::string::npos)
      break;
    loc.erase(colon);
  }
  return loc;
}

void head(std::ostringstream& out, const BatchReport& report) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>plan-adjust morning report: " << esc(report.roster) << "</title>\n<style>"
      << page_style() << kReportStyle << "</style>\n</head>\n<body>\n<main>\n";
  out << "<h1>Morning report</h1>\n<p class=\"files\">Roster " << esc(report.roster);
  if (report.as_of) out << ", as of " << iso_date(*report.as_of);
  if (report.sharded) out << ", shard " << report.shard.index << "/" << report.shard.count;
  out << "</p>\n";
}

// The night in five figures, under the referrals.
void cards(std::ostringstream& out, const BatchReport& report, const Totals& t) {
  const auto n_injured = std::count_if(report.athletes.begin(), report.athletes.end(), injured);
  auto card = [&](const char* k, std::size_t v, const std::string& sub) {
    out << "<div class=\"card\"><div class=\"k\">" << k << "</div><div class=\"v\">" << v
        << "</div><div class=\"s\">" << sub << "</div></div>\n";
  };
  out << "<section class=\"cards\">\n";
  card("Referrals", t.referrals, "see a medical professional");
  card("Not revised", t.errors, "a file to fix");
  card("Injured", static_cast<std::size_t>(n_injured), "status and chart below");
  card("To send", t.athletes_changed, "athletes with a file changed since the previous run");
  card("Athletes", t.athletes,
       std::to_string(t.adjusted) + " adjusted, " + std::to_string(t.unchanged) + " unchanged");
  out << "</section>\n";
}

// On top, whatever else broke: every referral with the entry that raised it, then the
// red-flag entries dated after tonight (a typo in a date must not hide them).
void referrals(std::ostringstream& out, const BatchReport& report, const Totals& t,
               const ReportSink& sink) {
  out << "<section id=\"referrals\" class=\"panel review\">\n<h2>Referrals: see a medical "
         "professional ("
      << t.referrals << ")</h2>\n";
  if (t.referrals == 0) out << "<p class=\"none\">No referrals tonight.</p>\n";
  if (t.referrals) out << "<ul class=\"referrals\">\n";
  for (const auto& a : report.athletes) {
    // An athlete in error keeps her referrals, and the line says her plan was not
    // revised (docs/rules.md#red-flags-survive-errors).
    const std::string not_revised =
        a.status == AthleteStatus::error
            ? " (plan not revised tonight: <a href=\"#error-" + esc(a.id) + "\">see below</a>)"
            : "";
    for (std::size_t i = 0; i < a.referrals.size(); ++i) {
      const Referral& r = a.referrals[i];
      out << "<li><b>" << esc(a.id) << "</b>: " << iso_date(r.date) << ", "
          << esc(injury_label(r.injury, r.side, r.location)) << ": " << esc(r.reason) << not_revised
          << " " << state_span(state_at(a.referral_states, i), &r) << "</li>\n";
    }
    pass_on(out, sink);
  }
  if (t.referrals) out << "</ul>\n";
  std::size_t future = 0;
  for (const auto& a : report.athletes) future += a.dated_in_the_future.size();
  if (future) {
    out << "<h2>Dated in the future: is the date right? (" << future
        << ")</h2>\n<ul class=\"referrals future\">\n";
    for (const auto& a : report.athletes)
      for (const auto& w : a.dated_in_the_future) {
        out << "<li><b>" << esc(a.id) << "</b>: ";
        located(out, w);
        out << "</li>\n";
      }
    out << "</ul>\n";
  }
  out << "</section>\n";
}

void failed(std::ostringstream& out, const BatchReport& report, const Totals& t,
            const ReportSink& sink) {
  if (t.errors == 0) return;
  out << "<section id=\"errors\">\n<h2>Not revised tonight (" << t.errors << ")</h2>\n";
  for (const auto& a : report.athletes) {
    if (a.status != AthleteStatus::error) continue;
    out << "<div class=\"failed\" id=\"error-" << esc(a.id) << "\">\n<h3>" << esc(a.id)
        << "</h3>\n<ul class=\"errors\">\n";
    std::set<std::string> files;
    for (const auto& e : a.errors) {
      out << "<li>";
      located(out, e);
      out << "</li>\n";
      files.insert(file_of(e));
    }
    out << "</ul>\n<p class=\"fix\">To fix: correct what each line says at the place it "
           "names, in ";
    std::vector<std::string> names;
    for (const auto& f : files) names.push_back("<code>" + esc(f) + "</code>");
    out << joined(names, ", ") << "; <code>plan-adjust validate " << esc(report.roster)
        << "</code> checks it without writing anything. Until then this athlete's plan is "
           "not revised and the previous run's output stays as it was.</p>\n</div>\n";
    pass_on(out, sink);
  }
  out << "</section>\n";
}

// The files of the athlete's this run wrote, to send: `a/plan.yaml, a/message.md`.
std::string to_send(const AthleteRecord& a) {
  std::vector<std::string> paths;
  for (const std::string& f : a.changed_files) paths.push_back(esc(a.id + "/" + f));
  return joined(paths, ", ");
}

void athlete(std::ostringstream& out, const BatchReport& report, const AthleteRecord& a) {
  out << "<section class=\"athlete\" id=\"athlete-" << esc(a.id) << "\">\n<h3>" << esc(a.id)
      << "</h3>\n<p class=\"status\">Today";
  if (report.as_of) out << " (" << iso_date(*report.as_of) << ")";
  out << ": ";
  bool first = true;
  for (const InjuryReport& i : a.injuries_today) {
    out << (first ? "" : "; ") << esc(injury_label(i.injury, i.side, i.location)) << " "
        << badge(i.status);
    first = false;
  }
  for (const Date& d : a.races_called_off) out << "; race on " << iso_date(d) << " called off";
  out << "</p>\n";
  if (a.volumes) {
    ChartOptions o;
    o.id.clear();
    o.css_class = "volume-chart";
    o.today = report.as_of;
    o.compact = true;
    out << volume_chart(*a.volumes, o);
  }
  out << "<p class=\"changed\">"
      << (!a.changed_files.empty()
              ? "<b>Changed since the previous run</b>: send " + to_send(a) + ". "
              : "No change since the previous run. ")
      << esc(changes_text(a, ", ")) << ".</p>\n</section>\n";
}

void warnings(std::ostringstream& out, const BatchReport& report, const Totals& t,
              const ReportSink& sink) {
  if (t.warnings == 0) return;
  out << "<section id=\"warnings\">\n<h2>Warnings: for the coach to decide (" << t.warnings
      << ")</h2>\n<ul class=\"warnings\">\n";
  for (const auto& a : report.athletes) {
    for (std::size_t i = 0; i < a.warnings.size(); ++i) {
      out << "<li><b>" << esc(a.id) << "</b>: ";
      located(out, a.warnings[i]);
      out << " " << state_span(state_at(a.warning_states, i)) << "</li>\n";
    }
    pass_on(out, sink);
  }
  out << "</ul>\n</section>\n";
}

// The warnings the previous run reported and this one did not: said once.
void warnings_closed(std::ostringstream& out, const BatchReport& report, const Totals& t,
                     const ReportSink& sink) {
  if (t.warnings_closed == 0) return;
  out << "<section id=\"warnings-closed\">\n<h2>Warnings closed since the previous run ("
      << t.warnings_closed << ")</h2>\n<ul class=\"warnings\">\n";
  for (const auto& a : report.athletes) {
    for (const auto& w : a.warnings_closed) {
      out << "<li><b>" << esc(a.id) << "</b>: ";
      located(out, w);
      out << "</li>\n";
    }
    pass_on(out, sink);
  }
  out << "</ul>\n</section>\n";
}

// Everyone not above, a line each.
void rest_of_roster(std::ostringstream& out, const BatchReport& report, const ReportSink& sink) {
  const auto n = std::count_if(
      report.athletes.begin(), report.athletes.end(),
      [](const AthleteRecord& a) { return a.status != AthleteStatus::error && !injured(a); });
  if (n) {
    out << "<section id=\"roster\">\n<h2>The rest of the roster (" << n
        << ")</h2>\n<ul class=\"roster\">\n";
    for (const auto& a : report.athletes) {
      if (a.status == AthleteStatus::error || injured(a)) continue;
      out << "<li><b>" << esc(a.id) << "</b>: ";
      if (a.status == AthleteStatus::adjusted)
        out << "adjusted, " << esc(changes_text(a, ", "));
      else
        out << "no change by the rules";
      if (!a.changed_files.empty()) out << "; changed since the previous run: send " << to_send(a);
      out << "</li>\n";
      pass_on(out, sink);
    }
    out << "</ul>\n</section>\n";
  }
  if (!report.no_longer_in_roster.empty()) {
    out << "<section id=\"stale\">\n<h2>No longer in the roster ("
        << report.no_longer_in_roster.size()
        << ")</h2>\n<p class=\"none\">Their earlier output is left as it was: ";
    std::vector<std::string> ids;
    for (const auto& id : report.no_longer_in_roster) ids.push_back(esc(id));
    out << joined(ids, ", ") << ".</p>\n</section>\n";
  }
}

}  // namespace

void render_report_html(const BatchReport& report, const ReportSink& sink) {
  const Totals t = totals_of(report);
  std::ostringstream out;
  head(out, report);
  referrals(out, report, t, sink);
  cards(out, report, t);
  failed(out, report, t, sink);
  const auto n = std::count_if(report.athletes.begin(), report.athletes.end(), injured);
  if (n) {
    out << "<section id=\"injured\">\n<h2>Injured (" << n << ")</h2>\n";
    for (const auto& a : report.athletes) {
      if (injured(a)) athlete(out, report, a);
      pass_on(out, sink);
    }
    out << "</section>\n";
  }
  warnings(out, report, t, sink);
  warnings_closed(out, report, t, sink);
  rest_of_roster(out, report, sink);
  out << "<footer>plan-adjust batch · weekly volume of running sessions, before and after "
         "the revision · guidance from general running-coach advice, not medical "
         "advice</footer>\n</main>\n</body>\n</html>\n";
  sink(out.str());
}

std::string render_report_html(const BatchReport& report) {
  std::string out;
  render_report_html(report, [&](std::string_view piece) { out += piece; });
  return out;
}

}  // namespace planadj::batch
