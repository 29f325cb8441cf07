// The inline SVG chart of the HTML diff (private to lib/diff).
#pragma once

#include <string>

#include "planadj/diff.h"

namespace planadj::diff_html {

/// An inline <svg> bar chart: per ISO week a pair of bars (before, after) with
/// class `bar bar-before` / `bar bar-after`, axis labels, a legend, and the
/// revision's injury phases shaded behind the bars. Distance; minutes when the
/// plans have no distances at all.
std::string volume_chart(const PlanDiff& d);

}  // namespace planadj::diff_html
