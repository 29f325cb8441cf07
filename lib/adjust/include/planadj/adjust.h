// The adjustment pipeline (docs/rules.md#pipeline): episodes -> a day-by-day timeline -> rules
// applied to sessions. Pure: no files, no clock.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
/// `plan` is taken by value and revised in place: a caller done with its plan moves it
/// in, and no session is copied (docs/performance.md, "The nightly loop").
/// An entry dated more than 28 days outside the plan is an error (nothing revised).
AdjustResult adjust_plan(Plan plan, const InjuryLog* log, const Policy& policy,
                         std::optional<Date> as_of);
/// adjust_plan; with `allow_far_dates` (--allow-far-dates) an entry far outside the plan
/// is a warning instead (docs/rules.md#dates-outside-the-plan).
AdjustResult adjust_plan_with(Plan plan, const InjuryLog* log, const Policy& policy,
                              std::optional<Date> as_of, bool allow_far_dates);

/// How the warning for a red-flag entry dated after --as-of ends, so the batch report
/// can list it apart, at the top (docs/batch.md#reportjson).
inline constexpr std::string_view kDatedInTheFuture = "dated in the future: is the date right?";

/// The referrals `entries` give on their own, from the entries dated on or before `as_of`
/// (all when unset), grouped into episodes as the rules group them (an entry that cannot
/// be placed is skipped). The same referrals the revision's header lists: what an athlete
/// whose plan cannot be revised tonight is still told (docs/rules.md#red-flags-survive-errors).
std::vector<Referral> referrals_of(const std::vector<InjuryEntry>& entries, const Policy& policy,
                                   std::optional<Date> as_of);

/// An error for each entry whose `location` is not a known place of its injury
/// (known_locations, and the policy's `locations`), with "did you mean"
/// (docs/formats.md#locations). Part of the log's checks before any rule runs.
void check_locations(const std::vector<InjuryEntry>& entries, const Policy& policy,
                     Diagnostics& ds);

/// A referral as one line of text, e.g. `Achilles tendinopathy (left) on 2026-03-01:
/// severe pain (8/10): see a medical professional` (the injury in plain words).
std::string describe_referral(const Referral& r);

/// The values of the fields `s.adjustment->original` names, as the session holds them
/// now: what the tool wrote, recorded as `adjustment.wrote`.
Original written_values(const Session& s);

/// True when `s` no longer holds what the tool recorded it wrote (`adjustment.wrote`):
/// the coach edited it by hand (docs/rules.md#locked-sessions).
bool edited_by_hand(const Session& s);

/// Marks every session edited by hand `locked`; returns how many it marked.
std::size_t lock_hand_edits(Plan& plan);

/// `plan` with its sessions dated before `as_of` taken from `previous` (an earlier
/// revision), matched by date and position within the date; from `as_of` on (every
/// session without `as_of`) only the sessions the coach locked or edited by hand in
/// `previous` are taken. A session of `plan` with no match stays as it is
/// (docs/batch.md#history). Both are taken by value: the sessions taken are moved out
/// of `previous`, so a caller done with the two moves them in and nothing is copied.
Plan with_history(Plan plan, Plan previous, std::optional<Date> as_of);

/// The warning of a race the tool called off, in the words it was called off with
/// (`race on 2026-04-26 (City 10K) is off: …`), from the session as revised; nullopt for
/// any other session. A race called off before --as-of keeps this warning in the header
/// (docs/rules.md, "Races called off, as built").
std::optional<std::string> called_off_warning(const Session& revised);

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

/// Two plan numbers (distances, minutes, volumes) closer than this are the same number:
/// far below the rounding steps of docs/rules.md#rounding, far above a double's error.
inline constexpr double kSameNumberSlack = 1e-9;

/// Whether a scalar's quotes count when two values are compared.
enum class Quoting { compared, ignored };
/// True when two values copied from the input say the same: kind, text, items and
/// entries in order. A session kept as the coach wrote it compares quotes too (`"5"` is
/// not `5`: docs/batch.md#history); `diff`'s unknown keys do not. The one comparison of
/// values that `adjust` and `diff` share.
bool same_value(const Value& a, const Value& b, Quoting quoting);

}  // namespace planadj
