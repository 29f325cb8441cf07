#include "planadj/athlete_id.h"

namespace planadj {

std::string athlete_id_problem(std::string_view id) {
  if (id.empty()) return "must not be empty";
  if (id.size() > kMaxAthleteIdBytes)
    return "must not be longer than " + std::to_string(kMaxAthleteIdBytes) + " characters";
  if (id.find('/') != std::string_view::npos) return "must not contain '/'";
  for (const char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == '-';
    if (!ok) return "may hold only letters, digits, '.', '_' and '-'";
  }
  if (id.front() == '.') return "must not start with '.'";
  if (id.find("..") != std::string_view::npos) return "must not contain '..'";
  return "";
}

}  // namespace planadj
