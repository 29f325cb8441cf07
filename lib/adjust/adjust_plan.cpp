// The pipeline (docs/rules.md#pipeline): restore -> freeze before --as-of -> episodes -> timeline
// -> rules -> the `adjusted` header.
#include <algorithm>
#include <numeric>
#include <set>

#include "adjust/care.h"
#include "adjust/episodes.h"
#include "adjust/referrals.h"
#include "adjust/restore.h"
#include "adjust/rules.h"
#include "adjust/summary.h"
#include "adjust/timeline.h"
#include "planadj/adjust.h"
#include "planadj/version.h"

namespace planadj {

namespace {

using adjust::Episode;
using adjust::Stage;
using boost::gregorian::date_duration;

constexpr const char* kNotice = "guidance from general running-coach advice, not medical advice";

// One pass of every rule over `sessions` with the injuries of `episodes`; sessions
// dated before `freeze` (when set) are left exactly as they are.
adjust::Revision apply_rules(std::vector<Session>& sessions, const std::vector<Episode>& episodes,
                             const Policy& policy, Units units, std::optional<Date> freeze) {
  adjust::Revision r{policy, units, sessions, {}, {}, {}, {}};
  const std::size_t n = sessions.size();
  r.by_date.resize(n);
  std::iota(r.by_date.begin(), r.by_date.end(), std::size_t{0});
  std::stable_sort(r.by_date.begin(), r.by_date.end(), [&](std::size_t a, std::size_t b) {
    return sessions[a].date < sessions[b].date;
  });
  for (std::size_t i = 0; i < n; ++i) {
    const bool frozen = freeze && sessions[i].date < *freeze;
    r.frozen.push_back(frozen);
    r.status.push_back(frozen ? adjust::DayStatus{}
                              : adjust::day_status(episodes, sessions[i].date, policy));
  }

  for (std::size_t i : r.by_date) {
    if (r.frozen[i] || adjust::apply_race_conflict(r, i)) continue;
    switch (r.status[i].stage) {
      case Stage::bone_stop:
        adjust::apply_bone_stop(r, i);
        break;
      case Stage::acute_rest:
        adjust::apply_acute_rest(r, i);
        break;
      case Stage::reduced_load:
        adjust::apply_reduced_load(r, i);
        break;
      case Stage::return_ramp:  // after the weekly pass: the cap looks at revised weeks
      case Stage::none:
        break;
    }
  }
  adjust::apply_reduced_load_weeks(r);
  adjust::apply_return_ramp(r);
  return r;
}

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

}  // namespace

AdjustResult adjust_plan(const Plan& plan, const InjuryLog* log, const Policy& policy,
                         std::optional<Date> as_of) {
  AdjustResult result;
  if (log && log->athlete != plan.athlete) {
    add_error(result.diagnostics, log->athlete_where,
              "injury log is for athlete '" + log->athlete + "' but the plan is for '" +
                  plan.athlete + "'");
    result.revised = plan;
    return result;
  }
  if (log && !adjust::check_log(plan, *log, policy, as_of, result.diagnostics)) {
    result.revised = plan;
    return result;
  }

  // Restore every session the rules may touch; those before --as-of stay as given.
  Plan revised = restore_original(plan);
  for (std::size_t i = 0; i < plan.sessions.size(); ++i)
    if (as_of && plan.sessions[i].date < *as_of) revised.sessions[i] = plan.sessions[i];

  const std::vector<InjuryEntry> no_entries;
  const std::vector<InjuryEntry>& entries = log ? log->entries : no_entries;
  std::set<Date> entry_dates;
  for (const auto& e : entries)
    if (!as_of || e.date <= *as_of) entry_dates.insert(e.date);

  // Causality (invariant 4): the sessions after entry date D_k and up to the next one
  // are revised knowing only the entries up to D_k, with every earlier session already
  // settled. Otherwise a later entry could move a weekly rest day earlier in its week.
  std::vector<std::string> warnings;
  Diagnostics& ds = result.diagnostics;
  for (auto it = entry_dates.begin(); it != entry_dates.end(); ++it) {
    const Date known = *it;
    const auto next = std::next(it);
    const Date until = next == entry_dates.end() ? Date(boost::date_time::max_date_time) : *next;
    Date freeze = known + date_duration(1);
    if (as_of && *as_of > freeze) freeze = *as_of;

    std::vector<Session> pass_sessions = revised.sessions;
    const std::vector<Episode> known_episodes = adjust::group_episodes(entries, known, policy);
    const adjust::Revision r =
        apply_rules(pass_sessions, known_episodes, policy, revised.units, freeze);

    auto in_segment = [&](const Session& s) { return s.date >= freeze && s.date <= until; };
    for (std::size_t i = 0; i < pass_sessions.size(); ++i)
      if (in_segment(pass_sessions[i])) revised.sessions[i] = pass_sessions[i];
    for (const auto& [i, message] : r.warnings)
      if (in_segment(pass_sessions[i])) {
        warnings.push_back(message);
        add_warning(ds, pass_sessions[i].where, message);
      }
  }

  const std::vector<Episode> episodes = adjust::group_episodes(entries, as_of, policy);
  for (auto& [where, message] : adjust::clearance_warnings(episodes, policy)) {
    add_warning(ds, where, message);
    warnings.push_back(std::move(message));
  }
  AdjustedHeader h;
  h.by = std::string("plan-adjust ") + kVersion;
  h.as_of = as_of;
  h.notice = kNotice;
  h.summary = adjust::summarize(revised.sessions, revised.units);
  h.referrals = adjust::referrals(episodes, policy);
  h.warnings = std::move(warnings);
  h.injuries = injury_reports(episodes, policy, as_of);
  revised.adjusted = std::move(h);
  result.revised = std::move(revised);
  return result;
}

}  // namespace planadj
