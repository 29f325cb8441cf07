// `plan-adjust validate ROSTER`: a whole roster checked the way `batch` reads it
// (docs/batch.md#checking-a-roster-validate).
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "planadj/model.h"

namespace planadj {

/// Lists `roster` (a folder or a manifest) with the batch's roster reader and checks every
/// athlete with batch::check_athlete, printing each athlete's diagnostics to `err` as it
/// goes. Writes `ROSTER: ok (roster, N athletes)` to `out` when no athlete has an error;
/// otherwise one `ROSTER: error: K of N athletes invalid: ...` line to `err`. Writes no
/// file. True when valid.
bool validate_roster(const std::string& roster, const Policy& policy, std::optional<Date> as_of,
                     bool allow_far_dates, std::ostream& out, std::ostream& err);

}  // namespace planadj
