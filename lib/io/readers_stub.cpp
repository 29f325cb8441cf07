// STUB: replaced by the real readers (issue 2). Links so other modules can build.
#include "planadj/readers.h"

namespace planadj {
namespace {
template <class T>
Parsed<T> not_yet(const std::string& file) {
  Parsed<T> p;
  add_error(p.diagnostics, {file, 0, 0}, "reader not implemented yet");
  return p;
}
}  // namespace

Parsed<Plan> parse_plan(std::string_view, const std::string& file) { return not_yet<Plan>(file); }
Parsed<InjuryLog> parse_injury_log(std::string_view, const std::string& file) {
  return not_yet<InjuryLog>(file);
}
Parsed<Policy> parse_policy(std::string_view, const std::string& file, const Policy&) {
  return not_yet<Policy>(file);
}
Parsed<Roster> parse_roster(std::string_view, const std::string& file) {
  return not_yet<Roster>(file);
}
std::string_view name_of(FileKind) { return "plan"; }
std::optional<FileKind> parse_file_kind(std::string_view) { return std::nullopt; }
std::optional<FileKind> detect_kind(std::string_view) { return std::nullopt; }
std::optional<std::string> read_text_file(const std::string& path, Diagnostics& ds, std::size_t) {
  add_error(ds, {path, 0, 0}, "not implemented yet");
  return std::nullopt;
}
std::optional<Date> parse_iso_date(std::string_view) { return std::nullopt; }
std::optional<double> parse_duration_minutes(std::string_view) { return std::nullopt; }
}  // namespace planadj
