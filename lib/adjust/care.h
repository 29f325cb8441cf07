// Care advice by injury type and phase, from the seed (docs/rules.md#care-advice).
#pragma once

#include <string>
#include <vector>

#include "adjust/episodes.h"

namespace planadj::adjust {

/// The seed's advice for `ep`, in a fixed order: ice, foam rolling, shoes, exercises,
/// tape; chosen for the phase the log's latest entry leaves the episode in (the day
/// after the latest entry of `all`): ice only while inflamed (acute rest, reduced
/// load), return advice for a cleared bone injury, and no exercise that loads a body
/// part another episode of `all` holds in a bone stop that day.
std::vector<std::string> care_advice(const Episode& ep, const std::vector<Episode>& all,
                                     const Policy& policy);

}  // namespace planadj::adjust
