// The injury log (docs/formats.md#injury-log).
#include <algorithm>

#include "io/plan_parts.h"
#include "planadj/readers.h"

namespace planadj {
namespace io {
namespace {

const std::vector<std::string_view> kLogKeys{"version", "athlete", "entries"};
const std::vector<std::string_view> kEntryKeys{
    "date",        "injury",   "side",     "location", "pain",           "during_run", "persists",
    "pop_or_snap", "swelling", "resolved", "cleared",  "suspected_bone", "notes"};

// The boolean field of `e` named `key`, or null when `key` is not a boolean field.
bool* flag(InjuryEntry& e, const std::string& key) {
  if (key == "during_run") return &e.during_run;
  if (key == "persists") return &e.persists;
  if (key == "pop_or_snap") return &e.pop_or_snap;
  if (key == "swelling") return &e.swelling;
  if (key == "resolved") return &e.resolved;
  if (key == "cleared") return &e.cleared;
  if (key == "suspected_bone") return &e.suspected_bone;
  return nullptr;
}

// Warnings for an entry that reads well but likely means something else.
// `cleared_at`: the key of a `cleared: true`, or null.
void warn_about_entry(Checker& c, const YNode& n, const InjuryEntry& e,
                      const std::vector<InjuryKind>& popped, const YNode* cleared_at) {
  // After a pop a soft-tissue injury waits for a clearance (docs/rules.md#return-ramp).
  const bool after_pop = std::find(popped.begin(), popped.end(), e.injury) != popped.end();
  if (cleared_at && !e.bone() && !after_pop)
    c.warning(*cleared_at, "cleared is for bone injuries (a clinician's clearance to run); " +
                               std::string(name_of(e.injury)) + " ends with resolved: true");
  if ((e.injury == InjuryKind::muscle_strain || e.injury == InjuryKind::sprain) && !e.location)
    c.warning(n, std::string(name_of(e.injury)) + " without a location (such as " +
                     (e.injury == InjuryKind::sprain ? "ankle or foot" : "hamstring or calf") +
                     "): entries for different places would count as one injury");
}

// Reads one key of an entry into `e`; false after an error.
bool read_entry_field(Checker& c, const Field& f, InjuryEntry& e) {
  if (f.key == "date") return set(c.date(f), e.date);
  if (f.key == "injury") return set(read_injury_kind(c, f), e.injury);
  if (f.key == "pain")
    return set(c.whole(f, kPainMin, kPainMax, "a whole number from 0 to 10"), e.pain);
  if (bool* b = flag(e, f.key)) return set(c.boolean(f), *b);
  const bool optional = f.key == "side" || f.key == "location" || f.key == "notes";
  if (f.null() && optional) return true;  // an optional key left empty is as if absent
  if (f.key == "side") return keep(read_side(c, f), e.side);
  if (f.key == "location") return keep(c.text(f), e.location);
  if (f.key == "notes") return keep(c.text(f), e.notes);
  c.unknown_dropped(f, "entry", kEntryKeys);
  return true;
}

// `popped`: the injuries with a pop or snap in the entries read so far.
std::optional<InjuryEntry> read_entry(Checker& c, const YNode& n, std::vector<InjuryKind>& popped) {
  if (!c.mapping_item(n, "each entry")) return std::nullopt;
  InjuryEntry e;
  e.where = c.at(n);
  bool ok = true;
  const YNode* cleared_at = nullptr;
  const std::vector<Field> fields = c.fields(n, /*merge=*/true);
  for (const Field& f : fields) {
    const bool good = read_entry_field(c, f, e);
    ok = ok && good;
    if (good && f.key == "cleared" && e.cleared) cleared_at = f.key_node;
  }
  const bool complete = c.require(n, fields, {"date", "injury", "pain"}, "entry");
  if (!ok || !complete) return std::nullopt;
  if (e.pop_or_snap) popped.push_back(e.injury);
  warn_about_entry(c, n, e, popped, cleared_at);
  return e;
}

void read_entries(Checker& c, const Field& f, InjuryLog& log) {
  if (f.null()) return;  // `entries:` with nothing under it: no injuries
  if (f.value->kind != YNode::Kind::sequence) {
    c.wrong(f, "a list of entries");
    return;
  }
  std::vector<InjuryKind> popped;
  for (const YNode* item : f.value->items)
    if (auto e = read_entry(c, *item, popped)) log.entries.push_back(std::move(*e));
}

// `partial`: the log with the entries that parse even when others, or the log itself,
// have errors (readable_injury_entries); else nothing once there is an error.
std::optional<InjuryLog> read_log(Checker& c, const YNode& root, bool partial) {
  InjuryLog log;
  log.source = c.file();
  const std::vector<Field> fields = c.fields(root);
  for (const Field& f : fields) {
    if (f.key == "version")
      check_version(c, f);
    else if (f.key == "athlete")
      read_athlete(c, f, log.athlete, log.athlete_where);
    else if (f.key == "entries")
      read_entries(c, f, log);
    else
      c.unknown_dropped(f, "injury log", kLogKeys);
  }
  c.require(root, fields, {"athlete", "entries"}, "injury log");
  if (partial) return log;
  return c.unless_errors(std::move(log));
}

}  // namespace
}  // namespace io

Parsed<InjuryLog> parse_injury_log(std::string_view text, const std::string& file) {
  return io::read_document<InjuryLog>(
      text, file, "an injury log: a mapping with 'athlete' and 'entries'",
      [](io::Checker& c, const io::YNode& root, const io::YamlDoc&) {
        return io::read_log(c, root, false);
      });
}

std::vector<InjuryEntry> readable_injury_entries(std::string_view text, const std::string& file) {
  auto parsed = io::read_document<InjuryLog>(
      text, file, "an injury log", [](io::Checker& c, const io::YNode& root, const io::YamlDoc&) {
        return io::read_log(c, root, true);
      });
  if (!parsed.value) return {};
  return std::move(parsed.value->entries);
}

}  // namespace planadj
