// The one name of an injury for people to read: reasons, standard error, the batch
// report, the diff and the athlete's message all call it, so they all say the same
// thing (docs/rules.md#reasons). Machine-facing fields keep the ids.
#pragma once

#include <optional>
#include <string>

#include "planadj/model.h"

namespace planadj {

/// The injury in plain words, side before location: `Achilles tendinopathy (left)`,
/// `Hamstring strain (left)`, `Stress fracture (left foot)`, `IT band syndrome`.
/// A strain or sprain takes its location into the name (`Ankle sprain (right)`).
std::string injury_label(InjuryKind injury, const std::optional<Side>& side,
                         const std::optional<std::string>& location);

}  // namespace planadj
