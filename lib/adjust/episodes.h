// Episodes (docs/rules.md#episodes): the log's entries grouped by injury + side + location, each
// running from its opening entry to its resolution (soft tissue) or a clinician's clearance
// (bone, and soft tissue after a pop under `pop_needs_clearance`).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "planadj/diagnostic.h"
#include "planadj/model.h"

namespace planadj::adjust {

/// One injury, from the entry that opened it to the one that closed it (if any).
struct Episode {
  InjuryKind injury = InjuryKind::other_soft_tissue;
  std::optional<Side> side;
  std::optional<std::string> location;
  std::vector<InjuryEntry> entries;  ///< date order; only the last one may close it
  bool closed = false;

  /// True when any entry is a bone entry (type or `suspected_bone`).
  bool bone() const;
  Date first_date() const { return entries.front().date; }
  Date last_date() const { return entries.back().date; }
};

/// The entries dated on or before `as_of` (all when unset), sorted by date (stable),
/// grouped into episodes in the order they opened. An entry joins the open episode with
/// exactly its injury, side and location; one that leaves out side or location joins
/// the one open episode of its injury that fits. Added to `problems` (when given), and
/// the entry skipped: several open episodes fit (an error listing them), or a
/// `resolved`/`cleared` entry fits none (an error naming the open ones) unless it
/// reports soft-tissue symptoms itself. Any other entry that does not open an episode
/// (see `opens`) while none fits is dropped.
std::vector<Episode> group_episodes(const std::vector<InjuryEntry>& entries,
                                    std::optional<Date> as_of, const Policy& policy = Policy{},
                                    Diagnostics* problems = nullptr);

/// group_episodes one entry at a time, for the pipeline that revises segment by segment
/// (docs/rules.md#pipeline): after adding, in date order, the entries dated up to a day,
/// `episodes()` is what group_episodes gives for that day (each entry joins or opens an
/// episode knowing only the entries before it, so a prefix groups the same).
class EpisodeGrouper {
 public:
  explicit EpisodeGrouper(const Policy& policy, Diagnostics* problems = nullptr)
      : policy_(policy), problems_(problems) {}
  /// Adds the next entry (none may be dated before the last one added).
  void add(const InjuryEntry& e);
  const std::vector<Episode>& episodes() const { return episodes_; }
  std::vector<Episode> take() { return std::move(episodes_); }

 private:
  const Policy& policy_;
  Diagnostics* problems_;
  std::vector<Episode> episodes_;
};

/// The entries dated on or before `as_of` (all when unset), sorted by date (stable).
std::vector<InjuryEntry> entries_up_to(const std::vector<InjuryEntry>& entries,
                                       std::optional<Date> as_of);

/// Whether an entry opens an episode: pain >= 1, `persists`, `pop_or_snap`, `swelling`
/// or a bone entry (docs/rules.md#episodes; a coach still rests and refers a pop reported as 0/10).
bool opens(const InjuryEntry& e);

/// Warnings for `resolved` entries of episodes that wait for a clinician (a bone
/// injury, or a pop under `pop_needs_clearance`): only `cleared: true` lifts the gate.
/// Each comes with the location of its entry.
std::vector<std::pair<Location, std::string>> clearance_warnings(
    const std::vector<Episode>& episodes, const Policy& policy);

/// Entries dated more than kEntryDateSlackDays (fixed_numbers.h) before `first` or after
/// `last` (the plan's first and last sessions): errors, or warnings with
/// `allow_far_dates`. A warning ending in kDatedInTheFuture for an entry after `as_of`
/// with a red flag (severe pain, pop or snap, swelling, bone), and a note when `as_of` is
/// earlier than every entry (then no entry is used).
void check_entry_dates(const std::vector<InjuryEntry>& entries, Date first, Date last,
                       std::optional<Date> as_of, const Policy& policy, bool allow_far_dates,
                       Diagnostics& ds);

/// Every check of the log against the plan before any rule runs: unknown locations
/// (check_locations), the grouping problems of `group_episodes` and `check_entry_dates`.
/// False when one is an error.
bool check_log(const Plan& plan, const InjuryLog& log, const Policy& policy,
               std::optional<Date> as_of, bool allow_far_dates, Diagnostics& ds);

}  // namespace planadj::adjust
