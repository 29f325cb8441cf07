#include "planadj/letter_case.h"

namespace planadj {

namespace {

// The distance from a lower-case ASCII letter to its upper-case one.
constexpr char kCaseStep = 'a' - 'A';

}  // namespace

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - kCaseStep);
  return s;
}

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + kCaseStep);
  return s;
}

}  // namespace planadj
