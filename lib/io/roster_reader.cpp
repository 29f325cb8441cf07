// The roster manifest (docs/formats.md#roster): `athletes: [{id, plan, injuries}]`. A bad id
// (unsafe, or listed twice) is an error kept on that athlete, so a batch can refuse
// just them; anything else wrong makes the whole manifest unusable.
#include <map>

#include "io/node_checks.h"
#include "planadj/letter_case.h"
#include "planadj/readers.h"

namespace planadj {
namespace {

struct IdAt {
  std::string id;
  int line = 0;
};

std::string duplicate_id(const std::string& id, const IdAt& first) {
  if (id == first.id)
    return "duplicate athlete id '" + id + "' (first at line " + std::to_string(first.line) + ")";
  return "athlete id '" + id + "' differs from '" + first.id + "' (line " +
         std::to_string(first.line) +
         ") only in case: the two would share a folder on a case-insensitive file system";
}

const std::vector<std::string_view> kRosterKeys{"version", "athletes"};
const std::vector<std::string_view> kAthleteKeys{"id", "plan", "injuries"};

// The ids read so far, by the id in lower case, with the line of each: ids equal but for
// case would share a folder on a case-insensitive file system (macOS, Windows) and one
// athlete's job could remove the other's files, so they are refused like a duplicate, on
// every file system (docs/formats.md#roster).
using IdsSeen = std::map<std::string, IdAt>;

// Checks an athlete's id: an error here refuses only this athlete, so it goes to
// `a.problems` (reported after the roster's structural check).
void check_id(const io::Checker& c, const io::Field& f, const std::string& id, IdsSeen& seen,
              RosterAthlete& a) {
  if (const auto problem = athlete_id_problem(id); !problem.empty())
    add_error(a.problems, c.at(*f.value), "athlete id " + io::describe(*f.value) + " " + problem);
  else if (const auto [it, fresh] = seen.emplace(lower(id), IdAt{id, f.value->line}); !fresh)
    add_error(a.problems, c.at(*f.value), duplicate_id(id, it->second));
}

// Reads one key of an athlete into `a`; false after a structural error.
bool read_athlete_field(io::Checker& c, const io::Field& f, IdsSeen& seen, RosterAthlete& a) {
  if (f.key == "id") {
    const auto id = c.text(f);
    if (!id) return false;
    check_id(c, f, *id, seen, a);
    a.id = *id;
  } else if (f.key == "plan") {
    const auto p = f.null() ? std::nullopt : c.text(f);
    if (f.null()) c.wrong(f, "the path of a plan file");
    if (!p) return false;
    a.plan = *p;
  } else if (f.key == "injuries") {
    if (f.null()) return true;
    a.injuries = c.text(f);
    return a.injuries.has_value();
  } else {
    c.unknown_dropped(f, "athlete", kAthleteKeys);
  }
  return true;
}

// One item of `athletes`; nothing after a structural error. Its id errors, in its
// `problems`, are appended to `id_errors` either way.
std::optional<RosterAthlete> read_roster_athlete(io::Checker& c, const io::YNode& item,
                                                 IdsSeen& seen, Diagnostics& id_errors) {
  if (item.kind != io::YNode::Kind::mapping) {
    c.error(item, "each athlete must be a mapping {id, plan, injuries}, got " + io::describe(item));
    return std::nullopt;
  }
  RosterAthlete a;
  a.where = c.at(item);
  bool ok = true;
  const std::vector<io::Field> fields = c.fields(item, /*merge=*/true);
  for (const io::Field& f : fields) {
    const bool good = read_athlete_field(c, f, seen, a);
    ok = ok && good;
  }
  const bool complete = c.require(item, fields, {"id", "plan"}, "athlete");
  id_errors.insert(id_errors.end(), a.problems.begin(), a.problems.end());
  if (!ok || !complete) return std::nullopt;
  return a;
}

// The `athletes` list, or null (after an error, or when it is missing).
const io::YNode* athletes_list(io::Checker& c, const io::YNode& root) {
  const io::YNode* athletes = nullptr;
  for (const io::Field& f : c.fields(root)) {
    if (f.key == "athletes") {
      if (f.value->kind == io::YNode::Kind::sequence)
        athletes = f.value;
      else
        c.wrong(f, "a list of athletes ({id, plan, injuries})");
    } else if (f.key == "version") {
      io::check_version(c, f);
    } else {
      c.unknown_dropped(f, "roster", kRosterKeys);
    }
  }
  if (!athletes && !c.has_errors()) c.missing(root, "athletes", "roster");
  return athletes;
}

std::optional<Roster> read_roster(io::Checker& c, const io::YNode& root) {
  Roster roster;
  roster.source = c.file();
  const io::YNode* athletes = athletes_list(c, root);
  IdsSeen seen;
  Diagnostics id_errors;
  for (const io::YNode* item : athletes ? athletes->items : std::vector<const io::YNode*>{}) {
    if (auto a = read_roster_athlete(c, *item, seen, id_errors))
      roster.athletes.push_back(std::move(*a));
  }
  // Only a structural error makes the roster unusable; id errors are per athlete.
  const bool usable = !c.has_errors();
  c.add(id_errors);
  if (!usable) return std::nullopt;
  return roster;
}

}  // namespace

Parsed<Roster> parse_roster(std::string_view text, const std::string& file) {
  return io::read_document<Roster>(text, file, "a roster: a mapping with 'athletes'",
                                   [](io::Checker& c, const io::YNode& root, const io::YamlDoc&) {
                                     return read_roster(c, root);
                                   });
}

}  // namespace planadj
