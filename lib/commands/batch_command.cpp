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

// Everything that must hold before any athlete runs; false means exit 2. --shard and
// --as-of arrive checked (planadj/commands.h).
bool settle_options(const BatchOptions& opts, batch::Shard& shard, batch::JobSettings& s,
                    std::ostream& err, int& code) {
  code = kCannotRun;
  if (opts.shard) shard = *opts.shard;
  s.as_of = opts.as_of;
  if (opts.policy) {
    Diagnostics ds;
    const auto text = read_text_file(*opts.policy, ds);
    if (!text) return cannot_run(err, ds), false;
    auto parsed = parse_policy(*text, *opts.policy);
    if (!parsed.ok()) return cannot_run(err, parsed.diagnostics), false;
    s.policy = *parsed.value;
  }
  return true;
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

}  // namespace

int run_batch(const BatchOptions& opts, std::ostream&, std::ostream& err) {
  batch::Shard shard;
  batch::JobSettings settings;
  int code = kCannotRun;
  if (!settle_options(opts, shard, settings, err, code)) return code;

  Diagnostics ds;
  auto listing = batch::discover_roster(opts.roster, ds);
  if (!listing) return cannot_run(err, ds);
  if (listing->athletes.empty()) return cannot_run(err, "no athletes in the roster " + opts.roster);

  if (!listing->is_manifest) settings.roster_folder = batch::real_path(listing->folder);
  settings.out_dir = strip_trailing_slashes(opts.out);
  std::string error;
  if (!batch::prepare_out_dir(settings.out_dir, settings.roster_folder, settings.out_dir_real,
                              error))
    return cannot_run(err, error);

  // Only indexes of this shard's athletes; the listing holds ids and paths, no plans.
  std::vector<std::size_t> mine;
  for (std::size_t i = 0; i < listing->athletes.size(); ++i)
    if (batch::in_shard(listing->athletes[i].id, shard)) mine.push_back(i);

  batch::BatchReport report;
  report.roster = opts.roster;
  report.as_of = settings.as_of;
  report.shard = shard;
  report.sharded = opts.shard.has_value();
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
        report.athletes[i] = batch::prepare_athlete(listing->athletes[mine[i]], settings, files);
        groups.add(i, std::move(files));
      },
      [&](std::size_t done) { bar.update(done); });
  groups.flush();
  // Athlete folders made tonight: their names in --out on disk before the reports.
  sync_folder(settings.out_dir);
  bar.finish(mine.size());

  std::vector<std::string> ids;
  ids.reserve(listing->athletes.size());
  for (const auto& a : listing->athletes) ids.push_back(a.id);
  listing.reset();
  std::sort(ids.begin(), ids.end());
  report.no_longer_in_roster = batch::find_stale_outputs(settings.out_dir, ids);

  const std::string md_path = settings.out_dir + "/report.md";
  const bool reports_ok =
      write_report(
          settings.out_dir + "/report.json",
          [&](const batch::ReportSink& sink) { batch::render_report_json(report, sink); }, err) &
      write_report(
          md_path,
          [&](const batch::ReportSink& sink) { batch::render_report_markdown(report, sink); }, err);

  const batch::Totals t = batch::totals_of(report);
  if (!opts.quiet)
    err << "plan-adjust: " << plural(t.athletes, "athlete") << ": " << t.adjusted << " adjusted, "
        << t.unchanged << " unchanged, " << plural(t.errors, "error") << ", "
        << plural(t.referrals, "referral") << "; report: " << md_path << "\n";
  return t.errors > 0 || !reports_ok ? kSomeFailed : kAllProcessed;
}

}  // namespace planadj
