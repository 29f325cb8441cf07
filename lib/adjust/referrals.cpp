#include "adjust/referrals.h"

#include <algorithm>

#include "adjust/reason.h"

namespace planadj::adjust {

namespace {

constexpr int kPersistsDays = 7;

Referral make(const Episode& ep, const InjuryEntry& e, std::string reason) {
  return Referral{ep.injury, ep.side, ep.location, e.date, std::move(reason)};
}

}  // namespace

std::vector<Referral> referrals(const std::vector<Episode>& episodes, const Policy& policy) {
  std::vector<Referral> out;
  for (const Episode& ep : episodes) {
    const auto& es = ep.entries;
    auto bone = std::find_if(es.begin(), es.end(), [](const InjuryEntry& e) { return e.bone(); });
    if (bone != es.end())
      out.push_back(make(ep, *bone, "possible bone injury: stop running and see a doctor"));
    auto severe = std::find_if(es.begin(), es.end(), [&](const InjuryEntry& e) {
      return e.pain >= policy.pain_severe_from;
    });
    if (severe != es.end())
      out.push_back(make(ep, *severe, "severe pain (" + std::to_string(severe->pain) +
                                          "/10): see a medical professional"));
    auto pop = std::find_if(es.begin(), es.end(), [](const InjuryEntry& e) { return e.pop_or_snap; });
    if (pop != es.end())
      out.push_back(make(ep, *pop, "felt a pop or snap: see a medical professional"));
    auto first = std::find_if(es.begin(), es.end(), [](const InjuryEntry& e) { return e.persists; });
    if (first != es.end()) {
      auto late = std::find_if(first, es.end(), [&](const InjuryEntry& e) {
        return e.persists && (e.date - first->date).days() > kPersistsDays;
      });
      if (late != es.end())
        out.push_back(make(ep, *late, "pain persisting for more than " +
                                          std::to_string(kPersistsDays) + " days (since " +
                                          iso(first->date) + "): see a medical professional"));
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Referral& a, const Referral& b) { return a.date < b.date; });
  return out;
}

}  // namespace planadj::adjust
