// The Markdown rendering: the text report's content as GitHub-flavoured tables,
// for pasting into an issue, a wiki page or an e-mail to the athlete.
#include <sstream>

#include "diff/format.h"
#include "planadj/date_text.h"
#include "planadj/diff.h"
#include "planadj/html_text.h"

namespace planadj {
namespace {

namespace fmt = diff_format;

/// Escapes text for a table cell: pipes, backslashes, markup characters, line breaks.
/// `_` stays: GFM never emphasises inside a word, and injury ids are full of them.
std::string cell(const std::string& s) {
  std::string out;
  for (char ch : s) {
    switch (ch) {
      case '|':
        out += "\\|";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '*':
      case '`':
      case '[':
      case ']':
        out += '\\';
        out += ch;
        break;
      case '<':
      case '>':
      case '&':
        append_html_entity(out, ch);
        break;
      case '\n':
        out += "<br>";
        break;
      case '\r':
        break;
      default:
        out += ch;
    }
  }
  return out;
}

void write_changes(std::ostringstream& out, const PlanDiff& d) {
  out << "## Changed sessions (" << d.changes.size() << ")\n\n";
  out << "| Date | Before | After | Rule | Reason |\n";
  out << "|---|---|---|---|---|\n";
  for (const auto& c : d.changes) {
    out << "| " << iso_date(c.date) << " | " << cell(fmt::before_text(d, c)) << " | "
        << cell(c.kind == SessionChange::Kind::removed ? "(removed)" : fmt::after_text(d, c))
        << " | " << cell(fmt::rule_label(c)) << " | " << cell(fmt::detail_text(c)) << " |\n";
  }
  out << "\n";
}

void write_weeks(std::ostringstream& out, const PlanDiff& d) {
  bool minutes = false;
  for (const auto& w : d.weeks) minutes |= w.before.minutes > 0 || w.after.minutes > 0;
  const std::string u = fmt::unit(d.units);
  out << "## Weekly totals\n\nRunning sessions; volume in " << u << ".\n\n";
  out << "| Week | Starts | Volume before | Volume after | Change |";
  if (minutes) out << " Minutes before | Minutes after | Minutes change |";
  out << " Speedwork before | Speedwork after | Rest days before | Rest days after |\n";
  out << "|---|---|--:|--:|--:|" << (minutes ? "--:|--:|--:|" : "") << "--:|--:|--:|--:|\n";
  for (const auto& w : d.weeks) {
    out << "| " << fmt::week_label(w) << " | " << iso_date(w.monday) << " | "
        << fixed_number(w.before.distance, 1) << " | " << fixed_number(w.after.distance, 1) << " | "
        << fmt::percent(percent_change(w.before.distance, w.after.distance)) << " |";
    if (minutes)
      out << " " << rounded_number(w.before.minutes, 0) << " | "
          << rounded_number(w.after.minutes, 0) << " | "
          << fmt::percent(percent_change(w.before.minutes, w.after.minutes)) << " |";
    out << " " << w.before.speedwork << " | " << w.after.speedwork << " | " << w.before.rest_days
        << " | " << w.after.rest_days << " |\n";
  }
  out << "\n";
}

// Each line as a list item, then a blank line; `bold` for what must not be missed.
void bullets(std::ostringstream& out, const std::vector<std::string>& lines, bool bold = false) {
  const char* mark = bold ? "**" : "";
  for (const auto& line : lines) out << "- " << mark << cell(line) << mark << "\n";
  out << "\n";
}

// The revision's referrals, warnings and care, first: the coach reviews them before
// sending (docs/formats.md#diff-json).
void write_review(std::ostringstream& out, const ReviewNotes& n) {
  if (!n.referral_lines.empty()) {
    out << "## Referrals\n\n";
    bullets(out, n.referral_lines, true);
  }
  if (!n.warnings.empty()) {
    out << "## Warnings\n\n";
    bullets(out, n.warnings);
  }
  if (!fmt::has_care(n)) return;
  out << "## Care\n\n";
  for (const auto& note : n.care) {
    if (note.care.empty()) continue;
    out << "**" << cell(note.label) << "**\n\n";
    bullets(out, note.care);
  }
}

void write_summary(std::ostringstream& out, const PlanDiff& d) {
  const DiffSummary& s = d.summary;
  const fmt::SummaryWords w = fmt::summary_words(d);
  out << "## Summary\n\n";
  out << "- **Sessions:** " << w.sessions << "\n";
  out << "- **Volume:** " << w.volume << "\n";
  if (fmt::has_minutes(s))
    out << "- **Minutes** (sessions without a distance): " << rounded_number(s.minutes_before, 0)
        << " → " << rounded_number(s.minutes_after, 0) << " ("
        << fmt::percent(percent_change(s.minutes_before, s.minutes_after)) << ")\n";
  out << "- **Rest days:** " << w.rest_days << "\n";
  out << "- **Speedwork:** " << w.speedwork << "\n";
  out << "- **Routes flattened:** " << s.routes_flattened << "\n";
}

}  // namespace

std::string render_markdown(const PlanDiff& d) {
  std::ostringstream out;
  out << "# Plan diff: " << cell(d.athlete);
  if (d.name) out << " — " << cell(*d.name);
  out << "\n\n" << cell(d.original) << " → " << cell(d.revised) << "\n\n";
  if (d.review) write_review(out, *d.review);
  if (d.same) {
    out << "The plans are the same.\n";
    return out.str();
  }
  if (!d.plan_fields.empty()) {
    out << "## Plan fields\n\n| Field | Before | After |\n|---|---|---|\n";
    for (const auto& f : d.plan_fields)
      out << "| " << cell(f.field) << " | " << cell(f.before) << " | " << cell(f.after) << " |\n";
    out << "\n";
  }
  if (!d.changes.empty()) write_changes(out, d);
  if (!d.weeks.empty()) write_weeks(out, d);
  write_summary(out, d);
  return out.str();
}

}  // namespace planadj
