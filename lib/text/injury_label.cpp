#include "planadj/injury_label.h"

#include <cctype>

namespace planadj {

namespace {

// Each id as a coach says it; a strain or a sprain is named by its location when given.
std::string plain_name(InjuryKind k) {
  switch (k) {
    case InjuryKind::achilles_tendinopathy:
      return "Achilles tendinopathy";
    case InjuryKind::plantar_fasciitis:
      return "Plantar fasciitis";
    case InjuryKind::itbs:
      return "IT band syndrome";
    case InjuryKind::runners_knee:
      return "Runner's knee";
    case InjuryKind::muscle_strain:
      return "Muscle strain";
    case InjuryKind::sprain:
      return "Sprain";
    case InjuryKind::other_soft_tissue:
      return "Soft-tissue injury";
    case InjuryKind::stress_fracture:
      return "Stress fracture";
    case InjuryKind::shin_splints:
      return "Shin splints";
    case InjuryKind::bone_bruise:
      return "Bone bruise";
    case InjuryKind::other_bone:
      return "Bone injury";
  }
  return "Injury";
}

std::string capitalised(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

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
                                       : plain_name(injury);
  const std::string detail = where(side, named_by_location ? std::nullopt : location);
  return detail.empty() ? name : name + " (" + detail + ")";
}

}  // namespace planadj
