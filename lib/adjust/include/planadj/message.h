// The athlete's message (docs/formats.md#athlete-message): a short Markdown note the
// coach can paste to the athlete, in plain words: any referral first, why the plan
// changes, what changes this week and next, then the care. Pure: no files, no clock.
#pragma once

#include <optional>
#include <string>

#include "planadj/model.h"

namespace planadj {

/// The day a message is written for: --as-of, but never before the day after the
/// log's latest entry on or before it (the first day that entry acts on); without
/// --as-of, that day after the latest entry. nullopt when there is neither (no log, no
/// entries, no --as-of). The same day the header's injuries are judged on
/// (docs/rules.md#status-and-phases).
std::optional<Date> message_day(const InjuryLog* log, std::optional<Date> as_of);

/// The message for `revised` (a plan `adjust_plan` returned), written for `day`: "this
/// week" is the ISO week (Monday to Sunday) holding `day`, "next week" the one after.
/// Without a day, this week is the one of the first changed session.
std::string write_athlete_message(const Plan& revised, std::optional<Date> day);

}  // namespace planadj
