// ISO weeks, Monday to Sunday (docs/rules.md#terms): the one home of the calendar
// arithmetic that weekly rest days, the pipeline's segments, the athlete's message and
// `diff`'s weekly totals share.
#pragma once

#include "planadj/model.h"

namespace planadj {

/// The Monday of `d`'s ISO week.
Date iso_monday(Date d);
/// The Sunday that ends the ISO week starting on `monday`.
Date iso_sunday(Date monday);
/// The ISO year of the week starting on `monday`: the year of its Thursday (ISO 8601).
int iso_year(Date monday);

}  // namespace planadj
