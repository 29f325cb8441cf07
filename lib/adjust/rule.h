// A rule as the pipeline sees it (docs/architecture.md#adding-things): each rule's file
// says *when* it governs an episode's day and *what* it does to the sessions of such
// days, behind the one interface below. The timeline asks the rules strictest first and
// the first whose window holds the day governs it for that episode; the pipeline runs
// each rule's effects in the same order.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <vector>

#include "adjust/timeline.h"

namespace planadj::adjust {

struct Revision;

/// One episode as its entries dated before `day` tell it (an entry acts on the days
/// after its date). What more than one rule derives from them is computed once.
struct EpisodeSoFar {
  EpisodeSoFar(const Episode& ep, Date day, const Policy& policy);

  const Episode& episode;
  Date day;
  const Policy& policy;
  std::size_t known = 0;  ///< entries dated before `day`
  bool bone = false;      ///< a bone entry among them

  const InjuryEntry& latest() const { return episode.entries[known - 1]; }

  /// The union of the acute windows opened so far and the entry whose window holds
  /// `day` (acute_rest.cpp).
  struct Acute {
    std::optional<Date> end;
    const InjuryEntry* cause = nullptr;
  };
  const Acute& acute() const;

  /// The last day of the reduced-load window, or none while a pop waits for its
  /// clearance; `ordinary_end` is where it would end without that gate (reduced_load.cpp).
  struct LoadEnd {
    std::optional<Date> end;
    Date ordinary_end;
  };
  const LoadEnd& load_end() const;

 private:
  mutable std::optional<Acute> acute_;
  mutable std::optional<LoadEnd> load_end_;
};

struct Rule {
  Stage stage;
  /// The rule's say over the day, or a day of stage none outside its window.
  EpisodeDay (*when)(const EpisodeSoFar&);
  /// What it does to one session of a day it governs, in date order (null: nothing).
  void (*apply)(Revision&, std::size_t);
  /// What it does once every session has had its turn: passes over days and weeks
  /// (null: nothing).
  void (*finish)(Revision&);
};

/// How many rules() holds: one per stage that governs days.
inline constexpr std::size_t kRuleCount = 4;
/// bone-stop, acute-rest, reduced-load, return-ramp: strictest first
/// (docs/rules.md#several-episodes-at-once). Adding a rule is adding a row here.
const std::array<Rule, kRuleCount>& rules();

EpisodeDay bone_stop_when(const EpisodeSoFar& so_far);
/// The `cleared` entry that ends a bone stop (after the first bone entry), or null.
const InjuryEntry* bone_clearance(const EpisodeSoFar& so_far);
EpisodeDay acute_rest_when(const EpisodeSoFar& so_far);
EpisodeDay reduced_load_when(const EpisodeSoFar& so_far);
EpisodeDay return_ramp_when(const EpisodeSoFar& so_far);

}  // namespace planadj::adjust
