#include "planadj/athlete_id.h"

#include <cstdio>

#include "planadj/batch.h"

namespace planadj::batch {

std::string unsafe_id_reason(std::string_view id) {
  const std::string problem = athlete_id_problem(id);
  return problem.empty() ? problem : "athlete id " + problem;
}

std::string printable_id(std::string_view id) {
  std::string out;
  out.reserve(id.size());
  for (const char ch : id) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x20 && c < 0x7f && c != '\\') {
      out += ch;
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    }
  }
  return out;
}

}  // namespace planadj::batch
