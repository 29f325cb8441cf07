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

// Restores one optional field; a key that comes back is placed at the end.
template <class T>
void put_back(std::optional<T>& field, const std::optional<T>& original, const char* key,
              std::vector<std::string>& keys) {
  if (!original) return;
  field = original;
  if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.emplace_back(key);
}

}  // namespace

void restore_session(Session& s) {
  if (!s.adjustment) return;
  const Original o = s.adjustment->original;
  s.adjustment.reset();
  drop_key(s.key_order, "adjustment");
  if (o.type) s.type = *o.type;
  put_back(s.distance, o.distance, "distance", s.key_order);
  put_back(s.duration, o.duration, "duration", s.key_order);
  put_back(s.route, o.route, "route", s.key_order);
  put_back(s.elevation_gain, o.elevation_gain, "elevation_gain", s.key_order);
  if (o.terrain) {
    s.terrain = *o.terrain;
    if (!s.terrain) drop_key(s.key_order, "terrain");
    else if (std::find(s.key_order.begin(), s.key_order.end(), "terrain") == s.key_order.end())
      s.key_order.emplace_back("terrain");
  }
}

}  // namespace adjust

Plan restore_original(const Plan& plan) {
  Plan p = plan;
  p.adjusted.reset();
  p.key_order.erase(std::remove(p.key_order.begin(), p.key_order.end(), "adjusted"),
                    p.key_order.end());
  for (auto& s : p.sessions) adjust::restore_session(s);
  return p;
}

}  // namespace planadj
