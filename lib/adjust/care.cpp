#include "adjust/care.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "adjust/timeline.h"
#include "planadj/letter_case.h"

namespace planadj::adjust {

namespace {

// The body parts an exercise loads, coarse on purpose: the seed's exercises work the
// foot and lower leg (heel drops, towel scrunches) or the hips (clamshells, banded
// walks, glute bridges) (docs/rules.md#care-advice).
enum class Region { lower_leg, hip, other };

bool in(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Where an episode is. A bone injury without a location is taken to be in the lower
// leg, where most runners' bone stress injuries are (foot, shin).
Region region_of(const Episode& ep) {
  if (ep.location) {
    const std::string l = lower(*ep.location);
    if (in(l, {"foot", "ankle", "heel", "arch", "toe", "toes", "metatarsal", "shin", "tibia",
               "fibula", "lower leg", "calf", "achilles"}))
      return Region::lower_leg;
    if (in(l, {"hip", "pelvis", "femur", "thigh", "sacrum", "groin"})) return Region::hip;
    return Region::other;
  }
  if (ep.injury == InjuryKind::shin_splints || ep.bone()) return Region::lower_leg;
  return Region::other;
}

bool foot_or_ankle(const Episode& ep) {
  return ep.location && in(lower(*ep.location), {"foot", "ankle", "heel", "arch"});
}

// What the latest entries leave each episode in: the day after the latest entry of all.
struct CareDay {
  Stage stage = Stage::none;
  bool lower_leg_stopped = false;  ///< a bone stop holds the foot or lower leg
  bool hip_stopped = false;
};

CareDay care_day(const Episode& ep, const std::vector<Episode>& all, const Policy& policy) {
  Date day = ep.last_date();
  for (const Episode& e : all) day = std::max(day, e.last_date());
  day += boost::gregorian::days(1);
  CareDay c;
  c.stage = episode_day(ep, day, policy).stage;
  for (const Episode& e : all) {
    if (episode_day(e, day, policy).stage != Stage::bone_stop) continue;
    c.lower_leg_stopped |= region_of(e) == Region::lower_leg;
    c.hip_stopped |= region_of(e) == Region::hip;
  }
  return c;
}

// The seed's self-care is for soft tissue; a bone injury gets only the doctor and
// "do not foam roll over a bone injury" — and, once cleared, return advice instead of
// "stop running".
std::vector<std::string> bone_care(Stage stage) {
  if (stage == Stage::bone_stop)
    return {"stop running and see a doctor for a diagnosis", "do not foam roll over a bone injury"};
  return {
      "cleared to run: build back up as gradually as the plan does, and see the doctor "
      "again if the pain comes back",
      "do not foam roll over a bone injury"};
}

std::string rolling(InjuryKind k) {
  if (k == InjuryKind::achilles_tendinopathy)
    return "foam roll the calves 30-60 s each; never roll the injured tendon itself";
  if (k == InjuryKind::plantar_fasciitis)
    return "foam roll the calves 30-60 s each; never roll the sore arch itself";
  if (k == InjuryKind::itbs)
    return "foam roll the muscles around the IT band gently, 30-60 s each; "
           "overzealous rolling can make ITBS worse";
  return "foam roll the surrounding muscles 30-60 s each; never roll the injured site itself";
}

// The seed's exercises for the injury, less those that load a part held in a bone stop.
std::string exercises(InjuryKind k, const CareDay& c) {
  std::vector<std::string> names;
  if (!c.lower_leg_stopped) {
    if (k == InjuryKind::achilles_tendinopathy) names.push_back("eccentric heel drops");
    if (k == InjuryKind::plantar_fasciitis) names.push_back("towel scrunches");
  }
  if (!c.hip_stopped && k != InjuryKind::achilles_tendinopathy)
    names.push_back("clamshells, banded walks and glute bridges");
  if (names.empty()) return "";
  std::string out = names[0];
  if (names.size() == 2) out = names[0] + ", " + names[1];
  return out + ", daily, and keep doing them after the pain is gone";
}

std::vector<std::string> soft_tissue_care(const Episode& ep, const CareDay& c) {
  const InjuryKind k = ep.injury;
  std::vector<std::string> care;
  // Ice while it is inflamed: the acute phase and reduced load, not the return.
  if (c.stage == Stage::acute_rest || c.stage == Stage::reduced_load)
    care.push_back("ice the sore area 10-15 min, 2-3 times a day while it is inflamed");
  care.push_back(rolling(k));
  if (k == InjuryKind::achilles_tendinopathy || k == InjuryKind::plantar_fasciitis ||
      foot_or_ankle(ep))
    care.push_back("wear supportive shoes when not running; avoid flip-flops and flat sandals");
  if (const std::string e = exercises(k, c); !e.empty()) care.push_back(e);
  if (k == InjuryKind::runners_knee || k == InjuryKind::itbs || k == InjuryKind::muscle_strain)
    care.push_back(
        "kinesiology tape can help after the acute phase; it is not a license to "
        "run through a severe injury");
  return care;
}

}  // namespace

std::vector<std::string> care_advice(const Episode& ep, const std::vector<Episode>& all,
                                     const Policy& policy) {
  const CareDay c = care_day(ep, all, policy);
  if (ep.bone()) return bone_care(c.stage);
  return soft_tissue_care(ep, c);
}

}  // namespace planadj::adjust
