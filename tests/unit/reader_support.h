// Helpers for reader tests: every diagnostic of a parse as `file:line:col: ...` lines.
#pragma once

#include <string>
#include <vector>

#include "planadj/diagnostic.h"

namespace planadj::testing {

/// Each diagnostic's str(), in order.
inline std::vector<std::string> lines(const Diagnostics& ds) {
  std::vector<std::string> out;
  for (const auto& d : ds) out.push_back(d.str());
  return out;
}

/// Only the errors.
inline std::vector<std::string> errors(const Diagnostics& ds) {
  std::vector<std::string> out;
  for (const auto& d : ds)
    if (d.severity == Severity::error) out.push_back(d.str());
  return out;
}

/// A plan header followed by `sessions`, which start at line 3.
inline std::string plan_with(const std::string& sessions) {
  return "athlete: jane-doe\nsessions:\n" + sessions;
}

}  // namespace planadj::testing
