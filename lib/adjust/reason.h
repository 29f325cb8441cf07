// The human sentences of adjustments, referrals and warnings. Every
// `adjustment.reason` is built here, so they all read the same way: the injury, what
// the athlete reported and when, then what the coach changes and why.
#pragma once

#include <string>

#include "adjust/episodes.h"
#include "adjust/timeline.h"
#include "planadj/injury_label.h"

namespace planadj::adjust {

/// The episode's injury in plain words (planadj/injury_label.h): `Achilles tendinopathy
/// (left)`, `Hamstring strain (right)`.
std::string injury_label(const Episode& ep);
using ::planadj::injury_label;

/// A percentage without trailing zeros: 0.8 -> `80%`, 0.65 -> `65%`.
std::string percent(double factor);

/// bone-stop: `Stress fracture (left foot), suspected bone injury on 2026-04-02:
/// stop running and see a doctor, no running until a clinician clears you`.
std::string bone_stop_reason(const EpisodeDay& d);

/// acute-rest: `Hamstring strain (left), severe pain 7/10 on 2026-05-08, felt
/// a pop or snap: rest for 7 days (acute phase)` — every trigger that applied.
std::string acute_rest_reason(const EpisodeDay& d, const Policy& policy);

/// reduced-load, per session: `…, pain 4/10 on 2026-03-01: reduce load, no
/// speedwork[, flat routes]`; flat routes only when they apply to the session.
std::string reduced_load_reason(const DayStatus& st);

/// reduced-load, a later run of the same day: `…: second run of the day, no doubles
/// while injured`.
std::string double_reason(const DayStatus& st);

/// reduced-load, a weekly rest day: `…: rest day, keep 2 rest days a week while injured`.
std::string rest_day_reason(const DayStatus& st, const Policy& policy);

/// return-ramp: `…, resolved on 2026-03-20: return ramp stage 1 of 2, 80% volume, no
/// speedwork, flat routes`; `cleared to run on …: bone return ramp …` after a bone stop.
std::string return_ramp_reason(const DayStatus& st);

/// What a return-ramp reason gains when the growth cap shortened the run.
std::string growth_cap_clause(const Policy& policy);

/// race-conflict, a race that becomes rest in a bone stop or an acute window.
std::string race_rest_reason(const DayStatus& st, const Policy& policy);

}  // namespace planadj::adjust
