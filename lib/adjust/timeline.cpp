#include "adjust/timeline.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "adjust/fixed_numbers.h"
#include "adjust/rule.h"
#include "planadj/enum_words.h"

namespace planadj::adjust {

using boost::gregorian::date_duration;
using namespace std::literals;

std::string_view rule_id(Stage s) {
  // Indexed by Stage (adjust/timeline.h); none has no rule.
  static constexpr std::array kRuleIds{""sv, "return-ramp"sv, "reduced-load"sv, "acute-rest"sv,
                                       "bone-stop"sv};
  static_assert(kRuleIds.size() == enum_count(Stage::bone_stop), "one rule id per stage");
  return word_of(kRuleIds, s);
}

bool hill_sensitive(const Episode& ep, const Policy& p) {
  auto same_place = [](const std::string& a, const std::string& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             return std::tolower(static_cast<unsigned char>(x)) ==
                    std::tolower(static_cast<unsigned char>(y));
           });
  };
  return std::any_of(p.hill_sensitive.begin(), p.hill_sensitive.end(), [&](const HillSensitive& h) {
    return h.injury == ep.injury &&
           (!h.location || (ep.location && same_place(*h.location, *ep.location)));
  });
}

std::string_view phase_name(const EpisodeDay& d) {
  return d.awaiting_clearance ? "awaiting-clearance" : rule_id(d.stage);
}

EpisodeDay episode_day(const Episode& ep, Date day, const Policy& p) {
  const EpisodeSoFar so_far(ep, day, p);
  if (so_far.known == 0) return {};
  // The first rule whose window holds the day governs it (docs/rules.md#timeline).
  EpisodeDay d;
  for (const Rule& rule : rules()) {
    d = rule.when(so_far);
    if (d.stage != Stage::none) break;
  }
  return d;
}

namespace {

// Folds one episode's say over a day into the combined status
// (docs/rules.md#several-episodes-at-once).
void combine(DayStatus& s, const Episode& ep, Date day, const Policy& p) {
  const EpisodeDay d = episode_day(ep, day, p);
  if (d.stage == Stage::none) return;
  s.volume = std::min(s.volume, d.volume);
  s.speedwork = s.speedwork && d.speedwork;
  if (d.flat_routes && !s.flat_routes) s.flat_routes_for = d.episode;
  s.flat_routes = s.flat_routes || d.flat_routes;
  if (d.stage > s.stage || (d.stage == s.stage && d.volume < s.decisive.volume)) {
    s.stage = d.stage;
    s.decisive = d;
  }
}

}  // namespace

DayStatus day_status(const std::vector<Episode>& episodes, Date day, const Policy& p) {
  DayStatus s;
  for (const auto& ep : episodes) combine(s, ep, day, p);
  return s;
}

DayStatus day_status(const std::vector<const Episode*>& episodes, Date day, const Policy& p) {
  DayStatus s;
  for (const Episode* ep : episodes) combine(s, *ep, day, p);
  return s;
}

long episode_horizon_days(const Policy& p) {
  auto ramp_days = [](const std::vector<RampStage>& r) {
    long n = 0;
    for (const auto& s : r) n += std::max(s.days, 0);
    return n;
  };
  return std::max({p.rest_days_persists, p.rest_days_swelling, p.rest_days_severe,
                   p.rest_days_pop_or_snap, 0}) +
         std::max(p.days_after_last_pain, 0) +
         std::max(ramp_days(p.return_ramp), ramp_days(p.bone_return_ramp)) + kPhaseTraceMarginDays;
}

std::vector<Phase> episode_phases(const Episode& ep, const Policy& p) {
  // Past the last entry nothing new happens; this bounds every window it can open.
  const long span = episode_horizon_days(p);
  const Date first = ep.first_date() + date_duration(1);
  const Date last = ep.last_date() + date_duration(span);

  std::vector<Phase> phases;
  std::string_view current;
  for (Date d = first; d <= last; d += date_duration(1)) {
    const std::string_view name = phase_name(episode_day(ep, d, p));
    if (name != current) {
      if (!current.empty()) phases.back().to = d - date_duration(1);
      if (!name.empty()) phases.push_back({std::string(name), d, std::nullopt});
      current = name;
    }
  }
  // A phase still running at the horizon waits for a clinician (a bone stop, or a pop
  // awaiting clearance): open-ended.
  const bool waits = current == rule_id(Stage::bone_stop) || current == "awaiting-clearance";
  if (!current.empty() && !waits) phases.back().to = last;
  return phases;
}

}  // namespace planadj::adjust
