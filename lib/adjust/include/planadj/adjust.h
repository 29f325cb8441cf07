// The adjustment pipeline (docs/rules.md#pipeline): episodes -> a day-by-day timeline -> rules
// applied to sessions. Pure: no files, no clock.
#pragma once

#include <optional>
#include <string>

#include "planadj/diagnostic.h"
#include "planadj/model.h"

namespace planadj {

struct AdjustResult {
  Plan revised;             ///< the plan with rules applied and the `adjusted` header
  Diagnostics diagnostics;  ///< errors (e.g. log for another athlete) and warnings
};

/// Revises `plan` for the injuries in `log` (null: no injuries) under `policy`.
/// Sessions before `as_of` never change and entries after it are ignored.
/// A plan that already carries `adjustment.original` blocks is restored first.
AdjustResult adjust_plan(const Plan& plan, const InjuryLog* log, const Policy& policy,
                         std::optional<Date> as_of);

/// A referral as one line of text, e.g. `Achilles tendinopathy (left) on 2026-03-01:
/// severe pain (8/10): see a medical professional` (the injury in plain words).
std::string describe_referral(const Referral& r);

/// The plan as it was before any adjustment: each session restored from
/// `adjustment.original`, the `adjusted` header dropped.
Plan restore_original(const Plan& plan);

/// One session as it was before the tool touched it: every field held in
/// `adjustment.original` put back, the adjustment dropped. The one restore that
/// `adjust` (restore before re-adjusting, the summary) and `diff` (tool or hand?) share.
Session original_session(const Session& revised);

/// What one change of a session counts for in a summary (docs/rules.md#summary): the
/// one decision the `adjusted.summary` header and `diff`'s summary share.
struct ChangeCounts {
  bool speedwork_replaced = false;  ///< speedwork before, not speedwork after
  bool route_flattened = false;     ///< a run whose terrain was not flat and now is
};
ChangeCounts count_change(const Session& before, Units units_before, const Session& after,
                          Units units_after);

}  // namespace planadj
