// What a changed session says (docs/rules.md#changed-sessions): a run made rest or
// cross-training, or speedwork made easy, keeps no workout text of its own; a short
// description says what to do instead and what it replaces.
#pragma once

#include <string>

#include "planadj/model.h"

namespace planadj::adjust {

/// The type as a coach says it, lower case: `long run`, `hill repeats`, `tempo run`.
std::string type_in_words(SessionType t);

/// A run in a few words, for a description that replaces it: its own description when
/// it has one, else its type and volume (`tempo run, 45min`, `long run, 18 km`).
std::string run_in_words(const Session& run, Units units);

/// `Rest day, instead of: 10 x 400 m at 3K pace`, or `Cross-training, instead of: …`.
std::string replaced_run_description(const Session& run, bool cross_training, Units units);

/// `Easy run, flat, instead of: 8 x 60 s uphill hard, jog down` (`flat` when the route
/// was flattened too).
std::string eased_run_description(const Session& speedwork, bool flattened, Units units);

}  // namespace planadj::adjust
