// `plan-adjust batch` (docs/batch.md): the coach's nightly run over a roster.
#include <algorithm>
#include <ostream>

#include "planadj/batch.h"
#include "planadj/commands.h"
#include "planadj/fs.h"
#include "planadj/output_groups.h"
#include "planadj/plural.h"
#include "planadj/progress.h"
#include "planadj/readers.h"
#include "planadj/report_html.h"
#include "referral_lines.h"

namespace planadj {
namespace {

constexpr int kAllProcessed = 0;
constexpr int kSomeFailed = 1;
constexpr int kCannotRun = 2;

int cannot_run(std::ostream& err, const std::string& message) {
  err << "plan-adjust: error: " << message << "\n";
  return kCannotRun;
}

int cannot_run(std::ostream& err, const Diagnostics& ds) {
  for (const auto& d : ds) err << d.str() << "\n";
  return kCannotRun;
}

std::string strip_trailing_slashes(std::string p) {
  while (p.size() > 1 && p.back() == '/') p.pop_back();
  return p;
}

// The night's date and policy for every athlete (--shard and --as-of arrive checked,
// planadj/commands.h); false, after saying why, when the policy cannot be read.
bool settle_options(const BatchOptions& opts, batch::JobSettings& s, std::ostream& err) {
  s.as_of = opts.as_of;
  s.allow_far_dates = opts.allow_far_dates;
  if (!opts.policy) return true;
  Diagnostics ds;
  const auto text = read_text_file(*opts.policy, ds);
  if (!text) return cannot_run(err, ds), false;
  auto parsed = parse_policy(*text, *opts.policy);
  if (!parsed.ok()) return cannot_run(err, parsed.diagnostics), false;
  s.policy = *parsed.value;
  return true;
}

// The roster's athletes, with the output folder made ready in `s`; nullopt, after
// saying why, when nothing can run.
std::optional<batch::RosterListing> open_roster(const BatchOptions& opts, batch::JobSettings& s,
                                                std::ostream& err) {
  Diagnostics ds;
  auto listing = batch::discover_roster(opts.roster, ds);
  if (!listing) {
    cannot_run(err, ds);
    return std::nullopt;
  }
  if (listing->athletes.empty()) {
    cannot_run(err, "no athletes in the roster " + opts.roster);
    return std::nullopt;
  }
  if (!listing->is_manifest) s.roster_folder = batch::real_path(listing->folder);
  s.out_dir = strip_trailing_slashes(opts.out);
  std::string error;
  if (!batch::prepare_out_dir(s.out_dir, s.roster_folder, s.out_dir_real, error)) {
    cannot_run(err, error);
    return std::nullopt;
  }
  return listing;
}

// This shard's athletes: indexes into the listing, which holds ids and paths, no plans.
std::vector<std::size_t> shard_of(const batch::RosterListing& listing, const batch::Shard& shard) {
  std::vector<std::size_t> mine;
  for (std::size_t i = 0; i < listing.athletes.size(); ++i)
    if (batch::in_shard(listing.athletes[i].id, shard)) mine.push_back(i);
  return mine;
}

// Runs the athletes `mine` on the worker pool, each one's record into `report`.
void run_athletes(const batch::RosterListing& listing, const std::vector<std::size_t>& mine,
                  const batch::JobSettings& settings, const BatchOptions& opts,
                  batch::BatchReport& report, std::ostream& err) {
  report.athletes.resize(mine.size());
  batch::ProgressBar bar(err, mine.size(), opts.progress_bar);
  // The athletes' files go to disk in groups, each with one sync pass (output_groups.h).
  batch::OutputGroups groups([&](std::size_t i, const GroupedWrite& file) {
    batch::settle_write(report.athletes[i], file);
  });
  batch::run_pool(
      mine.size(), batch::resolve_jobs(opts.jobs),
      [&](std::size_t i) {
        std::vector<GroupedWrite> files;
        report.athletes[i] = batch::prepare_athlete(listing.athletes[mine[i]], settings, files);
        groups.add(i, std::move(files));
      },
      [&](std::size_t done) { bar.update(done); });
  groups.flush();
  // Athlete folders made tonight: their names in --out on disk before the reports.
  sync_folder(settings.out_dir);
  bar.finish(mine.size());
}

// Every athlete's id in the roster, sorted.
std::vector<std::string> roster_ids(const batch::RosterListing& listing) {
  std::vector<std::string> ids;
  ids.reserve(listing.athletes.size());
  for (const auto& a : listing.athletes) ids.push_back(a.id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

bool write_report(const std::string& path, const Producer& render, std::ostream& err) {
  bool changed = false;
  std::string error;
  remove_stale_temp_files(path);  // left by a run killed while writing this report
  // Streamed into the file: a big roster's report is never held whole in memory.
  if (write_file_streamed_if_changed(path, render, changed, error)) return true;
  err << "plan-adjust: error: " << error << "\n";
  return false;
}

// report.json, report.md and report.html in --out, each tried; false when one was not
// written.
bool write_reports(const batch::BatchReport& report, const std::string& out_dir,
                   std::ostream& err) {
  return write_report(
             out_dir + "/report.json",
             [&](const batch::ReportSink& sink) { batch::render_report_json(report, sink); }, err) &
         write_report(
             out_dir + "/report.md",
             [&](const batch::ReportSink& sink) { batch::render_report_markdown(report, sink); },
             err) &
         write_report(
             out_dir + "/report.html",
             [&](const batch::ReportSink& sink) { batch::render_report_html(report, sink); }, err);
}

// Without --as-of over earlier revisions every session is revised again, past ones
// included: when that changed a session an athlete was sent, it is said on standard
// error, --quiet or not, since a cron line without --as-of rewrites what athletes were
// told (docs/batch.md#without---as-of).
void warn_without_as_of(const batch::BatchReport& report, std::ostream& err) {
  std::size_t athletes = 0, changed = 0;
  for (const auto& a : report.athletes)
    if (a.sent_sessions_changed) ++athletes, changed += *a.sent_sessions_changed;
  if (changed == 0) return;  // nothing the athletes were sent changed: nothing to say
  err << "plan-adjust: warning: no --as-of: every session of "
      << plural(static_cast<long long>(athletes), "athlete")
      << " with a previous revision was revised again, past ones included; "
      << plural(static_cast<long long>(changed), "session")
      << " they were sent changed (give --as-of, e.g. "
      << "--as-of \"$(date +%F)\", to keep what was told)\n";
}

void print_summary(const batch::Totals& t, const std::string& out_dir, std::ostream& err) {
  err << "plan-adjust: " << plural(t.athletes, "athlete") << ": " << t.adjusted << " adjusted, "
      << t.unchanged << " unchanged, " << plural(t.errors, "error") << ", "
      << plural(t.referrals, "referral") << "; report: " << out_dir << "/report.md\n";
}

}  // namespace

int run_batch(const BatchOptions& opts, std::ostream&, std::ostream& err) {
  batch::JobSettings settings;
  if (!settle_options(opts, settings, err)) return kCannotRun;
  auto listing = open_roster(opts, settings, err);
  if (!listing) return kCannotRun;

  batch::BatchReport report;
  report.roster = opts.roster;
  report.as_of = settings.as_of;
  report.shard = opts.shard.value_or(batch::Shard{});
  report.sharded = opts.shard.has_value();
  run_athletes(*listing, shard_of(*listing, report.shard), settings, opts, report, err);

  const std::vector<std::string> ids = roster_ids(*listing);
  listing.reset();  // the ids are all the rest of the night needs of the roster
  report.no_longer_in_roster = batch::find_stale_outputs(settings.out_dir, ids);

  // A red-flag entry dated after tonight is said on standard error too, --quiet or not.
  // So is a referral of an athlete whose files have errors: cron mail must not lose a
  // red flag to a typo (docs/rules.md#red-flags-survive-errors).
  for (const auto& a : report.athletes) {
    for (const auto& w : a.dated_in_the_future) err << "plan-adjust: " << a.id << ": " << w << "\n";
    if (a.status == batch::AthleteStatus::error) print_referrals(a.id, a.referrals, true, err);
  }
  warn_without_as_of(report, err);
  const bool reports_ok = write_reports(report, settings.out_dir, err);
  const batch::Totals t = batch::totals_of(report);
  if (!opts.quiet) print_summary(t, settings.out_dir, err);
  return t.errors > 0 || !reports_ok ? kSomeFailed : kAllProcessed;
}

}  // namespace planadj
