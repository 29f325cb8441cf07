#include "planadj/diagnostic.h"

#include <algorithm>

namespace planadj {

std::string Diagnostic::str() const {
  std::string out = where.file;
  if (where.line > 0) {
    out += ':' + std::to_string(where.line);
    if (where.column > 0) out += ':' + std::to_string(where.column);
  }
  if (!out.empty()) out += ": ";
  out += severity == Severity::error     ? "error: "
         : severity == Severity::warning ? "warning: "
                                         : "note: ";
  out += message;
  return out;
}

bool has_errors(const Diagnostics& ds) {
  return std::any_of(ds.begin(), ds.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

void add_error(Diagnostics& ds, const Location& where, std::string message) {
  ds.push_back({Severity::error, where, std::move(message)});
}

void add_warning(Diagnostics& ds, const Location& where, std::string message) {
  ds.push_back({Severity::warning, where, std::move(message)});
}

void add_note(Diagnostics& ds, const Location& where, std::string message) {
  ds.push_back({Severity::note, where, std::move(message)});
}

}  // namespace planadj
