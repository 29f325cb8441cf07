#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <system_error>

#include "planadj/batch.h"
#include "planadj/did_you_mean.h"
#include "planadj/letter_case.h"
#include "planadj/readers.h"

namespace planadj::batch {
namespace {

namespace fs = std::filesystem;

bool is_file(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool is_dir(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string strip_trailing_slashes(std::string p) {
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  return p;
}

// `folder` empty means the current folder, so paths stay as the user wrote them.
std::string join(const std::string& folder, const std::string& rel) {
  if (!rel.empty() && rel.front() == '/') return rel;
  if (folder.empty()) return rel;
  if (folder == "/") return "/" + rel;
  return folder + "/" + rel;
}

void refuse(RosterEntry& e, const Location& where, const std::string& why) {
  add_error(e.problems, where, why);
}

bool by_id(const RosterEntry& a, const RosterEntry& b) { return a.id < b.id; }

// The files an athlete folder may hold (docs/batch.md#the-roster): `.yml` is read like
// `.yaml`.
const std::vector<std::string_view> kAthleteFiles{"plan.yaml", "injuries.yaml", "plan.yml",
                                                  "injuries.yml"};

// `dir/STEM.yaml` or `dir/STEM.yml`, whichever exists; both at once refuses the athlete.
std::optional<std::string> pick(const std::string& dir, const std::string& stem, RosterEntry& e) {
  const std::string yaml = dir + "/" + stem + ".yaml", yml = dir + "/" + stem + ".yml";
  const bool has_yaml = is_file(yaml), has_yml = is_file(yml);
  if (has_yaml && has_yml)
    refuse(e, {dir, 0, 0},
           "both " + stem + ".yaml and " + stem + ".yml in the athlete's folder: keep one");
  if (has_yaml) return yaml;
  if (has_yml) return yml;
  return std::nullopt;
}

// Any other file in the folder is a warning: a misnamed log must never silently mean
// "no injuries". Hidden files (.DS_Store, a killed run's temporaries) are not the coach's.
void note_stray_files(const std::string& dir, RosterEntry& e) {
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.empty() || name.front() == '.' || !is_file(it->path().string())) continue;
    if (std::find(kAthleteFiles.begin(), kAthleteFiles.end(), name) != kAthleteFiles.end())
      continue;
    const auto near = closest_name(name, {kAthleteFiles[0], kAthleteFiles[1]});
    add_warning(e.notes, {dir + "/" + name, 0, 0},
                "file not read: an athlete's folder holds plan.yaml and injuries.yaml" +
                    (near ? " (did you mean '" + *near + "'?)" : std::string()));
  }
}

// One folder of a folder roster; nullopt when it is not an athlete at all.
std::optional<RosterEntry> athlete_folder(const std::string& roster, const std::string& name) {
  const std::string dir = join(roster, name);
  if (!is_dir(dir)) return std::nullopt;  // README.md, roster.yaml, …: not athletes
  RosterEntry e;
  e.id = name;
  e.plan = dir + "/plan.yaml";
  const bool has_plan = is_file(e.plan) || is_file(dir + "/plan.yml");
  // A hidden folder with no plan is tooling (.git, .cache), not a misnamed athlete.
  if (name.front() == '.' && !has_plan) return std::nullopt;
  const std::string why = unsafe_id_reason(name);
  if (!why.empty()) {
    refuse(e, {dir, 0, 0}, why + ": folder refused");
    return e;
  }
  if (!has_plan) {
    refuse(e, {dir, 0, 0}, "no plan.yaml in the athlete's folder");
    return e;
  }
  if (auto plan = pick(dir, "plan", e)) e.plan = *plan;
  e.injuries = pick(dir, "injuries", e);
  note_stray_files(dir, e);
  return e;
}

// Ids equal but for case would share a folder (and temporary files) under --out on a
// case-insensitive file system: the later in byte order is refused.
void refuse_case_twins(std::vector<RosterEntry>& athletes) {
  std::map<std::string, std::string> first;
  for (auto& e : athletes) {
    const auto [it, fresh] = first.emplace(lower(e.id), e.id);
    if (!fresh && it->second != e.id)
      refuse(e, {e.plan, 0, 0},
             "athlete id '" + e.id + "' differs from '" + it->second +
                 "' only in case: both would share one output folder on a case-insensitive "
                 "file system");
  }
}

std::optional<RosterListing> from_folder(const std::string& path, Diagnostics& ds) {
  RosterListing listing;
  listing.folder = path;
  std::error_code ec;
  // Streamed: one directory entry at a time; only ids and paths are kept.
  fs::directory_iterator it(path, ec), end;
  if (ec) {
    add_error(ds, {path, 0, 0}, "cannot read the roster folder: " + ec.message());
    return std::nullopt;
  }
  for (; it != end; it.increment(ec)) {
    if (ec) break;
    const std::string name = it->path().filename().string();
    if (auto e = athlete_folder(path, name)) listing.athletes.push_back(std::move(*e));
  }
  if (ec) {
    add_error(ds, {path, 0, 0}, "cannot read the roster folder: " + ec.message());
    return std::nullopt;
  }
  std::sort(listing.athletes.begin(), listing.athletes.end(), by_id);
  refuse_case_twins(listing.athletes);
  return listing;
}

std::optional<RosterListing> from_manifest(const std::string& path, Diagnostics& ds) {
  const auto text = read_text_file(path, ds);
  if (!text) return std::nullopt;
  auto parsed = parse_roster(*text, path);
  if (!parsed.value) {
    ds.insert(ds.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
    return std::nullopt;
  }

  RosterListing listing;
  listing.is_manifest = true;
  const auto slash = path.find_last_of('/');
  listing.folder = slash == std::string::npos ? "" : path.substr(0, slash == 0 ? 1 : slash);
  for (auto& a : parsed.value->athletes) {
    RosterEntry e;
    e.id = std::move(a.id);
    e.plan = join(listing.folder, a.plan);
    if (a.injuries) e.injuries = join(listing.folder, *a.injuries);
    // The reader's id errors (unsafe, or listed twice: the first listed runs) refuse
    // just this athlete, with the manifest's file:line:col.
    e.problems = std::move(a.problems);
    listing.athletes.push_back(std::move(e));
  }
  std::stable_sort(listing.athletes.begin(), listing.athletes.end(), by_id);
  refuse_case_twins(listing.athletes);
  return listing;
}

}  // namespace

std::optional<RosterListing> discover_roster(const std::string& path, Diagnostics& ds) {
  const std::string p = strip_trailing_slashes(path);
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) {
    add_error(ds, {p, 0, 0}, "roster not found (expected a folder or a roster.yaml)");
    return std::nullopt;
  }
  if (S_ISDIR(st.st_mode)) return from_folder(p, ds);
  return from_manifest(p, ds);
}

}  // namespace planadj::batch
