// A reader target: the reader must return a value or at least one located error, never
// throw or crash, and never both "ok" and empty-handed.
#pragma once

#include <string>
#include <string_view>

#include "fuzz_entry.h"
#include "planadj/diagnostic.h"

namespace planadj::fuzz {

template <class Parsed>
void check_parsed(const Parsed& p) {
  require(p.value.has_value() || has_errors(p.diagnostics), "no value and no error");
  for (const auto& d : p.diagnostics)
    if (d.severity == Severity::error)
      require(d.where.line >= 0 && d.where.column >= 0, "an error with a negative position");
}

}  // namespace planadj::fuzz
