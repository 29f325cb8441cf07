// The weekly volume chart of the HTML pages, in one home: the diff page draws it once,
// the batch report (docs/batch.md#reporthtml) once per injured athlete.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "planadj/diff.h"
#include "planadj/model.h"

namespace planadj {

/// What the chart draws, and all a batch keeps of an injured athlete's two plans:
/// each ISO week's totals before and after, and the revision's injury phases.
struct WeeklyVolumes {
  Units units = Units::km;  ///< of the weekly distances: the original plan's
  std::vector<WeekDiff> weeks;
  std::vector<PhaseShade> phases;
};

/// The `weeks`, `phases` and `units` of diff_plans(original, revised), without the
/// rest of the diff (no session is copied or compared).
WeeklyVolumes weekly_volumes(const Plan& original, const Plan& revised);

struct ChartOptions {
  std::string id = "volume-chart";  ///< the <svg>'s id; empty for none
  std::string css_class;            ///< the <svg>'s class; empty for none
  /// Marks this day with a "today" line when it falls within the charted weeks.
  std::optional<Date> today;
  /// For a page of many charts: each side's bars one <path> (class `bars bars-before`,
  /// `bars bars-after`), no tooltips, no percent per week, one label row.
  bool compact = false;
};

/// An inline <svg> bar chart: per ISO week a pair of bars (before, after) with
/// class `bar bar-before` / `bar bar-after`, axis labels, a legend, and the
/// revision's injury phases shaded behind the bars. Distance; minutes when the
/// plans have no distances at all. Empty when there are no weeks.
std::string volume_chart(Units units, const std::vector<WeekDiff>& weeks,
                         const std::vector<PhaseShade>& phases, const ChartOptions& options = {});

/// volume_chart of a diff's weeks and phases.
inline std::string volume_chart(const PlanDiff& d, const ChartOptions& options = {}) {
  return volume_chart(d.units, d.weeks, d.phases, options);
}

/// volume_chart of a batch's kept volumes.
inline std::string volume_chart(const WeeklyVolumes& v, const ChartOptions& options = {}) {
  return volume_chart(v.units, v.weeks, v.phases, options);
}

}  // namespace planadj
