// Readers: YAML text -> model, with every problem located (docs/formats.md).
// The only layer that sees yaml-cpp is lib/io; these signatures keep it hidden.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planadj/diagnostic.h"
#include "planadj/model.h"

namespace planadj {

/// Files larger than this are refused before parsing (docs/formats.md#limits).
inline constexpr std::size_t kDefaultMaxFileBytes = 16u << 20;

/// A reader's result: the value when there were no errors, and every diagnostic.
template <class T>
struct Parsed {
  std::optional<T> value;
  Diagnostics diagnostics;
  bool ok() const { return value.has_value() && !has_errors(diagnostics); }
};

/// Parses a plan; `file` names it in diagnostics. Reports all errors, never throws.
/// Booleans are `true`/`false` only (YAML 1.1's yes/no/on/off are errors); a quoted
/// number is text, not a number; an optional key left empty (`route:`) is absent;
/// unknown keys are warnings and kept; at most 100 errors are listed.
Parsed<Plan> parse_plan(std::string_view text, const std::string& file);
/// Parses an injury log. Reports all errors, never throws.
Parsed<InjuryLog> parse_injury_log(std::string_view text, const std::string& file);
/// The entries of an injury log that parse, whatever else is wrong with it: an entry
/// with an error gives nothing, its neighbours do; none when the text is not YAML or
/// not a mapping. What the red-flag scan of an athlete who cannot be revised reads
/// (docs/rules.md#red-flags-survive-errors). Never throws for bad input.
std::vector<InjuryEntry> readable_injury_entries(std::string_view text, const std::string& file);
/// Parses a policy file and merges it over the defaults in docs/rules.md#policy-defaults (`base`).
Parsed<Policy> parse_policy(std::string_view text, const std::string& file,
                            const Policy& base = Policy{});
/// Parses a roster manifest (`athletes: [{id, plan, injuries}]`). An athlete whose id
/// is unsafe (athlete_id_problem) or listed before is kept, with the error in its
/// `problems` as well as in the diagnostics (so ok() is false but `value` is set);
/// `value` is absent only when the manifest itself is unusable.
Parsed<Roster> parse_roster(std::string_view text, const std::string& file);

enum class FileKind { plan, injury_log, policy, roster };
std::string_view name_of(FileKind k);
std::optional<FileKind> parse_file_kind(std::string_view s);
/// Every FileKind spelling: plan, injury-log, policy, roster.
const std::vector<std::string_view>& file_kind_names();

/// Loads `text` as YAML only and returns what stops it from being read at all:
/// over the size limit, binary, invalid UTF-8 or YAML, too deep, empty, not a mapping.
Diagnostics check_yaml(std::string_view text, const std::string& file);

/// Guesses a file's kind from its top-level keys; nullopt when it cannot tell.
std::optional<FileKind> detect_kind(std::string_view text);

/// Reads a whole file. On failure (missing, unreadable, a directory, larger than
/// `max_bytes`) returns nullopt and appends an error naming `path`.
std::optional<std::string> read_text_file(const std::string& path, Diagnostics& ds,
                                          std::size_t max_bytes = kDefaultMaxFileBytes);

/// Parses an ISO date (YYYY-MM-DD); nullopt for malformed or impossible dates.
std::optional<Date> parse_iso_date(std::string_view s);

/// The years a date in any input may have (docs/formats.md#dates): a training plan's
/// dates lie well inside them, and every output (a week number, an iCalendar DTEND, a
/// diff's weekly table) can be computed for any day between them.
inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2199;

/// True when `d` lies in kFirstYear-01-01 .. kLastYear-12-31.
bool date_in_range(const Date& d);

/// Parses a duration: `45`, `45min`, `1h`, `1h30min`, `1:30:00`; nullopt otherwise.
/// Also `37.5`, `1.5h` and spaces (`90 min`, `1 h 30 min`). Refused as ambiguous or
/// unusual: `45:00` (h:mm or mm:ss?), `45m` (metres?), `45s`, `45 mins`, `1h30`.
std::optional<double> parse_duration_minutes(std::string_view s);

}  // namespace planadj
