// Session types in words for people: the athlete's message, replaced sessions'
// descriptions and the iCalendar titles all say a type the same way
// (docs/rules.md#changed-sessions, docs/formats.md#plan-json-and-ics). Machine-facing
// fields keep the YAML spelling (`name_of` in planadj/model.h).
#pragma once

#include <string>
#include <string_view>

#include "planadj/model.h"

namespace planadj {

/// The type as a coach says it, lower case: `long run`, `hill repeats`, `cross-training`.
std::string_view words_of(SessionType t);

/// The same words capitalised, for a title: `Long run`, `Hill repeats`, `Rest`.
std::string title_of(SessionType t);

}  // namespace planadj
