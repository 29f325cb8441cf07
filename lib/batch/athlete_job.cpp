#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <exception>

#include "planadj/adjust.h"
#include "planadj/batch.h"
#include "planadj/enum_words.h"
#include "planadj/errno_message.h"
#include "planadj/fs.h"
#include "planadj/message.h"
#include "planadj/plural.h"
#include "planadj/readers.h"
#include "planadj/revise.h"
#include "planadj/writers.h"

namespace planadj::batch {

using namespace std::literals;
namespace {

// A red-flag entry dated after --as-of (planadj/adjust.h): the report lists it apart.
bool dated_in_the_future(const Diagnostic& d) {
  const std::string_view m = d.message, end = kDatedInTheFuture;
  return d.severity == Severity::warning && m.size() >= end.size() &&
         m.compare(m.size() - end.size(), end.size(), end) == 0;
}

void add_all(std::vector<std::string>& to, const Diagnostics& ds, Severity which) {
  for (const auto& d : ds)
    if (d.severity == which && !dated_in_the_future(d)) to.push_back(d.str());
}

// The red-flag entries dated after --as-of, whatever else is wrong with the athlete's
// files: a typo in the date must reach the coach (docs/batch.md#reportjson).
void add_future(AthleteRecord& r, const Diagnostics& ds) {
  for (const auto& d : ds)
    if (dated_in_the_future(d)) r.dated_in_the_future.push_back(d.str());
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
  constexpr mode_t kFolderMode = 0755;  // rwxr-xr-x, less the umask: as mkdir(1) makes it
  if (::mkdir(dir.c_str(), kFolderMode) != 0 && errno != EEXIST) {
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
  remove_stale_temp_files(dir + "/message.md");
  remove_stale_temp_files(dir + "/" + std::string(kReportedFile));
}

// What the previous run reported of the athlete (kReportedFile), read only from a plain
// folder of ours; empty when there is none or it cannot be read (every notice is then
// new: nothing is lost but the tags).
std::string read_reported(const std::string& dir) {
  struct stat st {};
  const std::string path = dir + "/" + std::string(kReportedFile);
  if (::lstat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) return {};
  if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return {};
  Diagnostics ignored;
  return read_text_file(path, ignored).value_or(std::string{});
}

// The file name of `path` when it is `dir/NAME`.
std::string_view file_name(std::string_view path) {
  const auto slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

void take_outcome(AthleteRecord& r, const Plan& revised, const Diagnostics& ds,
                  std::optional<Date> as_of) {
  r.units = revised.units;
  add_all(r.warnings, ds, Severity::warning);
  if (!revised.adjusted) return;
  const AdjustedHeader& h = *revised.adjusted;
  r.summary = h.summary;
  r.referrals = h.referrals;
  for (const auto& i : h.injuries) {
    InjuryReport today;
    today.injury = i.injury;
    today.side = i.side;
    today.location = i.location;
    today.status = i.status;
    r.injuries_today.push_back(std::move(today));
  }
  if (!h.injuries.empty()) r.volumes = weekly_volumes(restore_original(revised), revised);
  // A race called off before --as-of is history: its warning stays in the plan's header
  // (so the file does not change when the date passes) but not in the morning report.
  std::vector<std::string> past;
  for (const auto& s : revised.sessions) {
    const auto off = called_off_warning(s);
    if (off && as_of && s.date < *as_of) past.push_back(*off);
    if (off && (!as_of || s.date >= *as_of)) r.races_called_off.push_back(s.date);
  }
  for (const auto& w : h.warnings) {
    if (std::find(past.begin(), past.end(), w) != past.end()) continue;
    // A pipeline may report the same warning both ways; keep it once.
    const bool dup = std::any_of(r.warnings.begin(), r.warnings.end(), [&](const auto& x) {
      return x.size() >= w.size() && x.compare(x.size() - w.size(), w.size(), w) == 0;
    });
    if (!dup) r.warnings.push_back(w);
  }
}

// The previous revision an earlier night wrote, when there is one: read only from a
// plain folder of ours (a symbolic link could lead outside --out). Missing is fine;
// unreadable is this athlete's error (docs/batch.md#history).
bool read_previous(const std::string& dir, std::optional<InputText>& previous, Diagnostics& ds) {
  struct stat st {};
  if (::lstat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) return true;
  const std::string path = dir + "/plan.yaml";
  if (::lstat(path.c_str(), &st) != 0 && errno == ENOENT) return true;
  auto text = read_text_file(path, ds);
  if (!text) return false;
  previous = InputText{path, std::move(*text)};
  return true;
}

// Every file the athlete's revision reads into `in`; false (errors in `ds`) when one
// cannot be, with `in` holding those that could (the log, for its red flags). `dir` is
// the athlete's output folder, null for none (`validate`: no previous revision).
bool read_inputs(const RosterEntry& entry, const std::string* dir, ReviseInputs& in,
                 Diagnostics& ds) {
  in.athlete = entry.id;
  auto plan = read_text_file(entry.plan, ds);
  if (plan) in.plan = {entry.plan, std::move(*plan)};
  if (entry.injuries)
    if (auto log = read_text_file(*entry.injuries, ds)) in.log = {*entry.injuries, std::move(*log)};
  const bool previous_ok = !dir || read_previous(*dir, in.previous, ds);
  return plan && previous_ok && !has_errors(ds);
}

// The red flags of the athlete's log when nothing else of theirs can be used tonight
// (docs/rules.md#red-flags-survive-errors): read straight from the roster's log file.
std::vector<Referral> log_referrals(const RosterEntry& entry, const Policy& policy,
                                    std::optional<Date> as_of) {
  if (!entry.injuries) return {};
  Diagnostics ignored;  // the athlete's errors are reported already
  auto text = read_text_file(*entry.injuries, ignored);
  if (!text) return {};
  return readable_referrals({*entry.injuries, std::move(*text)}, policy, as_of);
}

AthleteRecord run(const RosterEntry& entry, const JobSettings& s,
                  std::vector<GroupedWrite>& files) {
  AthleteRecord r;
  r.id = printable_id(entry.id);
  add_all(r.warnings, entry.notes, Severity::warning);
  if (!entry.problems.empty()) {
    add_all(r.errors, entry.problems, Severity::error);
    r.referrals = log_referrals(entry, s.policy, s.as_of);
    return r;
  }
  // discover_roster refuses unsafe ids already; the id is checked again here because
  // it is what builds every path this job writes or deletes under --out.
  if (const std::string why = unsafe_id_reason(entry.id); !why.empty()) {
    r.errors.push_back(entry.plan + ": error: " + why + ": athlete refused");
    r.referrals = log_referrals(entry, s.policy, s.as_of);
    return r;
  }
  const std::string dir = s.out_dir + "/" + entry.id;
  remove_stale_temps(dir, s);
  Diagnostics ds;
  ReviseInputs in;
  if (!read_inputs(entry, &dir, in, ds)) {
    add_all(r.errors, ds, Severity::error);
    if (in.log) r.referrals = readable_referrals(*in.log, s.policy, s.as_of);
    return r;
  }
  in.allow_far_dates = s.allow_far_dates;
  Revision revised = revise(in, s.policy, s.as_of);
  add_future(r, revised.diagnostics);
  if (!revised.ok()) {
    add_all(r.errors, revised.read, Severity::error);
    add_all(r.errors, revised.diagnostics, Severity::error);
    if (r.errors.empty()) r.errors.push_back(entry.plan + ": error: cannot read the plan");
    r.referrals = std::move(revised.referrals);
    return r;
  }
  revised.diagnostics.insert(revised.diagnostics.begin(), revised.read.begin(), revised.read.end());
  AdjustResult adjusted{std::move(*revised.revised), std::move(revised.diagnostics)};
  std::string bytes = write_plan_yaml(adjusted.revised);
  // The athlete's message beside the plan, as `adjust --format message` writes it
  // (docs/formats.md#athlete-message).
  std::string message = write_athlete_message(
      adjusted.revised, message_day(revised.log ? &*revised.log : nullptr, s.as_of));

  const std::string out = dir + "/plan.yaml";
  std::string error;
  if (!prepare_folder(dir, s, error)) {
    r.errors.push_back(out + ": error: " + error);
    r.referrals = referrals_in(adjusted.revised);
    return r;
  }
  if (same_file(out, entry.plan) || (entry.injuries && same_file(out, *entry.injuries))) {
    r.errors.push_back(out + ": error: refusing to write over the athlete's own input");
    r.referrals = referrals_in(adjusted.revised);
    return r;
  }
  // Written by the caller, in a group with other athletes' files (output_groups.h).
  files.push_back({out, std::move(bytes), false, {}});
  files.push_back({dir + "/message.md", std::move(message), false, {}});
  take_outcome(r, adjusted.revised, adjusted.diagnostics, s.as_of);
  r.sent_sessions_changed = revised.sent_sessions_changed;
  if (r.sent_sessions_changed && *r.sent_sessions_changed > 0)
    r.warnings.push_back(
        "no --as-of: every session was revised again, past ones included; " +
        plural(static_cast<long long>(*r.sent_sessions_changed), "session") +
        " of the previous revision changed (run with --as-of to keep what the athlete was told)");
  r.status = r.summary.sessions_changed > 0 ? AthleteStatus::adjusted : AthleteStatus::unchanged;
  return r;
}

}  // namespace

std::string_view name_of(AthleteStatus s) {
  // Indexed by AthleteStatus (planadj/batch.h).
  static constexpr std::array kNames{"adjusted"sv, "unchanged"sv, "error"sv};
  static_assert(kNames.size() == enum_count(AthleteStatus::error), "one name per status");
  return word_of(kNames, s);
}

bool AthleteRecord::plan_changed() const {
  return std::find(changed_files.begin(), changed_files.end(), "plan.yaml") != changed_files.end();
}

AthleteRecord prepare_athlete(const RosterEntry& entry, const JobSettings& settings,
                              std::vector<GroupedWrite>& files) {
  try {
    AthleteRecord r = run(entry, settings, files);
    if (!unsafe_id_reason(entry.id).empty()) return r;
    // New, standing or closed, against what the previous run reported; remembered with
    // the athlete's files, so not for an athlete in error, whose folder is left as it was
    // (docs/batch.md#states).
    const std::string dir = settings.out_dir + "/" + entry.id;
    std::string tonight = apply_notice_states(r, read_reported(dir));
    if (r.status != AthleteStatus::error && !files.empty())
      files.push_back({dir + "/" + std::string(kReportedFile), std::move(tonight), false, {}});
    return r;
  } catch (const std::exception& e) {
    files.clear();
    // One athlete's surprise (a writer failure, a bug) must not stop the others, nor
    // hide the athlete's red flags when they can still be read.
    AthleteRecord r;
    r.id = printable_id(entry.id);
    r.errors.push_back(entry.plan + ": error: internal error: " + e.what());
    try {
      r.referrals = log_referrals(entry, settings.policy, settings.as_of);
    } catch (const std::exception&) {
      r.referrals.clear();  // the error above stands for both
    }
    return r;
  }
}

void settle_write(AthleteRecord& r, const GroupedWrite& file) {
  const std::string_view name = file_name(file.path);
  if (name == kReportedFile) {
    // The memory is the batch's own, not the athlete's: a failure to write it costs
    // tomorrow's tags only, so it is a warning, not the athlete's error.
    if (!file.error.empty()) {
      r.warnings.push_back(file.path + ": warning: " + file.error +
                           ": the next run may call tonight's referrals and warnings new again");
      r.warning_states.push_back(NoticeState::new_tonight);
    }
    return;
  }
  if (file.error.empty()) {
    r.written = r.written || file.changed;
    // Every file the athlete receives that changed is to be sent (docs/batch.md#reportjson).
    if (file.changed) r.changed_files.emplace_back(name);
    return;
  }
  // As if the job had stopped at the write: nothing written means an error entry, but
  // its referrals stay (docs/rules.md#red-flags-survive-errors).
  r.status = AthleteStatus::error;
  r.summary = {};
  r.warnings.clear();
  r.warning_states.clear();
  r.warnings_closed.clear();
  r.errors.push_back(file.path + ": error: " + file.error);
}

AthleteCheck check_athlete(const RosterEntry& entry, const Policy& policy,
                           std::optional<Date> as_of, bool allow_far_dates) {
  AthleteCheck out;
  Diagnostics& ds = out.diagnostics;
  ds = entry.notes;
  if (!entry.problems.empty()) {
    ds.insert(ds.end(), entry.problems.begin(), entry.problems.end());
    out.referrals = log_referrals(entry, policy, as_of);
    return out;
  }
  if (const std::string why = unsafe_id_reason(entry.id); !why.empty()) {
    add_error(ds, {entry.plan, 0, 0}, why + ": athlete refused");
    out.referrals = log_referrals(entry, policy, as_of);
    return out;
  }
  ReviseInputs in;
  if (!read_inputs(entry, nullptr, in, ds)) {
    if (in.log) out.referrals = readable_referrals(*in.log, policy, as_of);
    return out;
  }
  in.allow_far_dates = allow_far_dates;
  Revision revised = revise(in, policy, as_of);
  ds.insert(ds.end(), revised.read.begin(), revised.read.end());
  ds.insert(ds.end(), revised.diagnostics.begin(), revised.diagnostics.end());
  out.referrals = std::move(revised.referrals);
  return out;
}

AthleteRecord process_athlete(const RosterEntry& entry, const JobSettings& settings) {
  std::vector<GroupedWrite> files;
  AthleteRecord r = prepare_athlete(entry, settings, files);
  write_files_if_changed(files);
  for (const auto& f : files) settle_write(r, f);
  return r;
}

}  // namespace planadj::batch
