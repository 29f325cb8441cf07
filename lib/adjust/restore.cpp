#include "adjust/restore.h"

#include <algorithm>
#include <string>
#include <vector>

#include "planadj/adjust.h"

namespace planadj {
namespace adjust {

namespace {

void drop_key(std::vector<std::string>& keys, const std::string& key) {
  keys.erase(std::remove(keys.begin(), keys.end(), key), keys.end());
}

// Restores one optional field. A key that comes back but is missing from the key
// order is left to the writer, which places it in its canonical position.
template <class T>
void put_back(std::optional<T>& field, const std::optional<T>& original) {
  if (original) field = original;
}

}  // namespace

void restore_session(Session& s) {
  if (!s.adjustment) return;
  const Original o = s.adjustment->original;
  s.adjustment.reset();
  drop_key(s.key_order, "adjustment");
  if (o.type) s.type = *o.type;
  put_back(s.distance, o.distance);
  put_back(s.duration, o.duration);
  if (o.duration_added && !o.duration) {
    // The tool wrote the time where the distance stood: the distance goes back there.
    s.duration.reset();
    auto& keys = s.key_order;
    const auto at = std::find(keys.begin(), keys.end(), "duration");
    if (at != keys.end() && std::find(keys.begin(), keys.end(), "distance") == keys.end())
      *at = "distance";
    else
      drop_key(keys, "duration");
  }
  put_back(s.route, o.route);
  put_back(s.elevation_gain, o.elevation_gain);
  if (o.terrain) {
    s.terrain = *o.terrain;
    if (!s.terrain) drop_key(s.key_order, "terrain");
  }
  if (o.description) {
    s.description = *o.description;
    if (!s.description) drop_key(s.key_order, "description");
  }
}

void drop_adjusted_header(Plan& plan) {
  plan.adjusted.reset();
  drop_key(plan.key_order, "adjusted");
}

}  // namespace adjust

Plan restore_original(const Plan& plan) {
  Plan p = plan;
  adjust::drop_adjusted_header(p);
  for (auto& s : p.sessions) adjust::restore_session(s);
  return p;
}

Session original_session(const Session& revised) {
  Session s = revised;
  adjust::restore_session(s);
  return s;
}

}  // namespace planadj
