#include "planadj/number_text.h"

#include <charconv>
#include <cmath>
#include <system_error>

namespace planadj {

std::string shortest_number(double v) {
  if (std::isnan(v)) return ".nan";
  if (std::isinf(v)) return v > 0 ? ".inf" : "-.inf";
  if (v == 0) return "0";  // also turns -0 into 0
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, v);
  if (res.ec != std::errc()) return "0";  // cannot happen: 64 bytes hold any double
  return std::string(buf, res.ptr);
}

namespace {

// Half away from zero at `decimals` places, and -0 made 0 so it never prints "-0".
double rounded(double v, int decimals) {
  const double scale = std::pow(10.0, decimals);
  const double r = std::round(v * scale) / scale;
  return r == 0 ? 0.0 : r;
}

}  // namespace

std::string rounded_number(double v, int decimals) {
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, rounded(v, decimals));
  return std::string(buf, res.ptr);
}

std::string fixed_number(double v, int decimals) {
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, rounded(v, decimals),
                                 std::chars_format::fixed, decimals);
  return std::string(buf, res.ptr);
}

}  // namespace planadj
