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

}  // namespace planadj
