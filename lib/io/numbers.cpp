// Numbers and durations as the tool writes them: the shortest text that reads back
// exactly, never yaml-cpp's 17-digit `6.4000000000000004` (docs/architecture.md#yaml-cpp-facts).
#include <charconv>
#include <cmath>
#include <cstdio>
#include <system_error>

#include "planadj/duration_text.h"
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

std::string format_duration(double minutes) { return duration_in_style(minutes); }

}  // namespace planadj
