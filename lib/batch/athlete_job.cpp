#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <exception>

#include "planadj/adjust.h"
#include "planadj/batch.h"
#include "planadj/errno_message.h"
#include "planadj/fs.h"
#include "planadj/readers.h"
#include "planadj/writers.h"

namespace planadj::batch {
namespace {

void add_all(std::vector<std::string>& to, const Diagnostics& ds, Severity which) {
  for (const auto& d : ds)
    if (d.severity == which) to.push_back(d.str());
}

// The plan model keeps no location for `athlete`; find its line for the message.
Location athlete_key_location(const std::string& file, const std::string& text) {
  int line = 1;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    const std::string_view l(text.data() + start,
                             (end == std::string::npos ? text.size() : end) - start);
    if (l.rfind("athlete", 0) == 0) {
      const auto rest = l.substr(7);
      const auto colon = rest.find_first_not_of(" \t");
      if (colon != std::string_view::npos && rest[colon] == ':') {
        const auto value = rest.find_first_not_of(" \t", colon + 1);
        return {file, line, value == std::string_view::npos ? 1 : static_cast<int>(8 + value)};
      }
    }
    if (end == std::string::npos) break;
    start = end + 1;
    ++line;
  }
  return {file, 1, 1};
}

// Refuses an output folder that is not a plain folder of ours (a symlink could lead
// outside --out) or that lies in the roster; creates it when missing.
bool prepare_folder(const std::string& dir, const JobSettings& s, std::string& error) {
  const std::string real = s.out_dir_real + dir.substr(s.out_dir.size());
  if (path_within(real, s.roster_folder)) {
    error = "refusing to write into the roster: " + dir;
    return false;
  }
  struct stat st {};
  if (::lstat(dir.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return true;
    error = "cannot write " + dir +
            (S_ISLNK(st.st_mode) ? ": it is a symbolic link, which could lead outside --out"
                                 : ": it exists and is not a folder");
    return false;
  }
  if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) {
    error = "cannot create " + dir + ": " + errno_message(errno);
    return false;
  }
  return true;
}

// A run killed part way may have left `.plan.yaml.XXXXXX.tmp` files in the athlete's
// folder; they are removed whatever happens to the athlete tonight, but only in a plain
// folder of ours (never through a symbolic link, never in the roster).
void remove_stale_temps(const std::string& dir, const JobSettings& s) {
  const std::string real = s.out_dir_real + dir.substr(s.out_dir.size());
  if (path_within(real, s.roster_folder)) return;
  struct stat st {};
  if (::lstat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) return;
  remove_stale_temp_files(dir + "/plan.yaml");
}

void take_outcome(AthleteRecord& r, const Plan& revised, const Diagnostics& ds) {
  r.units = revised.units;
  add_all(r.warnings, ds, Severity::warning);
  if (!revised.adjusted) return;
  const AdjustedHeader& h = *revised.adjusted;
  r.summary = h.summary;
  r.referrals = h.referrals;
  for (const auto& w : h.warnings) {
    // A pipeline may report the same warning both ways; keep it once.
    const bool dup = std::any_of(r.warnings.begin(), r.warnings.end(), [&](const auto& x) {
      return x.size() >= w.size() && x.compare(x.size() - w.size(), w.size(), w) == 0;
    });
    if (!dup) r.warnings.push_back(w);
  }
}

AthleteRecord run(const RosterEntry& entry, const JobSettings& s,
                  std::vector<GroupedWrite>& files) {
  AthleteRecord r;
  r.id = printable_id(entry.id);
  if (!entry.problems.empty()) {
    add_all(r.errors, entry.problems, Severity::error);
    return r;
  }
  // discover_roster refuses unsafe ids already; the id is checked again here because
  // it is what builds every path this job writes or deletes under --out.
  if (const std::string why = unsafe_id_reason(entry.id); !why.empty()) {
    r.errors.push_back(entry.plan + ": error: " + why + ": athlete refused");
    return r;
  }
  const std::string dir = s.out_dir + "/" + entry.id;
  remove_stale_temps(dir, s);
  Diagnostics ds;
  const auto plan_text = read_text_file(entry.plan, ds);
  std::optional<Parsed<Plan>> plan;
  if (plan_text) plan = parse_plan(*plan_text, entry.plan);
  std::optional<Parsed<InjuryLog>> log;
  if (entry.injuries) {
    if (const auto log_text = read_text_file(*entry.injuries, ds))
      log = parse_injury_log(*log_text, *entry.injuries);
  }
  // Every problem of both files is reported, not only the first file's.
  if (plan) ds.insert(ds.end(), plan->diagnostics.begin(), plan->diagnostics.end());
  if (log) ds.insert(ds.end(), log->diagnostics.begin(), log->diagnostics.end());
  if (plan && plan->ok() && plan->value->athlete != entry.id)
    add_error(ds, athlete_key_location(entry.plan, *plan_text),
              "plan is for athlete '" + plan->value->athlete + "', not '" + entry.id + "'");
  if (log && log->ok() && log->value->athlete != entry.id)
    add_error(ds, log->value->athlete_where,
              "injury log is for athlete '" + log->value->athlete + "', not '" + entry.id + "'");
  if (has_errors(ds) || !plan || !plan->ok() || (entry.injuries && (!log || !log->ok()))) {
    add_all(r.errors, ds, Severity::error);
    if (r.errors.empty()) r.errors.push_back(entry.plan + ": error: cannot read the plan");
    return r;
  }

  AdjustResult adjusted =
      adjust_plan(*plan->value, log ? &*log->value : nullptr, s.policy, s.as_of);
  if (has_errors(adjusted.diagnostics)) {
    add_all(r.errors, adjusted.diagnostics, Severity::error);
    return r;
  }
  std::string bytes = write_plan_yaml(adjusted.revised);

  const std::string out = dir + "/plan.yaml";
  std::string error;
  if (!prepare_folder(dir, s, error)) {
    r.errors.push_back(out + ": error: " + error);
    return r;
  }
  if (same_file(out, entry.plan) || (entry.injuries && same_file(out, *entry.injuries))) {
    r.errors.push_back(out + ": error: refusing to write over the athlete's own input");
    return r;
  }
  // Written by the caller, in a group with other athletes' files (output_groups.h).
  files.push_back({out, std::move(bytes), false, {}});
  take_outcome(r, adjusted.revised, adjusted.diagnostics);
  r.status = r.summary.sessions_changed > 0 ? AthleteStatus::adjusted : AthleteStatus::unchanged;
  return r;
}

}  // namespace

std::string_view name_of(AthleteStatus s) {
  switch (s) {
    case AthleteStatus::adjusted:
      return "adjusted";
    case AthleteStatus::unchanged:
      return "unchanged";
    case AthleteStatus::error:
      return "error";
  }
  return "error";
}

AthleteRecord prepare_athlete(const RosterEntry& entry, const JobSettings& settings,
                              std::vector<GroupedWrite>& files) {
  try {
    return run(entry, settings, files);
  } catch (const std::exception& e) {
    files.clear();
    // One athlete's surprise (a writer failure, a bug) must not stop the others.
    AthleteRecord r;
    r.id = printable_id(entry.id);
    r.errors.push_back(entry.plan + ": error: internal error: " + e.what());
    return r;
  }
}

void settle_write(AthleteRecord& r, const GroupedWrite& file) {
  if (file.error.empty()) {
    r.written = r.written || file.changed;
    return;
  }
  // As if the job had stopped at the write: nothing written means an error entry only.
  r.status = AthleteStatus::error;
  r.summary = {};
  r.referrals.clear();
  r.warnings.clear();
  r.errors.push_back(file.path + ": error: " + file.error);
}

AthleteRecord process_athlete(const RosterEntry& entry, const JobSettings& settings) {
  std::vector<GroupedWrite> files;
  AthleteRecord r = prepare_athlete(entry, settings, files);
  write_files_if_changed(files);
  for (const auto& f : files) settle_write(r, f);
  return r;
}

}  // namespace planadj::batch
