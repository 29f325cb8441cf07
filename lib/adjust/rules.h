// The rules of docs/rules.md, one file each, named by rule id: bone_stop.cpp,
// acute_rest.cpp, reduced_load.cpp, return_ramp.cpp, race_conflict.cpp.
#pragma once

#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "adjust/fixed_numbers.h"
#include "adjust/timeline.h"
#include "planadj/model.h"

namespace planadj::adjust {

/// The plan being revised and what the rules need to know about each session. A pass
/// of the rules looks at the sessions of `by_date` only: the pipeline hands it the weeks
/// of one entry-date segment (docs/rules.md#pipeline) and the look-back before them. A
/// rule must not read other sessions of `sessions`: the later ones are not revised yet
/// (tests/unit/segments_test.cpp compares with passes over the whole plan).
struct Revision {
  using Range =
      std::pair<std::vector<std::size_t>::const_iterator, std::vector<std::size_t>::const_iterator>;

  const Policy& policy;
  Units units;
  std::vector<Session>& sessions;
  std::vector<DayStatus> status;     ///< by session index (those of by_date); none when frozen
  std::vector<bool> frozen;          ///< by session index: dated before the segment, unchanged
  std::vector<std::size_t> by_date;  ///< the indices of this pass, by date, then file order
  /// Warnings for the `adjusted` header, each with the index of its session.
  std::vector<std::pair<std::size_t, std::string>> warnings;

  /// The part of `by_date` dated from `from` to `to`, both included (binary search).
  Range dated(Date from, Date to) const;
};

/// The longest run of the prior kGrowthCapLookBackDays days of the revision, as a running
/// maximum over `by_date` (docs/rules.md#growth-cap): ask in date order, once every
/// session dated before the day asked has its final value.
class PriorLongest {
 public:
  explicit PriorLongest(const Revision& r) : r_(r) {}
  /// The longest run in [day-30, day-1] in the measure `by_distance` picks (distance,
  /// else minutes of duration-only runs); nullopt when there is none.
  std::optional<double> before(Date day, bool by_distance);

 private:
  // Runs by date with decreasing values: the front is the longest still in the window.
  struct Window {
    std::deque<std::pair<Date, double>> runs;
    void push(Date d, double v);
    std::optional<double> longest_from(Date from);
  };
  const Revision& r_;
  std::size_t next_ = 0;  ///< the first session of by_date not pushed yet
  Window distance_, minutes_;
};

/// race-conflict: a race inside bone-stop or acute-rest becomes rest; inside any other
/// window it stays and a warning asks the coach to decide. True when it was such a race.
bool apply_race_conflict(Revision& r, std::size_t i);

/// `race on 2026-04-26 (City 10K)`: a race named by its route, else its description.
std::string race_name(const Session& race);

/// bone-stop: a running session after a bone entry and before clearance becomes rest.
void apply_bone_stop(Revision& r, std::size_t i);

/// acute-rest: a running session in an acute window becomes rest.
void apply_acute_rest(Revision& r, std::size_t i);

/// reduced-load, per session: volume x factor, speedwork -> easy, flat routes for
/// hill-sensitive injuries.
void apply_reduced_load(Revision& r, std::size_t i);

/// Eases a run as its day's status asks, the part reduced-load and return-ramp share:
/// speedwork -> easy when speedwork is not allowed, volume x factor, flat routes.
void ease_run(Revision& r, std::size_t i);

/// reduced-load, per day and week: no doubles, and at least `min_rest_days_per_week`
/// rest days in each ISO week that has reduced-load days.
void apply_reduced_load_weeks(Revision& r);

/// return-ramp, in date order: stage volume, speedwork as the stage allows, flat
/// routes, and `long_run_growth_cap` against the revised prior 30 days.
void apply_return_ramp(Revision& r);

}  // namespace planadj::adjust
