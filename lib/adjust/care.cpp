#include "adjust/care.h"

namespace planadj::adjust {

namespace {

bool foot_or_ankle(const Episode& ep) {
  return ep.location && (*ep.location == "foot" || *ep.location == "ankle" ||
                         *ep.location == "heel" || *ep.location == "arch");
}

}  // namespace

std::vector<std::string> care_advice(const Episode& ep) {
  if (ep.bone())
    return {"stop running and see a doctor for a diagnosis",
            "do not foam roll over a bone injury"};

  const InjuryKind k = ep.injury;
  std::vector<std::string> care{"ice the sore area 10-15 min, 2-3 times a day while it is inflamed"};

  if (k == InjuryKind::achilles_tendinopathy)
    care.push_back("foam roll the calves 30-60 s each; never roll the injured tendon itself");
  else if (k == InjuryKind::plantar_fasciitis)
    care.push_back("foam roll the calves 30-60 s each; never roll the sore arch itself");
  else if (k == InjuryKind::itbs)
    care.push_back("foam roll the muscles around the IT band gently, 30-60 s each; "
                   "overzealous rolling can make ITBS worse");
  else
    care.push_back("foam roll the surrounding muscles 30-60 s each; never roll the injured "
                   "site itself");

  if (k == InjuryKind::achilles_tendinopathy || k == InjuryKind::plantar_fasciitis ||
      foot_or_ankle(ep))
    care.push_back("wear supportive shoes when not running; avoid flip-flops and flat sandals");

  const std::string keep_up = ", daily, and keep doing them after the pain is gone";
  if (k == InjuryKind::achilles_tendinopathy)
    care.push_back("eccentric heel drops" + keep_up);
  else if (k == InjuryKind::plantar_fasciitis)
    care.push_back("towel scrunches, clamshells, banded walks and glute bridges" + keep_up);
  else
    care.push_back("clamshells, banded walks and glute bridges" + keep_up);

  if (k == InjuryKind::runners_knee || k == InjuryKind::itbs || k == InjuryKind::muscle_strain)
    care.push_back("kinesiology tape can help after the acute phase; it is not a license to "
                   "run through a severe injury");
  return care;
}

}  // namespace planadj::adjust
