// Diagnostics: one located message type for every reader and command.
#pragma once

#include <string>
#include <vector>

namespace planadj {

/// Where a message points: a file and a 1-based line and column (0 when unknown).
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
};

/// `note` informs without finding fault (e.g. `--as-of` before every log entry).
enum class Severity { error, warning, note };

/// One message, printed as `FILE:LINE:COL: error: MESSAGE` (lower-case, no period).
struct Diagnostic {
  Severity severity = Severity::error;
  Location where;
  std::string message;

  /// The message in the `file:line:col: error: text` form, without a newline.
  std::string str() const;
};

using Diagnostics = std::vector<Diagnostic>;

/// True when any diagnostic in `ds` is an error (warnings do not count).
bool has_errors(const Diagnostics& ds);

/// Appends an error at `where`.
void add_error(Diagnostics& ds, const Location& where, std::string message);

/// Appends a warning at `where`.
void add_warning(Diagnostics& ds, const Location& where, std::string message);

/// Appends a note at `where`.
void add_note(Diagnostics& ds, const Location& where, std::string message);

}  // namespace planadj
