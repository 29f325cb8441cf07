// The human sentences of adjustments, referrals and warnings.
#pragma once

#include <string>

#include "adjust/episodes.h"
#include "adjust/timeline.h"

namespace planadj::adjust {

/// `2026-03-01`.
std::string iso(Date d);

/// The injury as a coach names it: `achilles_tendinopathy (left)`,
/// `muscle_strain (hamstring, right)`, `itbs`.
std::string injury_label(const Episode& ep);
std::string injury_label(InjuryKind injury, const std::optional<Side>& side,
                         const std::optional<std::string>& location);

/// `achilles_tendinopathy (left), pain 4/10 on 2026-03-01` for the decisive episode.
std::string reason_prefix(const EpisodeDay& d);

/// A percentage without trailing zeros: 0.8 -> `80%`, 0.65 -> `65%`.
std::string percent(double factor);

}  // namespace planadj::adjust
