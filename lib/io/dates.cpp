// Dates and durations as a coach writes them (docs/formats.md#plan).
#include <boost/date_time/gregorian/gregorian.hpp>
#include <cctype>
#include <stdexcept>

#include "io/node_checks.h"
#include "planadj/readers.h"

namespace planadj {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (const char c : s) v = v * 10 + (c - '0');
  return v;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// A non-negative decimal without exponent: `45`, `1.5`.
std::optional<double> plain_amount(std::string_view s) {
  if (s.empty() || !std::isdigit(static_cast<unsigned char>(s.front()))) return std::nullopt;
  for (const char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.') return std::nullopt;
  return io::parse_number(s);
}

// `1:30:00` (hours:minutes:seconds).
std::optional<double> clock_minutes(std::string_view s) {
  const auto a = s.find(':');
  const auto b = s.find(':', a + 1);
  if (b == std::string_view::npos || s.find(':', b + 1) != std::string_view::npos)
    return std::nullopt;
  const auto h = s.substr(0, a), m = s.substr(a + 1, b - a - 1), sec = s.substr(b + 1);
  if (!all_digits(h) || h.size() > 3 || m.size() != 2 || sec.size() != 2 || !all_digits(m) ||
      !all_digits(sec) || to_int(m) > 59 || to_int(sec) > 59)
    return std::nullopt;
  return to_int(h) * 60.0 + to_int(m) + to_int(sec) / 60.0;
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  const auto y = s.substr(0, 4), m = s.substr(5, 2), d = s.substr(8, 2);
  if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return std::nullopt;
  try {
    return Date(static_cast<unsigned short>(to_int(y)), static_cast<unsigned short>(to_int(m)),
                static_cast<unsigned short>(to_int(d)));
  } catch (const std::out_of_range&) {
    return std::nullopt;  // 2026-02-30, month 13, a year Boost cannot hold
  }
}

bool date_in_range(const Date& d) { return d.year() >= kFirstYear && d.year() <= kLastYear; }

std::optional<double> parse_duration_minutes(std::string_view s) {
  s = trim(s);
  if (s.empty()) return std::nullopt;
  if (s.find(':') != std::string_view::npos) return clock_minutes(s);
  if (const auto whole = plain_amount(s)) return whole;
  // `1h`, `45min`, `1h30min`, with optional spaces: `1 h 30 min`.
  double total = 0;
  bool seen_h = false, seen_min = false;
  while (!s.empty()) {
    std::size_t n = 0;
    while (n < s.size() && (std::isdigit(static_cast<unsigned char>(s[n])) || s[n] == '.')) ++n;
    const auto amount = plain_amount(s.substr(0, n));
    if (!amount) return std::nullopt;
    s = trim(s.substr(n));
    if (s.substr(0, 3) == "min" && !seen_min) {
      total += *amount;
      seen_min = true;
      s.remove_prefix(3);
    } else if (s.substr(0, 1) == "h" && !seen_h && !seen_min) {
      total += *amount * 60;
      seen_h = true;
      s.remove_prefix(1);
    } else {
      return std::nullopt;
    }
    s = trim(s);
  }
  return total;
}

}  // namespace planadj
