// The nightly batch over a roster (docs/batch.md), in separately testable pieces:
// roster discovery and id safety, sharding, a bounded worker pool, one athlete's
// job (read, adjust, write), and the reports built from small per-athlete records.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planadj/diagnostic.h"
#include "planadj/fs.h"
#include "planadj/model.h"
#include "planadj/volume_chart.h"

namespace planadj::batch {

// ---- athlete ids -----------------------------------------------------------

/// Empty when `id` is safe as a folder name under --out (athlete_id_problem's rule:
/// letters, digits, '.', '_', '-', not starting with '.', no '..'); otherwise why it
/// is refused, e.g. "athlete id must not contain '/'".
std::string unsafe_id_reason(std::string_view id);

/// `id` with bytes outside printable ASCII written as `\xNN`, for reports.
std::string printable_id(std::string_view id);

// ---- roster discovery ------------------------------------------------------

/// One athlete found in a roster: where its files are, or why it cannot run.
struct RosterEntry {
  std::string id;
  std::string plan;                     ///< path of the plan file
  std::optional<std::string> injuries;  ///< path of the injury log, when there is one
  Diagnostics problems;                 ///< set: the athlete is refused (unsafe id, …)
  Diagnostics notes;                    ///< warnings about the athlete's folder (stray files)
};

/// The athletes of a roster, sorted by id (byte order).
struct RosterListing {
  std::vector<RosterEntry> athletes;
  /// Folder roster: the folder. Manifest: the manifest's folder. Nothing is written here.
  std::string folder;
  bool is_manifest = false;
};

/// Lists a roster: a folder of `<id>/plan.yaml` (+ optional `<id>/injuries.yaml`),
/// or a roster.yaml manifest whose paths are relative to its folder. The folder is
/// read entry by entry; only ids and paths are kept. Returns nullopt and appends to
/// `ds` when the roster itself cannot be read (missing, unreadable, invalid manifest).
/// A hidden entry (leading '.') without a plan.yaml is skipped (.git, .DS_Store);
/// one with a plan.yaml, and any unsafe id, becomes an entry with `problems`, as does
/// a manifest athlete whose id is unsafe or listed twice (the first listed runs).
std::optional<RosterListing> discover_roster(const std::string& path, Diagnostics& ds);

// ---- sharding --------------------------------------------------------------

/// Shard `index` of `count` (index from 0, as Kubernetes' JOB_COMPLETION_INDEX).
struct Shard {
  std::uint64_t index = 0;
  std::uint64_t count = 1;
};

/// Parses `K/N` (decimal, 0 <= K < N); nullopt for anything else.
std::optional<Shard> parse_shard(std::string_view text);

/// FNV-1a 64-bit hash of `bytes`: stable across machines, compilers and runs.
std::uint64_t fnv1a64(std::string_view bytes);

/// True when `id` belongs to `shard`: fnv1a64(id) % count == index.
bool in_shard(std::string_view id, const Shard& shard);

// ---- worker pool -----------------------------------------------------------

/// The most workers a batch starts, whatever --jobs says.
inline constexpr unsigned kMaxJobs = 256;

/// The number of workers for `--jobs N`: N, or all cores for 0; between 1 and kMaxJobs.
unsigned resolve_jobs(unsigned jobs);

/// Runs task(i) for every i in [0, count) on at most `jobs` threads (jobs >= 1),
/// each worker taking the next index when it is free. `on_done(n)` is called after
/// each task with the number finished so far, one call at a time. Tasks write their
/// result into a slot of their own, so the outcome does not depend on `jobs`.
/// If a task throws, the remaining tasks still run and the first exception is
/// rethrown once every worker has stopped.
void run_pool(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& task,
              const std::function<void(std::size_t)>& on_done = {});

// ---- one athlete -----------------------------------------------------------

enum class AthleteStatus { adjusted, unchanged, error };

/// "adjusted", "unchanged" or "error".
std::string_view name_of(AthleteStatus s);

/// What the morning report says of a referral or a warning, against what earlier nights
/// reported (docs/batch.md#states): first reported tonight, reported before and still
/// there, or its episode closed tonight (shown this once).
enum class NoticeState { new_tonight, standing, closed };

/// "new", "standing" or "closed".
std::string_view name_of(NoticeState s);

/// All the batch keeps of one athlete once its plan is written: a few counts and
/// messages, never the plan itself (so memory stays bounded by the jobs in flight).
struct AthleteRecord {
  std::string id;  ///< printable form of the id
  AthleteStatus status = AthleteStatus::error;
  bool written = false;  ///< one of the athlete's files was (re)written by this run
  /// The files the athlete receives that this run wrote (new or different bytes), by
  /// name in the athlete's folder (`plan.yaml`, `message.md`), in writing order: the
  /// coach's list of what to send this morning (docs/batch.md#reportjson).
  std::vector<std::string> changed_files;
  /// This run wrote `plan.yaml`.
  bool plan_changed() const;
  Units units = Units::km;
  Summary summary;
  /// Tonight's referrals, less those closed on an earlier night (shown once, then gone).
  std::vector<Referral> referrals;
  std::vector<NoticeState> referral_states;  ///< one per referral
  std::vector<std::string> errors;           ///< `file:line:col: error: message`
  std::vector<std::string> warnings;         ///< `file:line:col: warning: message` or plain text
  std::vector<NoticeState> warning_states;   ///< one per warning: new or standing
  /// Warnings the previous run reported that tonight's did not: closed, said this once.
  std::vector<std::string> warnings_closed;
  /// Red-flag entries dated after --as-of, `file:line:col: warning: … dated in the future:
  /// is the date right?`: the top of the report (docs/batch.md#reportjson).
  std::vector<std::string> dated_in_the_future;
  /// What moves with the date (docs/batch.md#history): each injury's status on --as-of,
  /// and the dates of races called off from --as-of on.
  std::vector<InjuryReport> injuries_today;
  std::vector<Date> races_called_off;
  /// An injured athlete's weekly volumes before and after, for report.html's chart: a
  /// few numbers a week, not the plans (docs/batch.md#reporthtml). Unset without injuries.
  std::optional<WeeklyVolumes> volumes;
  /// Without --as-of, over a previous revision: how many of the sessions it held came out
  /// different tonight (docs/batch.md#without---as-of).
  std::optional<std::size_t> sent_sessions_changed;
};

/// What every athlete of one run shares.
struct JobSettings {
  Policy policy;
  std::optional<Date> as_of;
  std::string out_dir;           ///< as given; exists and is writable
  std::string out_dir_real;      ///< out_dir resolved (realpath), for the roster check
  std::string roster_folder;     ///< resolved; empty for a manifest. Never written under
  bool allow_far_dates = false;  ///< --allow-far-dates (docs/rules.md#dates-outside-the-plan)
};

/// Reads the athlete's plan (and log), checks the plan is for `entry.id`, adjusts it
/// and writes `out_dir/<id>/plan.yaml` atomically when its bytes change. Never throws:
/// every failure becomes an error in the record and nothing is written.
AthleteRecord process_athlete(const RosterEntry& entry, const JobSettings& settings);

/// process_athlete without the write: the file to write is appended to `files` (none
/// for an error), for a writer stage to write in a group with other athletes' files
/// (write_files_if_changed); settle_write then records how that went.
AthleteRecord prepare_athlete(const RosterEntry& entry, const JobSettings& settings,
                              std::vector<GroupedWrite>& files);

/// Records the outcome of writing one of the record's files: `written` when it
/// changed; on failure the athlete becomes an error, as if nothing had been prepared.
void settle_write(AthleteRecord& record, const GroupedWrite& file);

/// What `validate ROSTER` finds for one athlete: the folder's notes and problems, then
/// the files read and revised exactly as process_athlete does (same readers, same id
/// checks, same pipeline), without a previous revision and without writing anything.
/// With errors, `referrals` holds what the log's readable entries still raise
/// (docs/rules.md#red-flags-survive-errors); empty otherwise.
struct AthleteCheck {
  Diagnostics diagnostics;
  std::vector<Referral> referrals;
};
AthleteCheck check_athlete(const RosterEntry& entry, const Policy& policy,
                           std::optional<Date> as_of, bool allow_far_dates = false);

// ---- what earlier nights reported (docs/batch.md#states) ----------------------

/// The file in each athlete's output folder that remembers what the reports said of
/// the athlete: one line per notice, `referral TEXT`, `closed TEXT` or `warning TEXT`.
inline constexpr std::string_view kReportedFile = ".reported";

/// A referral as the report's one line of text (injury, date, reason): also what the
/// memory knows it by.
std::string referral_text(const Referral& r);

/// The state of the i-th notice of `states`; new when the record has no state for it.
NoticeState state_at(const std::vector<NoticeState>& states, std::size_t i);

/// A notice's state as the reports tag it: `(new)`, `(standing)`, or for a closed
/// referral `(closed: cleared by a clinician on 2026-03-14, Dr Lee, physio)` (`resolved
/// on …` when `resolved` closed it; the entry's notes after the date).
std::string state_tag(NoticeState state, const Referral* referral = nullptr);

/// Sets the record's referral and warning states against `memory` (the previous night's
/// kReportedFile, empty for none): a notice not in it is new, one in it standing; a
/// referral of a closed episode is closed the first night and dropped from the record
/// after; a remembered warning not raised tonight goes to `warnings_closed`. Returns
/// what to remember tonight. For an athlete in error nothing closes: the warnings
/// remembered are kept beside tonight's.
std::string apply_notice_states(AthleteRecord& record, std::string_view memory);

// ---- reports ---------------------------------------------------------------

/// Everything the reports show; the same inputs give the same bytes (no clock).
struct BatchReport {
  std::string roster;  ///< the ROSTER argument as given
  std::optional<Date> as_of;
  Shard shard;
  bool sharded = false;                          ///< --shard was given
  std::vector<AthleteRecord> athletes;           ///< sorted by id
  std::vector<std::string> no_longer_in_roster;  ///< output folders with no athlete, sorted
};

struct Totals {
  std::size_t athletes = 0, adjusted = 0, unchanged = 0, errors = 0, referrals = 0, warnings = 0;
  std::size_t warnings_closed = 0;
  std::size_t athletes_changed = 0;  ///< athletes with a file this run wrote (changed_files)
};

/// Counts of the report's athletes; `referrals` counts referral lines.
Totals totals_of(const BatchReport& report);

/// Where a report goes, piece by piece (a file being written), so that a big roster's
/// report is never held whole in memory.
using ReportSink = std::function<void(std::string_view)>;

/// `report.json`: totals, the shard, and one object per athlete.
std::string render_report_json(const BatchReport& report);
void render_report_json(const BatchReport& report, const ReportSink& sink);

/// `report.md` for the coach's morning read: referrals first, then errors, warnings,
/// each injured athlete's status today, the plans this run changed, one line per
/// adjusted athlete, then the number unchanged, then stale outputs.
std::string render_report_markdown(const BatchReport& report);
void render_report_markdown(const BatchReport& report, const ReportSink& sink);

/// Creates `out_dir` (and its parents) unless it exists, and checks it is a writable
/// folder that is not `roster_folder` or inside it (when that is set). On failure
/// returns false with `error` set; nothing is created inside the roster.
bool prepare_out_dir(const std::string& out_dir, const std::string& roster_folder,
                     std::string& real_out, std::string& error);

/// The resolved absolute form of an existing path (realpath); empty on failure.
std::string real_path(const std::string& path);

/// Output folders under `out_dir` (holding a plan.yaml, with a safe id) whose id is
/// not in `roster_ids` (sorted); sorted. Their contents are never touched.
std::vector<std::string> find_stale_outputs(const std::string& out_dir,
                                            const std::vector<std::string>& roster_ids);

}  // namespace planadj::batch
