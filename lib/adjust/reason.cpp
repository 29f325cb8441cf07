#include "adjust/reason.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "adjust/fixed_numbers.h"
#include "planadj/adjust.h"
#include "planadj/date_text.h"
#include "planadj/plural.h"

namespace planadj::adjust {

std::string injury_label(const Episode& ep) {
  return planadj::injury_label(ep.injury, ep.side, ep.location);
}

std::string percent(double factor) {
  // A percentage to one decimal place: 0.657 -> 65.7 %.
  constexpr double kPercent = 100.0, kTenths = 10.0;
  const double p = std::round(factor * (kPercent * kTenths)) / kTenths;
  std::ostringstream out;
  out << p << '%';
  return out.str();
}

namespace {

// What the athlete last reported, as the coach would recall it: a resolution or a
// clearance ends the injury, 0/10 is pain-free, otherwise the pain and its date.
std::string report(const EpisodeDay& d, bool ramp) {
  const InjuryEntry& e = *d.cause;
  const std::string on = " on " + iso_date(e.date);
  if (e.cleared) return "cleared to run" + on;
  if (e.resolved) return "resolved" + on;
  if (e.pain == 0) return "pain-free" + on;
  return std::string(ramp ? "last pain " : "pain ") + std::to_string(e.pain) + "/10" + on;
}

// `muscle_strain (hamstring, left), severe pain 7/10 on 2026-05-08, felt a pop or snap`:
// the entry that opened the acute window and every trigger it carries.
std::string acute_cause(const EpisodeDay& d, const Policy& policy) {
  const InjuryEntry& e = *d.cause;
  std::string out = injury_label(*d.episode) + ", ";
  if (e.pain >= policy.pain_severe_from) out += "severe ";
  out += "pain " + std::to_string(e.pain) + "/10 on " + iso_date(e.date);
  if (e.persists) out += ", pain persists";
  if (e.swelling) out += ", swelling";
  if (e.pop_or_snap) out += ", felt a pop or snap";
  return out;
}

// `stress_fracture (foot, left), pain 5/10 on 2026-04-09, suspected bone injury since
// 2026-04-02`: the latest report, and the first bone entry when it came earlier.
std::string bone_cause(const EpisodeDay& d) {
  const InjuryEntry& latest = *d.cause;
  const auto& entries = d.episode->entries;
  const auto first =
      std::find_if(entries.begin(), entries.end(), [](const InjuryEntry& e) { return e.bone(); });
  std::string out = injury_label(*d.episode) + ", pain " + std::to_string(latest.pain) + "/10 on " +
                    iso_date(latest.date) + ", suspected bone injury";
  if (first != entries.end() && first->date < latest.date) out += " since " + iso_date(first->date);
  return out;
}

// `rest for 3 days`, or `cross-train for 3 days`: a reason never says rest for a
// cross-training day (docs/rules.md#reasons).
std::string off_for(int days, const Policy& policy) {
  const bool cross = policy.replace_runs_with == Replacement::cross_training;
  return std::string(cross ? "cross-train" : "rest") + " for " + plural(days, "day");
}

std::string flat_routes_clause(const DayStatus& st) {
  if (st.decisive.flat_routes) return ", flat routes";
  if (st.flat_routes && st.flat_routes_for)
    return ", flat routes for " + injury_label(*st.flat_routes_for);
  return "";
}

}  // namespace

std::string bone_stop_reason(const EpisodeDay& d) {
  return bone_cause(d) + ": stop running and see a doctor; no running until a clinician clears you";
}

std::string acute_rest_reason(const EpisodeDay& d, const Policy& policy) {
  return acute_cause(d, policy) + ": " + off_for(acute_rest_days(*d.cause, policy), policy) +
         " (acute phase)";
}

std::string reduced_load_reason(const DayStatus& st) {
  // The pop gate holds reduced-load open (docs/rules.md#awaiting-clearance).
  const std::string gate = st.decisive.awaiting_clearance
                               ? "; awaiting a clinician's clearance after a pop or snap"
                               : "";
  return injury_label(*st.decisive.episode) + ", " + report(st.decisive, false) +
         ": reduce load, no speedwork" + flat_routes_clause(st) + gate;
}

std::string double_reason(const DayStatus& st) {
  return injury_label(*st.decisive.episode) + ", " + report(st.decisive, false) +
         ": second run of the day, no doubles while injured";
}

std::string rest_day_reason(const DayStatus& st, const Policy& policy) {
  const std::string keep = plural(policy.min_rest_days_per_week, "day");
  const std::string why =
      policy.replace_runs_with == Replacement::cross_training
          ? ": cross-train, keep " + keep + " a week without running while injured"
          : ": rest day, keep " + plural(policy.min_rest_days_per_week, "rest day") +
                " a week while injured";
  return injury_label(*st.decisive.episode) + ", " + report(st.decisive, false) + why;
}

std::string return_ramp_reason(const DayStatus& st) {
  const EpisodeDay& d = st.decisive;
  std::string out = injury_label(*d.episode) + ", " + report(d, true) + ": " +
                    (d.bone_ramp ? "bone return ramp" : "return ramp") + " stage " +
                    std::to_string(d.ramp_stage + 1) + " of " + std::to_string(d.ramp_stages) +
                    ", " + percent(st.volume) + " volume";
  if (!st.speedwork) out += ", no speedwork";
  return out + flat_routes_clause(st);
}

std::string growth_cap_clause(const Policy& policy) {
  return ", capped at " + percent(policy.long_run_growth_cap) +
         " of the longest run in the prior " + std::to_string(kGrowthCapLookBackDays) + " days";
}

std::string race_rest_reason(const DayStatus& st, const Policy& policy) {
  if (st.stage == Stage::bone_stop)
    return bone_cause(st.decisive) + ": no racing until a clinician clears you";
  return acute_cause(st.decisive, policy) + ": no racing in the acute phase (" +
         off_for(acute_rest_days(*st.decisive.cause, policy), policy) + ")";
}

}  // namespace planadj::adjust

namespace planadj {

std::string describe_referral(const Referral& r) {
  return injury_label(r.injury, r.side, r.location) + " on " + iso_date(r.date) + ": " + r.reason;
}

}  // namespace planadj
