#include "adjust/episodes.h"

#include <algorithm>

namespace planadj::adjust {

bool Episode::bone() const {
  return std::any_of(entries.begin(), entries.end(),
                     [](const InjuryEntry& e) { return e.bone(); });
}

bool closes(const InjuryEntry& e, bool bone) { return bone ? e.cleared : e.resolved; }

bool opens(const InjuryEntry& e) { return e.pain >= 1 || e.bone() || e.pop_or_snap || e.persists; }

namespace {

bool same_injury(const Episode& ep, const InjuryEntry& e) {
  return ep.injury == e.injury && ep.side == e.side && ep.location == e.location;
}

}  // namespace

std::vector<Episode> group_episodes(const std::vector<InjuryEntry>& entries,
                                    std::optional<Date> as_of) {
  std::vector<InjuryEntry> sorted;
  for (const auto& e : entries)
    if (!as_of || e.date <= *as_of) sorted.push_back(e);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const InjuryEntry& a, const InjuryEntry& b) { return a.date < b.date; });

  std::vector<Episode> episodes;
  for (const auto& e : sorted) {
    auto open = std::find_if(episodes.begin(), episodes.end(), [&](const Episode& ep) {
      return !ep.closed && same_injury(ep, e);
    });
    if (open == episodes.end()) {
      if (!opens(e)) continue;  // a pain-free report with no open episode
      Episode ep;
      ep.injury = e.injury;
      ep.side = e.side;
      ep.location = e.location;
      episodes.push_back(std::move(ep));
      open = episodes.end() - 1;
    }
    open->entries.push_back(e);
    if (closes(e, open->bone())) open->closed = true;
  }
  return episodes;
}

}  // namespace planadj::adjust
