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

// `popped`: the injuries with a pop or snap in the entries read so far.
std::optional<InjuryEntry> read_entry(Checker& c, const YNode& n, std::vector<InjuryKind>& popped) {
  if (n.kind != YNode::Kind::mapping) {
    c.error(n, "each entry must be a mapping, got " + describe(n));
    return std::nullopt;
  }
  InjuryEntry e;
  e.where = c.at(n);
  bool ok = true, has_date = false, has_injury = false, has_pain = false;
  const YNode* cleared_at = nullptr;
  for (const Field& f : c.fields(n, /*merge=*/true)) {
    if (f.key == "date") {
      has_date = true;
      const auto d = c.date(f);
      ok = ok && d;
      if (d) e.date = *d;
    } else if (f.key == "injury") {
      has_injury = true;
      const auto k = read_injury_kind(c, f);
      ok = ok && k;
      if (k) e.injury = *k;
    } else if (f.key == "pain") {
      has_pain = true;
      const auto p = c.whole(f, 0, 10, "a whole number from 0 to 10");
      ok = ok && p;
      if (p) e.pain = *p;
    } else if (bool* b = flag(e, f.key)) {
      const auto v = c.boolean(f);
      ok = ok && v;
      if (v) *b = *v;
      if (f.key == "cleared" && v && *v) cleared_at = f.key_node;
    } else if (f.null() && (f.key == "side" || f.key == "location" || f.key == "notes")) {
      continue;
    } else if (f.key == "side") {
      e.side = read_side(c, f);
      ok = ok && e.side;
    } else if (f.key == "location") {
      e.location = c.text(f);
      ok = ok && e.location;
    } else if (f.key == "notes") {
      e.notes = c.text(f);
      ok = ok && e.notes;
    } else {
      c.unknown_dropped(f, "entry", kEntryKeys);
    }
  }
  if (!has_date) c.missing(n, "date", "entry");
  if (!has_injury) c.missing(n, "injury", "entry");
  if (!has_pain) c.missing(n, "pain", "entry");
  if (!ok || !has_date || !has_injury || !has_pain) return std::nullopt;
  if (e.pop_or_snap) popped.push_back(e.injury);
  warn_about_entry(c, n, e, popped, cleared_at);
  return e;
}

}  // namespace
}  // namespace io

Parsed<InjuryLog> parse_injury_log(std::string_view text, const std::string& file) {
  using namespace io;
  Parsed<InjuryLog> out;
  Checker c(file, out.diagnostics);
  YamlDoc doc;
  const YNode* root = load_root(text, c, doc, out.diagnostics,
                                "an injury log: a mapping with 'athlete' and 'entries'");
  if (!root) return out;
  InjuryLog log;
  log.source = file;
  bool has_athlete = false, has_entries = false;
  for (const Field& f : c.fields(*root)) {
    if (f.key == "version") {
      check_version(c, f);
    } else if (f.key == "athlete") {
      has_athlete = true;
      log.athlete_where = c.at(*f.value);
      if (const auto id = c.text(f)) {
        if (const auto problem = athlete_id_problem(*id); !problem.empty())
          c.error(*f.value, "athlete id " + describe(*f.value) + " " + problem);
        else
          log.athlete = *id;
      }
    } else if (f.key == "entries") {
      has_entries = true;
      if (f.null()) continue;  // `entries:` with nothing under it: no injuries
      if (f.value->kind != YNode::Kind::sequence) {
        c.wrong(f, "a list of entries");
        continue;
      }
      std::vector<InjuryKind> popped;
      for (const YNode* item : f.value->items)
        if (auto e = read_entry(c, *item, popped)) log.entries.push_back(std::move(*e));
    } else {
      c.unknown_dropped(f, "injury log", kLogKeys);
    }
  }
  if (!has_athlete) c.missing(*root, "athlete", "injury log");
  if (!has_entries) c.missing(*root, "entries", "injury log");
  c.finish();
  if (!c.has_errors()) out.value = std::move(log);
  return out;
}

}  // namespace planadj
