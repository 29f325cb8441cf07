#include "planadj/injury_label.h"

#include <array>

#include "planadj/enum_words.h"
#include "planadj/letter_case.h"

namespace planadj {

namespace {

using namespace std::literals;

// Each id as a coach says it, indexed by InjuryKind (planadj/model.h); a strain or a
// sprain is named by its location when given.
constexpr std::array kPlainNames{
    "Achilles tendinopathy"sv, "Plantar fasciitis"sv, "IT band syndrome"sv,
    "Runner's knee"sv,         "Muscle strain"sv,     "Sprain"sv,
    "Soft-tissue injury"sv,    "Stress fracture"sv,   "Shin splints"sv,
    "Bone bruise"sv,           "Bone injury"sv};
static_assert(kPlainNames.size() == enum_count(InjuryKind::other_bone), "one name per InjuryKind");

// `left`, `left foot`, `both sides, foot`: the side always first; "both" reads as
// "both sides" (`both foot` is not English).
std::string where(const std::optional<Side>& side, const std::optional<std::string>& location) {
  const std::string loc = location ? *location : "";
  if (side == Side::both) return loc.empty() ? "both sides" : "both sides, " + loc;
  const std::string s = side ? std::string(name_of(*side)) : "";
  if (!s.empty() && !loc.empty()) return s + " " + loc;
  return s + loc;
}

}  // namespace

std::string injury_label(InjuryKind injury, const std::optional<Side>& side,
                         const std::optional<std::string>& location) {
  const bool named_by_location =
      location && !location->empty() &&
      (injury == InjuryKind::muscle_strain || injury == InjuryKind::sprain);
  std::string name = named_by_location ? capitalised(lower(*location)) +
                                             (injury == InjuryKind::sprain ? " sprain" : " strain")
                                       : std::string(word_of(kPlainNames, injury));
  const std::string detail = where(side, named_by_location ? std::nullopt : location);
  return detail.empty() ? name : name + " (" + detail + ")";
}

}  // namespace planadj
