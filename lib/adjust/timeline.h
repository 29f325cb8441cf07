// The timeline (docs/rules.md#timeline): for each episode and each day, which rule governs the
// runs of that day, and how hard; then the strictest of all episodes per day.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "adjust/episodes.h"
#include "planadj/model.h"

namespace planadj::adjust {

/// The rule governing a day, in strictness order (docs/rules.md#several-episodes-at-once).
enum class Stage { none, return_ramp, reduced_load, acute_rest, bone_stop };

/// The rule id of a stage: bone-stop, acute-rest, reduced-load, return-ramp ("" for none).
std::string_view rule_id(Stage s);

/// One episode's say over one day.
struct EpisodeDay {
  Stage stage = Stage::none;
  const Episode* episode = nullptr;
  const InjuryEntry* cause = nullptr;  ///< the entry the reason names
  int ramp_stage = -1;                 ///< 0-based stage in a return ramp
  int ramp_stages = 0;                 ///< how many stages that ramp has
  bool bone_ramp = false;              ///< the ramp is `bone_return_ramp`
  double volume = 1.0;                 ///< volume factor, 0..1
  bool speedwork = true;               ///< speedwork allowed
  bool flat_routes = false;            ///< hilly/rolling routes become flat
  /// reduced-load goes on only because a pop waits for a `cleared` entry (docs/rules.md)
  bool awaiting_clearance = false;
};

/// The name of a day's phase in `adjusted.injuries`: the rule id, or
/// `awaiting-clearance` for reduced-load held by the pop gate ("" for none).
std::string_view phase_name(const EpisodeDay& d);

/// The status of `day` for one episode, from its entries dated before `day` only
/// (an entry acts on the days after its date, so later entries never change it).
EpisodeDay episode_day(const Episode& ep, Date day, const Policy& policy);

/// Every episode combined: the strictest stage wins, volume factors take the
/// minimum, flat routes and no-speedwork apply if any episode asks.
struct DayStatus {
  Stage stage = Stage::none;
  double volume = 1.0;
  bool speedwork = true;
  bool flat_routes = false;
  EpisodeDay decisive;  ///< the episode whose stage won (names the reason)
  /// The first episode asking for flat routes (it may not be the decisive one).
  const Episode* flat_routes_for = nullptr;
};

/// The combined status of `day` over `episodes`.
DayStatus day_status(const std::vector<Episode>& episodes, Date day, const Policy& policy);

/// The same over some of them, in the same order: the pipeline leaves out the episodes
/// it knows say nothing about the days it revises (see `episode_horizon_days`).
DayStatus day_status(const std::vector<const Episode*>& episodes, Date day, const Policy& policy);

/// How many days after an episode's last entry its status can still change: past
/// `last_date() + episode_horizon_days(policy)` every day has the status of the day after
/// it (none, or an open-ended bone stop or wait for clearance). Bounds the longest
/// acute window, the reduced-load tail and the longer return ramp.
long episode_horizon_days(const Policy& policy);

/// The episode's consecutive runs of one rule, from its first entry on; a bone stop
/// without clearance is open-ended (`to` unset).
std::vector<Phase> episode_phases(const Episode& ep, const Policy& policy);

// What the rules' windows are built from, for the reasons and the care advice too; each
// is defined in the file of the rule it belongs to.

/// The reduced-load volume factor for a pain rating (docs/rules.md#reduced-load,
/// `reduced_load.volume`; reduced_load.cpp).
double pain_volume_factor(int pain, const Policy& policy);

/// The acute rest days an entry asks for: the largest matching `acute_rest_days`, or 0
/// (acute_rest.cpp).
int acute_rest_days(const InjuryEntry& e, const Policy& policy);

/// Whether the episode's injury takes flat routes: `reduced_load.hill_sensitive` names
/// its id, or `id:location` with its location (compared without regard to case).
bool hill_sensitive(const Episode& ep, const Policy& policy);

/// Whether the episode waits for a `cleared` entry before its return ramp: a soft-tissue
/// episode with a pop or snap under `pop_needs_clearance` (bone episodes always do;
/// reduced_load.cpp).
bool needs_clearance(const Episode& ep, const Policy& policy);

}  // namespace planadj::adjust
