// The rules run segment by segment (docs/rules.md#new-entries, "Causality in the pipeline"):
// the sessions after one entry date and up to the next are revised knowing only the
// entries up to the first. Each segment is revised once, over its own weeks only, so the
// pipeline is linear in plan length
// (docs/performance.md#the-adjust-pipeline-linear-in-plan-length).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "adjust/episodes.h"
#include "adjust/rules.h"
#include "planadj/model.h"

namespace planadj::adjust {

/// One pass of every rule over the sessions of `r.by_date` (docs/rules.md#pipeline step 5),
/// whose `status` and `frozen` are set: race-conflict, then bone-stop, acute-rest and
/// reduced-load per session, then doubles and weekly rest days, then return-ramp.
void run_rules(Revision& r);

/// Revises `sessions` in place, one entry-date segment at a time, in date order.
class SegmentReviser {
 public:
  SegmentReviser(std::vector<Session>& sessions, const Policy& policy, Units units);

  /// Revises the sessions dated from `freeze` to `until` (to the end when unset) with
  /// the rules for `episodes`, as one pass of every rule over the whole plan would with
  /// every session before `freeze` frozen. Returns the warnings of those sessions, each
  /// with its session's index, in the order the rules gave them.
  std::vector<std::pair<std::size_t, std::string>> revise(const std::vector<Episode>& episodes,
                                                          Date freeze, std::optional<Date> until);

 private:
  using Iter = std::vector<std::size_t>::const_iterator;
  Iter first_on_or_after(Date d) const;
  Iter first_after(Date d) const;
  Iter end_of_week(Iter it, Date d) const;
  std::vector<const Episode*> speaking(const std::vector<Episode>& episodes, Date from);

  std::vector<std::size_t> order_;  ///< every session, by date, then file order
  Revision r_;
  /// Per episode: its entry count when last checked and whether it is then quiet
  /// (status none) past its horizon.
  std::vector<std::pair<std::size_t, bool>> quiet_;
};

}  // namespace planadj::adjust
