// The `adjusted.summary` numbers (docs/rules.md#summary).
#pragma once

#include <vector>

#include "planadj/model.h"

namespace planadj::adjust {

/// Counts over the revised sessions, comparing each with its restored original:
/// sessions with an adjustment; days that had a run and now have none; speedwork
/// sessions no longer speedwork; flattened routes; running distance (and minutes of
/// duration-only runs) before and after, rounded to 0.1.
Summary summarize(const std::vector<Session>& revised, Units units);

}  // namespace planadj::adjust
