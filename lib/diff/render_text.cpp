// The default rendering, for a terminal: one line per changed session, a weekly
// table and a summary. Columns are padded so a coach can scan them.
#include <algorithm>
#include <sstream>

#include "diff/format.h"
#include "planadj/date_text.h"
#include "planadj/diff.h"

namespace planadj {
namespace {

namespace fmt = diff_format;

struct Palette {
  bool on = false;
  std::string wrap(const std::string& code, const std::string& s) const {
    return on && !s.empty() ? "\x1b[" + code + "m" + s + "\x1b[0m" : s;
  }
  std::string bold(const std::string& s) const { return wrap("1", s); }
  std::string red(const std::string& s) const { return wrap("31", s); }
  std::string green(const std::string& s) const { return wrap("32", s); }
  std::string cyan(const std::string& s) const { return wrap("36", s); }
  std::string dim(const std::string& s) const { return wrap("2", s); }
};

// Long session texts would push every arrow far right; past this they stop aligning.
constexpr std::size_t kMaxColumn = 32;

void write_changes(std::ostringstream& out, const PlanDiff& d, const Palette& c) {
  std::size_t wb = 0, wa = 0;
  for (const auto& ch : d.changes) {
    wb = std::max(wb, fmt::width(fmt::printable(fmt::before_text(d, ch))));
    wa = std::max(wa, fmt::width(fmt::printable(fmt::after_text(d, ch))));
  }
  wb = std::min(wb, kMaxColumn);
  wa = std::min(wa, kMaxColumn);
  out << c.bold("Changed sessions") << " (" << d.changes.size() << ")\n";
  for (const auto& ch : d.changes) {
    const std::string before = fmt::printable(fmt::before_text(d, ch));
    const std::string after = fmt::printable(fmt::after_text(d, ch));
    std::string line = iso_date(ch.date) + "  ";
    if (ch.kind == SessionChange::Kind::added) {
      line += fmt::pad("", wb) + "   " + c.green(fmt::pad("+ " + after, wa));
    } else if (ch.kind == SessionChange::Kind::removed) {
      line += c.red(fmt::pad(before, wb)) + " → " + c.red(fmt::pad("(removed)", wa));
    } else {
      line += c.red(fmt::pad(before, wb)) + " → " + c.green(fmt::pad(after, wa));
    }
    line += "  " + c.cyan("[" + fmt::rule_label(ch) + "]");
    const std::string detail = fmt::printable(fmt::detail_text(ch));
    if (!detail.empty()) line += " " + detail;
    out << line << "\n";
  }
}

void write_weeks(std::ostringstream& out, const PlanDiff& d, const Palette& c) {
  bool minutes = false;
  for (const auto& w : d.weeks) minutes |= w.before.minutes > 0 || w.after.minutes > 0;
  const std::string u = fmt::unit(d.units);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> head{"week", "starts", u + " before", u + " after", "change"};
  if (minutes) {
    head.push_back("min before");
    head.push_back("min after");
    head.push_back("min change");
  }
  for (const char* h : {"speedwork", "rest days"}) head.push_back(h);
  rows.push_back(head);
  std::vector<bool> changed{false};
  for (const auto& w : d.weeks) {
    changed.push_back(fixed_number(w.before.distance, 1) != fixed_number(w.after.distance, 1) ||
                      w.before.minutes != w.after.minutes ||
                      w.before.speedwork != w.after.speedwork ||
                      w.before.rest_days != w.after.rest_days);
    std::vector<std::string> r{fmt::week_label(w), iso_date(w.monday),
                               fixed_number(w.before.distance, 1),
                               fixed_number(w.after.distance, 1),
                               fmt::percent(percent_change(w.before.distance, w.after.distance))};
    if (minutes) {
      r.push_back(rounded_number(w.before.minutes, 0));
      r.push_back(rounded_number(w.after.minutes, 0));
      r.push_back(fmt::percent(percent_change(w.before.minutes, w.after.minutes)));
    }
    r.push_back(std::to_string(w.before.speedwork) + " → " + std::to_string(w.after.speedwork));
    r.push_back(std::to_string(w.before.rest_days) + " → " + std::to_string(w.after.rest_days));
    rows.push_back(r);
  }
  std::vector<std::size_t> widths(head.size(), 0);
  for (const auto& r : rows)
    for (std::size_t i = 0; i < r.size(); ++i) widths[i] = std::max(widths[i], fmt::width(r[i]));
  out << c.bold("Weekly totals") << " (running; volume in " << u << ")\n";
  for (std::size_t ri = 0; ri < rows.size(); ++ri) {
    std::string line;
    for (std::size_t i = 0; i < rows[ri].size(); ++i) {
      const bool left = i < 2;
      line += (i ? "  " : "") + fmt::pad(rows[ri][i], widths[i], !left);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    // Weeks the revision touched stand out; the header recedes.
    out << (ri == 0 ? c.dim(line) : changed[ri] ? c.bold(line) : line) << "\n";
  }
}

// Each line indented behind its mark (`!` for what must not be missed), then a blank line.
void items(std::ostringstream& out, const std::vector<std::string>& lines, char mark = '-') {
  for (const auto& line : lines) out << "  " << mark << " " << fmt::printable(line) << "\n";
  out << "\n";
}

// The revision's referrals, warnings and care: what the coach checks before sending.
void write_review(std::ostringstream& out, const ReviewNotes& n, const Palette& c) {
  if (!n.referral_lines.empty()) {
    out << c.bold(c.red("Referrals")) << " (" << n.referral_lines.size() << ")\n";
    items(out, n.referral_lines, '!');
  }
  if (!n.warnings.empty()) {
    out << c.bold("Warnings") << " (" << n.warnings.size() << ")\n";
    items(out, n.warnings);
  }
  for (const auto& note : n.care) {
    if (note.care.empty()) continue;
    out << c.bold("Care: " + fmt::printable(note.label)) << "\n";
    items(out, note.care);
  }
}

void write_summary(std::ostringstream& out, const PlanDiff& d, const Palette& c) {
  const DiffSummary& s = d.summary;
  const fmt::SummaryWords w = fmt::summary_words(d);
  out << c.bold("Summary") << "\n";
  out << "  sessions:  " << w.sessions << "\n";
  out << "  volume:    " << w.volume << "\n";
  if (fmt::has_minutes(s))
    out << "  minutes:   " << rounded_number(s.minutes_before, 0) << " min → "
        << rounded_number(s.minutes_after, 0) << " min ("
        << fmt::percent(percent_change(s.minutes_before, s.minutes_after))
        << ", sessions without a distance)\n";
  out << "  rest days: " << w.rest_days << "\n";
  out << "  speedwork: " << w.speedwork << "\n";
  out << "  routes:    " << s.routes_flattened << " flattened\n";
}

}  // namespace

std::string render_text(const PlanDiff& d, bool color) {
  const Palette c{color};
  std::ostringstream out;
  out << c.bold(fmt::printable(d.original + " → " + d.revised)) << "\n";
  out << fmt::printable(d.athlete);
  if (d.name) out << " · " << fmt::printable(*d.name);
  out << " · " << fmt::unit(d.units) << "\n\n";
  if (d.review) write_review(out, *d.review, c);
  if (d.same) {
    out << "The plans are the same.\n";
    return out.str();
  }
  if (!d.plan_fields.empty()) {
    out << c.bold("Plan fields") << "\n";
    for (const auto& f : d.plan_fields)
      out << "  " << fmt::printable(f.field) << ": " << c.red(fmt::printable(f.before)) << " → "
          << c.green(fmt::printable(f.after)) << "\n";
    out << "\n";
  }
  if (!d.changes.empty()) {
    write_changes(out, d, c);
    out << "\n";
  }
  if (!d.weeks.empty()) {
    write_weeks(out, d, c);
    out << "\n";
  }
  write_summary(out, d, c);
  return out.str();
}

}  // namespace planadj
