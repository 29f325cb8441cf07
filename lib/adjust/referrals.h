// Referrals (docs/rules.md#referrals): when the coach should send the runner to a professional.
#pragma once

#include <vector>

#include "adjust/episodes.h"
#include "planadj/model.h"

namespace planadj::adjust {

/// Per episode, at most one referral of each kind, at the first entry that raises it:
/// any bone injury; pain >= severe; pop_or_snap; `persists` reported on entries more
/// than 7 days apart; `swelling` on entries more than 3 days apart. Ordered by date,
/// then episode. A referral of a closed episode carries the closing entry's date,
/// `cleared` and notes.
std::vector<Referral> referrals(const std::vector<Episode>& episodes, const Policy& policy);

}  // namespace planadj::adjust
