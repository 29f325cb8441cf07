#include "adjust/referrals.h"

#include <algorithm>

#include "adjust/fixed_numbers.h"
#include "adjust/reason.h"
#include "planadj/adjust.h"
#include "planadj/date_text.h"

namespace planadj::adjust {

namespace {

Referral make(const Episode& ep, const InjuryEntry& e, std::string reason) {
  return Referral{ep.injury, ep.side, ep.location, e.date, std::move(reason)};
}

// A symptom (`flag`) reported on entries more than `days` apart in one episode: one
// referral, at the first entry that makes the span too long.
void lasting(const Episode& ep, bool InjuryEntry::*flag, int days, const std::string& what,
             std::vector<Referral>& out) {
  const auto& es = ep.entries;
  auto first = std::find_if(es.begin(), es.end(), [&](const InjuryEntry& e) { return e.*flag; });
  if (first == es.end()) return;
  auto late = std::find_if(first, es.end(), [&](const InjuryEntry& e) {
    return e.*flag && (e.date - first->date).days() > days;
  });
  if (late != es.end())
    out.push_back(make(ep, *late,
                       what + " for more than " + std::to_string(days) + " days (since " +
                           iso_date(first->date) + "): see a medical professional"));
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
      out.push_back(make(
          ep, *severe,
          "severe pain (" + std::to_string(severe->pain) + "/10): see a medical professional"));
    auto pop =
        std::find_if(es.begin(), es.end(), [](const InjuryEntry& e) { return e.pop_or_snap; });
    if (pop != es.end())
      out.push_back(make(ep, *pop, "felt a pop or snap: see a medical professional"));
    lasting(ep, &InjuryEntry::persists, kPersistsDays, "pain persisting", out);
    lasting(ep, &InjuryEntry::swelling, kSwellingDays, "swelling", out);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Referral& a, const Referral& b) { return a.date < b.date; });
  return out;
}

}  // namespace planadj::adjust

namespace planadj {

std::vector<Referral> referrals_of(const std::vector<InjuryEntry>& entries, const Policy& policy,
                                   std::optional<Date> as_of) {
  return adjust::referrals(adjust::group_episodes(entries, as_of, policy), policy);
}

}  // namespace planadj
