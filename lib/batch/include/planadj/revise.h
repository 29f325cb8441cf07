// One revision of one athlete's plan, shared by `adjust` (and `--in-place`) and each
// athlete of `batch` (docs/batch.md#history): read -> history from the previous
// revision -> adjust (locks honoured, hand edits locked) -> bytes to write.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "planadj/diagnostic.h"
#include "planadj/model.h"

namespace planadj {

/// One input: the name diagnostics give it and its bytes.
struct InputText {
  std::string name;
  std::string text;
};

/// What one revision reads. `previous` is the revision an earlier night wrote (batch:
/// DIR/<athlete>/plan.yaml); `athlete`, when set, is the id every file must name.
struct ReviseInputs {
  InputText plan;
  std::optional<InputText> log;
  std::optional<InputText> previous;
  std::optional<std::string> athlete;
  /// Entries far outside the plan are warnings, not errors (--allow-far-dates,
  /// docs/rules.md#dates-outside-the-plan).
  bool allow_far_dates = false;
};

/// The outcome: `revised` is set when there were no errors. `read` holds the readers'
/// diagnostics (warnings: unknown keys kept, an empty log), `diagnostics` the
/// pipeline's (errors, races in a window, hand edits kept). When there were errors,
/// `referrals` holds what the log's readable entries still raise (readable_referrals);
/// otherwise they are in `revised`'s header.
struct Revision {
  std::optional<Plan> revised;
  std::optional<InjuryLog> log;
  Diagnostics read;
  Diagnostics diagnostics;
  std::vector<Referral> referrals;
  /// Without `as_of`, over a previous revision: how many of the sessions it held (what
  /// the athlete was sent) came out different (docs/batch.md#without---as-of).
  std::optional<std::size_t> sent_sessions_changed;
  bool ok() const { return revised.has_value(); }
};

/// The sessions of a previous revision as the athlete read them, by date and place within
/// the date: kept to compare with after the revision is moved on.
using SentSessions = std::map<std::pair<Date, int>, std::string>;

/// `previous`'s sessions as SentSessions.
SentSessions sent_sessions(const std::vector<Session>& previous);

/// How many of `sent` are missing from `revised` (same date, same place) or read differently.
std::size_t sessions_changed_since(const SentSessions& sent, const std::vector<Session>& revised);

/// The referrals of the entries of `log` that parse, dated up to `as_of`, whatever else
/// is wrong with the athlete's files: an error never hides a red flag
/// (docs/rules.md#red-flags-survive-errors).
std::vector<Referral> readable_referrals(const InputText& log, const Policy& policy,
                                         std::optional<Date> as_of);

/// The referrals of a revised plan's header; none for a plan never revised.
std::vector<Referral> referrals_in(const Plan& revised);

/// True when `text` holds no YAML content: empty, blank lines, comments, `---`.
bool blank_yaml(std::string_view text);

/// Parses the inputs, takes sessions before `as_of` from `previous` (matched by date
/// and position within the date; locked or hand-edited ones after it too), revises
/// with the log under `policy`. An empty or comment-only log means no injuries, with
/// a warning. Never throws for bad input: every problem is a located diagnostic.
Revision revise(const ReviseInputs& in, const Policy& policy, std::optional<Date> as_of);

}  // namespace planadj
