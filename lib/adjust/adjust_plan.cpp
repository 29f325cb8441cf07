// The pipeline (docs/rules.md#pipeline): restore -> freeze before --as-of -> episodes -> timeline
// -> rules -> the `adjusted` header.
#include <algorithm>

#include "adjust/care.h"
#include "adjust/episodes.h"
#include "adjust/reason.h"
#include "adjust/referrals.h"
#include "adjust/restore.h"
#include "adjust/rules.h"
#include "adjust/segments.h"
#include "adjust/summary.h"
#include "adjust/timeline.h"
#include "planadj/adjust.h"
#include "planadj/date_text.h"
#include "planadj/version.h"

namespace planadj {

namespace {

using adjust::Episode;
using adjust::Stage;
using boost::gregorian::date_duration;

constexpr const char* kNotice = "guidance from general running-coach advice, not medical advice";

// The day an episode's status is reported for: --as-of, but never before the first
// day the latest entry acts on (an entry acts on the days after its date).
Date report_day(const std::vector<Episode>& episodes, std::optional<Date> as_of) {
  Date latest = episodes.front().last_date();
  for (const auto& ep : episodes) latest = std::max(latest, ep.last_date());
  const Date after_latest = latest + date_duration(1);
  return as_of ? std::max(*as_of, after_latest) : after_latest;
}

std::vector<InjuryReport> injury_reports(const std::vector<Episode>& episodes, const Policy& policy,
                                         std::optional<Date> as_of) {
  std::vector<InjuryReport> out;
  if (episodes.empty()) return out;
  const Date day = report_day(episodes, as_of);
  for (const Episode& ep : episodes) {
    InjuryReport r;
    r.injury = ep.injury;
    r.side = ep.side;
    r.location = ep.location;
    const auto d = adjust::episode_day(ep, day, policy);
    r.status = d.stage == Stage::none ? "resolved" : std::string(adjust::phase_name(d));
    r.phases = adjust::episode_phases(ep, policy);
    r.care = adjust::care_advice(ep, episodes, policy);
    out.push_back(std::move(r));
  }
  return out;
}

// The warnings of sessions kept as given, which no rule revisits tonight: a hand edit
// (said on every run while it stands), and a race called off before --as-of or locked,
// whose warning stays in the header so that the file does not change when the race's
// date passes (the batch report leaves it out: docs/batch.md#history). The latter is
// not repeated on standard error.
std::vector<std::string> kept_warnings(const Plan& plan, std::optional<Date> as_of,
                                       Diagnostics& ds) {
  std::vector<std::string> out;
  for (const auto& s : plan.sessions) {
    if (s.locked && edited_by_hand(s)) {
      out.push_back("session on " + iso_date(s.date) +
                    " was edited by hand after plan-adjust revised it: kept as the coach left "
                    "it, and locked");
      add_warning(ds, s.where, out.back());
    }
    if ((as_of && s.date < *as_of) || s.locked)
      if (auto race = called_off_warning(s)) out.push_back(std::move(*race));
  }
  return out;
}

// The log cannot revise this plan: it is another athlete's, or its entries do not
// fit the plan (adjust::check_log). The errors go to `ds`.
bool log_refused(const Plan& plan, const InjuryLog* log, const Policy& policy,
                 std::optional<Date> as_of, bool allow_far_dates, Diagnostics& ds) {
  if (!log) return false;
  if (log->athlete != plan.athlete) {
    add_error(ds, log->athlete_where,
              "injury log is for athlete '" + log->athlete + "' but the plan is for '" +
                  plan.athlete + "'");
    return true;
  }
  return !adjust::check_log(plan, *log, policy, as_of, allow_far_dates, ds);
}

// Makes `plan` the plan the rules start from, in place. A session that no longer holds
// what the tool wrote was edited by the coach: it is locked (docs/rules.md#locked-sessions).
// Every session the rules may touch is restored; those before --as-of and locked ones
// stay as given, so they are never restored at all.
void start_from_original(Plan& plan, std::optional<Date> as_of) {
  lock_hand_edits(plan);
  adjust::drop_adjusted_header(plan);
  for (auto& s : plan.sessions)
    if (!(as_of && s.date < *as_of) && !s.locked) adjust::restore_session(s);
}

// Runs the rules over `revised`, one segment per entry date; returns the episodes. Each
// session's warning goes to `ds` and to `warnings`.
// Causality (invariant 4): the sessions after entry date D_k and up to the next one
// are revised knowing only the entries up to D_k, with every earlier session already
// settled. Otherwise a later entry could move a weekly rest day earlier in its week.
std::vector<Episode> revise_segments(Plan& revised, const std::vector<InjuryEntry>& entries,
                                     const Policy& policy, std::optional<Date> as_of,
                                     std::vector<std::string>& warnings, Diagnostics& ds) {
  adjust::EpisodeGrouper grouper(policy);
  adjust::SegmentReviser reviser(revised.sessions, policy, revised.units);
  for (std::size_t k = 0; k < entries.size();) {
    const Date known = entries[k].date;
    while (k < entries.size() && entries[k].date == known) grouper.add(entries[k++]);
    std::optional<Date> until;
    if (k < entries.size()) until = entries[k].date;
    Date freeze = known + date_duration(1);
    if (as_of && *as_of > freeze) freeze = *as_of;
    for (auto& [i, message] : reviser.revise(grouper.episodes(), freeze, until)) {
      add_warning(ds, revised.sessions[i].where, message);
      warnings.push_back(std::move(message));
    }
  }
  return grouper.take();
}

// The `adjusted` header of the revised sessions (docs/formats.md#revised-plan).
AdjustedHeader header_of(const Plan& revised, const std::vector<Episode>& episodes,
                         const Policy& policy, std::optional<Date> as_of,
                         std::vector<std::string> warnings) {
  AdjustedHeader h;
  h.by = std::string("plan-adjust ") + kVersion;
  h.notice = kNotice;
  h.summary = adjust::summarize(revised.sessions, revised.units);
  h.referrals = adjust::referrals(episodes, policy);
  h.warnings = std::move(warnings);
  h.injuries = injury_reports(episodes, policy, as_of);
  return h;
}

}  // namespace

AdjustResult adjust_plan_with(Plan plan, const InjuryLog* log, const Policy& policy,
                              std::optional<Date> as_of, bool allow_far_dates) {
  AdjustResult result;
  Diagnostics& ds = result.diagnostics;
  if (log_refused(plan, log, policy, as_of, allow_far_dates, ds)) {
    result.revised = std::move(plan);
    return result;
  }
  Plan& revised = plan;
  start_from_original(revised, as_of);
  std::vector<std::string> warnings = kept_warnings(revised, as_of, ds);

  const std::vector<InjuryEntry> no_entries;
  const std::vector<InjuryEntry> entries =
      adjust::entries_up_to(log ? log->entries : no_entries, as_of);
  const std::vector<Episode> episodes =
      revise_segments(revised, entries, policy, as_of, warnings, ds);
  for (auto& [where, message] : adjust::clearance_warnings(episodes, policy)) {
    add_warning(ds, where, message);
    warnings.push_back(std::move(message));
  }
  for (auto& s : revised.sessions)
    if (s.adjustment && !s.adjustment->wrote) s.adjustment->wrote = written_values(s);
  revised.adjusted = header_of(revised, episodes, policy, as_of, std::move(warnings));
  result.revised = std::move(revised);
  return result;
}

AdjustResult adjust_plan(Plan plan, const InjuryLog* log, const Policy& policy,
                         std::optional<Date> as_of) {
  return adjust_plan_with(std::move(plan), log, policy, as_of, false);
}

}  // namespace planadj
