// Dates as every output writes them (docs/formats.md#dates): reasons, warnings, the
// batch report, the diff and the plan writers all call this one formatter.
#pragma once

#include <string>

#include "planadj/model.h"

namespace planadj {

/// `2026-03-01` (YYYY-MM-DD); a date that is not a day (not-a-date, infinity) comes out
/// as Boost.Date_Time spells it.
std::string iso_date(const Date& d);

}  // namespace planadj
