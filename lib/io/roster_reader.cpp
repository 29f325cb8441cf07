// The roster manifest (docs/formats.md#roster): `athletes: [{id, plan, injuries}]`. A bad id
// (unsafe, or listed twice) is an error kept on that athlete, so a batch can refuse
// just them; anything else wrong makes the whole manifest unusable.
#include <map>

#include "io/node_checks.h"
#include "planadj/readers.h"

namespace planadj {
namespace {

struct IdAt {
  std::string id;
  int line = 0;
};

// Ids equal but for case would share a folder on a case-insensitive file system (macOS,
// Windows) and one athlete's job could remove the other's files: refused like a
// duplicate, on every file system (docs/formats.md#roster).
std::string folded(std::string id) {
  for (char& ch : id)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return id;
}

std::string duplicate_id(const std::string& id, const IdAt& first) {
  if (id == first.id)
    return "duplicate athlete id '" + id + "' (first at line " + std::to_string(first.line) + ")";
  return "athlete id '" + id + "' differs from '" + first.id + "' (line " +
         std::to_string(first.line) +
         ") only in case: the two would share a folder on a case-insensitive file system";
}

}  // namespace

Parsed<Roster> parse_roster(std::string_view text, const std::string& file) {
  using namespace io;
  static const std::vector<std::string_view> kRosterKeys{"version", "athletes"};
  static const std::vector<std::string_view> kAthleteKeys{"id", "plan", "injuries"};
  Parsed<Roster> out;
  Checker c(file, out.diagnostics);
  YamlDoc doc;
  const YNode* root =
      load_root(text, c, doc, out.diagnostics, "a roster: a mapping with 'athletes'");
  if (!root) return out;
  Roster roster;
  roster.source = file;
  const YNode* athletes = nullptr;
  for (const Field& f : c.fields(*root)) {
    if (f.key == "athletes") {
      if (f.value->kind == YNode::Kind::sequence)
        athletes = f.value;
      else
        c.wrong(f, "a list of athletes ({id, plan, injuries})");
    } else if (f.key == "version") {
      check_version(c, f);
    } else {
      c.unknown_dropped(f, "roster", kRosterKeys);
    }
  }
  if (!athletes && !c.has_errors()) c.missing(*root, "athletes", "roster");
  std::map<std::string, IdAt> first_line;  // by the id folded to lower case
  Diagnostics id_errors;
  for (const YNode* item : athletes ? athletes->items : std::vector<const YNode*>{}) {
    if (item->kind != YNode::Kind::mapping) {
      c.error(*item, "each athlete must be a mapping {id, plan, injuries}, got " + describe(*item));
      continue;
    }
    RosterAthlete a;
    a.where = c.at(*item);
    bool ok = true, has_id = false, has_plan = false;
    for (const Field& f : c.fields(*item, /*merge=*/true)) {
      if (f.key == "id") {
        has_id = true;
        const auto id = c.text(f);
        ok = ok && id;
        if (!id) continue;
        // An id error refuses only this athlete (reported after the structural check).
        if (const auto problem = athlete_id_problem(*id); !problem.empty())
          add_error(a.problems, c.at(*f.value), "athlete id " + describe(*f.value) + " " + problem);
        else if (const auto [it, fresh] = first_line.emplace(folded(*id), IdAt{*id, f.value->line});
                 !fresh)
          add_error(a.problems, c.at(*f.value), duplicate_id(*id, it->second));
        a.id = *id;
      } else if (f.key == "plan") {
        has_plan = true;
        const auto p = f.null() ? std::nullopt : c.text(f);
        if (f.null()) c.wrong(f, "the path of a plan file");
        ok = ok && p;
        if (p) a.plan = *p;
      } else if (f.key == "injuries") {
        if (f.null()) continue;
        a.injuries = c.text(f);
        ok = ok && a.injuries;
      } else {
        c.unknown_dropped(f, "athlete", kAthleteKeys);
      }
    }
    if (!has_id) c.missing(*item, "id", "athlete");
    if (!has_plan) c.missing(*item, "plan", "athlete");
    id_errors.insert(id_errors.end(), a.problems.begin(), a.problems.end());
    if (ok && has_id && has_plan) roster.athletes.push_back(std::move(a));
  }
  // Only a structural error makes the roster unusable; id errors are per athlete.
  const bool usable = !c.has_errors();
  out.diagnostics.insert(out.diagnostics.end(), id_errors.begin(), id_errors.end());
  c.finish();
  if (usable) out.value = std::move(roster);
  return out;
}

}  // namespace planadj
