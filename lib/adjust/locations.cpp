// Known locations (docs/formats.md#locations): an entry's `location` is one of its injury's
// places, or one the policy adds. A typo would otherwise open an episode of its own, so the
// real injury would stay at its old level and the message would show two injuries.
#include <algorithm>

#include "planadj/adjust.h"
#include "planadj/date_text.h"
#include "planadj/did_you_mean.h"

namespace planadj {

void check_locations(const std::vector<InjuryEntry>& entries, const Policy& policy,
                     Diagnostics& ds) {
  for (const InjuryEntry& e : entries) {
    if (!e.location) continue;
    std::vector<std::string_view> places = known_locations(e.injury);
    if (places.empty()) continue;  // other_soft_tissue, other_bone: any place
    for (const ExtraLocation& x : policy.extra_locations)
      if (x.injury == e.injury) places.push_back(x.location);
    if (std::find(places.begin(), places.end(), *e.location) != places.end()) continue;
    const std::string id(name_of(e.injury));
    add_error(ds, e.where,
              "unknown location '" + *e.location + "' for " + id + " on " + iso_date(e.date) +
                  suggestion(*e.location, places) + "; a policy adds a place with locations: [\"" +
                  id + ":" + *e.location + "\"]");
  }
}

}  // namespace planadj
