// The revised sessions as an iCalendar file (RFC 5545): one all-day event each.
#include <algorithm>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <iterator>
#include <map>
#include <numeric>
#include <optional>
#include <vector>

#include "planadj/session_words.h"
#include "planadj/version.h"
#include "planadj/writers.h"

namespace planadj {
namespace {

std::string basic_date(const Date& d) { return boost::gregorian::to_iso_string(d); }

// RFC 5545 §3.3.11: backslash, semicolon and comma escaped, newlines as `\n`.
std::string escape_text(std::string_view s) {
  std::string out;
  for (const char c : s) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;
      default:
        out += c;
    }
  }
  return out;
}

// RFC 5545 §3.1: lines of at most 75 octets, continued after CRLF + space, never
// splitting a UTF-8 sequence or an escape.
void put_line(std::string& out, const std::string& line) {
  std::size_t start = 0, limit = 75;
  while (line.size() - start > limit) {
    std::size_t cut = start + limit;
    while (cut > start && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    // Keep a TEXT escape (`\,`) on one line: naive readers unfold badly otherwise.
    std::size_t slashes = 0;
    while (cut - slashes > start && line[cut - slashes - 1] == '\\') ++slashes;
    if (slashes % 2 == 1) --cut;
    out.append(line, start, cut - start);
    out += "\r\n ";
    start = cut;
    limit = 74;  // the leading space counts
  }
  out.append(line, start, std::string::npos);
  out += "\r\n";
}

std::string volume_of(const Session& s, Units units) {
  if (s.distance) return format_number(*s.distance) + " " + std::string(name_of(units));
  if (s.duration)
    return s.duration->text.empty() ? format_duration(s.duration->minutes) : s.duration->text;
  return "";
}

std::string summary_of(const Session& s, Units units) {
  std::string out(title_of(s.type));
  if (s.type == SessionType::rest) return out;
  const std::string volume = volume_of(s, units);
  if (!volume.empty()) out += " " + volume;
  return out;
}

// What the adjustment replaced, e.g. `intervals, 10 km, hilly, Cemetery hill`.
std::string planned_of(const Original& o, Units units) {
  std::vector<std::string> parts;
  if (o.type) parts.emplace_back(name_of(*o.type));
  if (o.distance) parts.push_back(format_number(*o.distance) + " " + std::string(name_of(units)));
  if (o.duration)
    parts.push_back(o.duration->text.empty() ? format_duration(o.duration->minutes)
                                             : o.duration->text);
  if (o.terrain && *o.terrain) parts.emplace_back(name_of(**o.terrain));
  if (o.route) parts.push_back(*o.route);
  if (o.elevation_gain) parts.push_back(format_number(*o.elevation_gain) + " m climb");
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

std::string description_of(const Session& s, Units units) {
  std::vector<std::string> parts;
  if (s.description) parts.push_back(*s.description);
  if (s.terrain) parts.push_back("Terrain: " + std::string(name_of(*s.terrain)));
  if (s.adjustment) {
    parts.push_back("Adjusted (" + s.adjustment->rule + "): " + s.adjustment->reason);
    const std::string planned = planned_of(s.adjustment->original, units);
    if (!planned.empty()) parts.push_back("Planned: " + planned);
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "\n") + p;
  return out;
}

// When no log entry bears on a session: the earliest session date, at midnight UTC.
std::string fallback_stamp(const Plan& plan) {
  std::optional<Date> stamp;
  for (const auto& s : plan.sessions)
    if (!stamp || s.date < *stamp) stamp = s.date;
  return stamp ? basic_date(*stamp) + "T000000Z" : "19700101T000000Z";
}

// SEQUENCE and DTSTAMP of a session on `day`, from the log entries the revision reflects
// (docs/formats.md#ics-updates): the rules never change a session before an entry's
// date, so the entries on or before `day` are all that can have changed it.
// SEQUENCE counts them, so it grows with every entry that could change the session and
// stays put for entries after it; DTSTAMP is the latest of them. No clock (invariant 6).
struct Revision {
  long sequence = 0;
  std::string stamp;
};

Revision revision_of(const Date& day, const std::vector<Date>& history,
                     const std::string& fallback) {
  const auto after = std::upper_bound(history.begin(), history.end(), day);
  Revision r;
  r.sequence = static_cast<long>(after - history.begin());
  r.stamp = after == history.begin() ? fallback : basic_date(*std::prev(after)) + "T000000Z";
  return r;
}

// DTEND is the next day; the last day the calendar can hold has none (RFC 5545 §3.6.1:
// an all-day DTSTART alone lasts the day).
std::optional<std::string> dtend_of(const Date& d) {
  if (d >= Date(boost::gregorian::max_date_time)) return std::nullopt;
  return basic_date(d + boost::gregorian::days(1));
}

}  // namespace

std::string write_plan_ics(const Plan& plan, std::vector<Date> history) {
  std::sort(history.begin(), history.end());
  std::string out;
  put_line(out, "BEGIN:VCALENDAR");
  put_line(out, "VERSION:2.0");
  put_line(out, std::string("PRODID:-//plan-adjust//plan-adjust ") + kVersion + "//EN");
  put_line(out, "CALSCALE:GREGORIAN");
  put_line(out, "METHOD:PUBLISH");
  const std::string calname = plan.name ? *plan.name + " (" + plan.athlete + ")" : plan.athlete;
  put_line(out, "X-WR-CALNAME:" + escape_text(calname));
  const std::string fallback = fallback_stamp(plan);

  // Events in date order; the UID index counts sessions of a date in input order.
  std::vector<std::size_t> order(plan.sessions.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&plan](std::size_t a, std::size_t b) {
    return plan.sessions[a].date < plan.sessions[b].date;
  });
  std::map<Date, int> index_in_date;
  for (const std::size_t i : order) {
    const Session& s = plan.sessions[i];
    const int index = ++index_in_date[s.date];
    put_line(out, "BEGIN:VEVENT");
    put_line(out, "UID:" + plan.athlete + "-" + basic_date(s.date) + "-" + std::to_string(index) +
                      "@plan-adjust");
    const Revision revision = revision_of(s.date, history, fallback);
    put_line(out, "DTSTAMP:" + revision.stamp);
    put_line(out, "SEQUENCE:" + std::to_string(revision.sequence));
    put_line(out, "DTSTART;VALUE=DATE:" + basic_date(s.date));
    if (const auto end = dtend_of(s.date)) put_line(out, "DTEND;VALUE=DATE:" + *end);
    put_line(out, "SUMMARY:" + escape_text(summary_of(s, plan.units)));
    if (s.route) put_line(out, "LOCATION:" + escape_text(*s.route));
    const std::string description = description_of(s, plan.units);
    if (!description.empty()) put_line(out, "DESCRIPTION:" + escape_text(description));
    put_line(out, "TRANSP:TRANSPARENT");
    put_line(out, "END:VEVENT");
  }
  put_line(out, "END:VCALENDAR");
  return out;
}

}  // namespace planadj
