// Care advice by injury type, from the seed (docs/rules.md#care-advice).
#pragma once

#include <string>
#include <vector>

#include "adjust/episodes.h"

namespace planadj::adjust {

/// The seed's advice for the episode's injury, in a fixed order: ice, foam rolling,
/// shoes, exercises, tape. A bone injury gets only "stop and see a doctor, no rolling".
std::vector<std::string> care_advice(const Episode& ep);

}  // namespace planadj::adjust
