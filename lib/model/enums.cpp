#include <algorithm>

#include "planadj/model.h"

namespace planadj {
namespace {

template <class E>
std::optional<E> parse_from(const std::vector<std::string_view>& names, std::string_view s) {
  auto it = std::find(names.begin(), names.end(), s);
  if (it == names.end()) return std::nullopt;
  return static_cast<E>(it - names.begin());
}

}  // namespace

const std::vector<std::string_view>& session_type_names() {
  static const std::vector<std::string_view> names{
      "rest",  "cross_training", "strength", "recovery",     "easy",      "long", "progression",
      "tempo", "threshold",      "fartlek",  "hill_repeats", "intervals", "race"};
  return names;
}
const std::vector<std::string_view>& terrain_names() {
  static const std::vector<std::string_view> names{"flat", "rolling", "hilly"};
  return names;
}
const std::vector<std::string_view>& units_names() {
  static const std::vector<std::string_view> names{"km", "mi"};
  return names;
}
const std::vector<std::string_view>& injury_kind_names() {
  static const std::vector<std::string_view> names{
      "achilles_tendinopathy", "plantar_fasciitis", "itbs",
      "runners_knee",          "muscle_strain",     "sprain",
      "other_soft_tissue",     "stress_fracture",   "shin_splints",
      "bone_bruise",           "other_bone"};
  return names;
}
const std::vector<std::string_view>& side_names() {
  static const std::vector<std::string_view> names{"left", "right", "both"};
  return names;
}

std::string_view name_of(SessionType t) { return session_type_names()[static_cast<int>(t)]; }
std::string_view name_of(Terrain t) { return terrain_names()[static_cast<int>(t)]; }
std::string_view name_of(Units u) { return units_names()[static_cast<int>(u)]; }
std::string_view name_of(InjuryKind k) { return injury_kind_names()[static_cast<int>(k)]; }
std::string_view name_of(Side s) { return side_names()[static_cast<int>(s)]; }

std::optional<SessionType> parse_session_type(std::string_view s) {
  return parse_from<SessionType>(session_type_names(), s);
}
std::optional<Terrain> parse_terrain(std::string_view s) {
  return parse_from<Terrain>(terrain_names(), s);
}
std::optional<Units> parse_units(std::string_view s) { return parse_from<Units>(units_names(), s); }
std::optional<InjuryKind> parse_injury_kind(std::string_view s) {
  return parse_from<InjuryKind>(injury_kind_names(), s);
}
std::optional<Side> parse_side(std::string_view s) { return parse_from<Side>(side_names(), s); }

int intensity(SessionType t) {
  const int i = static_cast<int>(t);
  // strength ties with cross_training; everything after it moves down one.
  return i <= 1 ? i : i - 1;
}

bool is_speedwork(SessionType t) {
  return t >= SessionType::progression && t <= SessionType::intervals;
}

bool is_running(SessionType t) {
  return t != SessionType::rest && t != SessionType::cross_training && t != SessionType::strength;
}

bool is_bone(InjuryKind k) { return k >= InjuryKind::stress_fracture; }

Terrain effective_terrain(const Session& s, Units units) {
  if (s.terrain) return *s.terrain;
  if (!s.elevation_gain || !s.distance || *s.distance <= 0) return Terrain::flat;
  // docs/rules.md#terms: hilly above 15 m per km (24 m per mile), rolling above half that.
  constexpr double kHillyMetresPerKm = 15.0, kHillyMetresPerMile = 24.0;
  const double per_unit = *s.elevation_gain / *s.distance;
  const double hilly = units == Units::km ? kHillyMetresPerKm : kHillyMetresPerMile;
  if (per_unit > hilly) return Terrain::hilly;
  if (per_unit > hilly / 2) return Terrain::rolling;
  return Terrain::flat;
}

}  // namespace planadj
