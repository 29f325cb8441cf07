// Episodes (docs/rules.md#episodes): the log's entries grouped by injury + side + location, each
// running from its opening entry to its resolution (soft tissue) or clearance (bone).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

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
/// grouped into episodes in the order they opened. An entry that does not open one
/// (see `opens`) while none is open for its injury is dropped.
std::vector<Episode> group_episodes(const std::vector<InjuryEntry>& entries,
                                    std::optional<Date> as_of);

/// Whether an entry opens an episode: pain >= 1 or a bone entry (docs/rules.md#episodes), and also
/// a pop or snap or persisting pain reported as 0/10 — a coach still rests and refers those.
bool opens(const InjuryEntry& e);

/// Whether `e` closes an episode that is (or becomes, with `e`) a bone episode when
/// `bone` is true: `cleared` for bone, `resolved` for soft tissue.
bool closes(const InjuryEntry& e, bool bone);

}  // namespace planadj::adjust
