#include "planadj/duration_text.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <system_error>

namespace planadj {

namespace {

bool whole(double minutes) { return std::fabs(minutes - std::round(minutes)) < 1e-9; }

// `H:MM:SS`, the hours padded to `hour_width` digits (`01:04:00` stays two).
std::string clock(double minutes, int hour_width) {
  const long long secs = std::llround(minutes * 60);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%0*lld:%02lld:%02lld", hour_width, secs / 3600, secs / 60 % 60,
                secs % 60);
  return buf;
}

// `36`, or `36.5`: the shortest decimal that reads back exactly.
std::string plain(double minutes) {
  if (whole(minutes)) return std::to_string(std::llround(minutes));
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, minutes);
  return res.ec == std::errc() ? std::string(buf, res.ptr) : std::to_string(minutes);
}

bool plain_style(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s)
    if ((c < '0' || c > '9') && c != '.') return false;
  return true;
}

// `1h12min`, `72min`, `1h`; with_hours false keeps everything in minutes.
std::string units(double minutes, bool with_hours, bool spaced) {
  const long long m = std::llround(minutes);
  const std::string sp = spaced ? " " : "";
  const long long h = with_hours ? m / 60 : 0, rest = with_hours ? m % 60 : m;
  if (h == 0) return std::to_string(rest) + sp + "min";
  if (rest == 0) return std::to_string(h) + sp + "h";
  return std::to_string(h) + sp + "h" + sp + std::to_string(rest) + sp + "min";
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

std::string duration_in_style(double minutes, std::string_view style) {
  if (!std::isfinite(minutes) || minutes < 0) minutes = 0;
  style = trimmed(style);
  if (const auto colon = style.find(':'); colon != std::string_view::npos)
    return clock(minutes, static_cast<int>(colon == 0 ? 1 : colon));
  if (plain_style(style)) return plain(minutes);
  if (!whole(minutes)) return clock(minutes, 1);
  const bool hours = style.empty() || style.find('h') != std::string_view::npos;
  return units(minutes, hours, style.find(' ') != std::string_view::npos);
}

}  // namespace planadj
