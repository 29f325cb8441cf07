// Numbers and durations as the tool writes them: the shortest text that reads back
// exactly, never yaml-cpp's 17-digit `6.4000000000000004` (docs/architecture.md#yaml-cpp-facts).
#include <charconv>
#include <cmath>
#include <cstdio>
#include <system_error>

#include "planadj/writers.h"

namespace planadj {

std::string format_number(double v) {
  if (std::isnan(v)) return ".nan";
  if (std::isinf(v)) return v > 0 ? ".inf" : "-.inf";
  if (v == 0) return "0";  // also turns -0 into 0
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, v);
  if (res.ec != std::errc()) return "0";  // cannot happen: 64 bytes hold any double
  return std::string(buf, res.ptr);
}

std::string format_duration(double minutes) {
  if (!std::isfinite(minutes) || minutes < 0) minutes = 0;
  const double whole = std::round(minutes);
  if (std::fabs(minutes - whole) < 1e-9) {
    const long long m = static_cast<long long>(whole);
    const long long h = m / 60, rest = m % 60;
    if (h == 0) return std::to_string(rest) + "min";
    if (rest == 0) return std::to_string(h) + "h";
    return std::to_string(h) + "h" + std::to_string(rest) + "min";
  }
  // Not whole minutes: `H:MM:SS`, the one accepted spelling that carries seconds.
  const long long secs = std::llround(minutes * 60);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", secs / 3600, secs / 60 % 60, secs % 60);
  return buf;
}

}  // namespace planadj
