#include "adjust/timeline.h"

#include <algorithm>

namespace planadj::adjust {

using boost::gregorian::date_duration;

std::string_view rule_id(Stage s) {
  switch (s) {
    case Stage::bone_stop:
      return "bone-stop";
    case Stage::acute_rest:
      return "acute-rest";
    case Stage::reduced_load:
      return "reduced-load";
    case Stage::return_ramp:
      return "return-ramp";
    case Stage::none:
      break;
  }
  return "";
}

namespace {

double clamp01(double v) { return std::clamp(v, 0.0, 1.0); }

// Day `offset` (0-based) after the start of a ramp: its stage, or none past the end.
EpisodeDay ramp_day(const std::vector<RampStage>& ramp, long offset, bool bone,
                    bool hill_sensitive_injury) {
  EpisodeDay d;
  long start = 0;
  for (std::size_t k = 0; k < ramp.size(); ++k) {
    const long end = start + std::max(ramp[k].days, 0);
    if (offset >= start && offset < end) {
      d.stage = Stage::return_ramp;
      d.ramp_stage = static_cast<int>(k);
      d.ramp_stages = static_cast<int>(ramp.size());
      d.bone_ramp = bone;
      d.volume = clamp01(ramp[k].volume);
      d.speedwork = ramp[k].speedwork;
      d.flat_routes = ramp[k].flat_routes && (bone || hill_sensitive_injury);
      return d;
    }
    start = end;
  }
  return d;
}

}  // namespace

double pain_volume_factor(int pain, const Policy& p) {
  if (pain <= 0) return clamp01(p.volume_pain_free);
  if (pain >= p.pain_severe_from) return clamp01(p.volume_severe);
  if (pain >= p.pain_moderate_from) return clamp01(p.volume_moderate);
  return clamp01(p.volume_mild);
}

int acute_rest_days(const InjuryEntry& e, const Policy& p) {
  int n = 0;
  if (e.persists) n = std::max(n, p.rest_days_persists);
  if (e.pain >= p.pain_severe_from) n = std::max(n, p.rest_days_severe);
  if (e.pop_or_snap) n = std::max(n, p.rest_days_pop_or_snap);
  return n;
}

bool hill_sensitive(InjuryKind k, const Policy& p) {
  return std::find(p.hill_sensitive.begin(), p.hill_sensitive.end(), k) != p.hill_sensitive.end();
}

EpisodeDay episode_day(const Episode& ep, Date day, const Policy& p) {
  // The entries known on `day`: those dated before it.
  std::size_t known = 0;
  while (known < ep.entries.size() && ep.entries[known].date < day) ++known;
  if (known == 0) return {};
  const auto& entries = ep.entries;
  const InjuryEntry& latest = entries[known - 1];
  const bool sensitive = hill_sensitive(ep.injury, p);

  // bone-stop: from the first bone entry until a clearance; then bone_return_ramp.
  const auto first_bone = std::find_if(entries.begin(), entries.begin() + known,
                                       [](const InjuryEntry& e) { return e.bone(); });
  if (first_bone != entries.begin() + known) {
    const auto cleared = std::find_if(first_bone, entries.begin() + known,
                                      [](const InjuryEntry& e) { return e.cleared; });
    EpisodeDay d;
    if (cleared == entries.begin() + known) {
      d.stage = Stage::bone_stop;
      d.volume = 0;
      d.speedwork = false;
      d.cause = &latest;
    } else {
      d = ramp_day(p.bone_return_ramp, (day - cleared->date).days() - 1, true, sensitive);
      d.cause = &*cleared;
    }
    d.episode = &ep;
    return d;
  }

  // acute-rest: the union of every acute window D+1 .. D+n seen so far.
  std::optional<Date> acute_end;
  const InjuryEntry* acute_cause = nullptr;
  std::optional<Date> last_pain;
  for (std::size_t i = 0; i < known; ++i) {
    const InjuryEntry& e = entries[i];
    const int n = acute_rest_days(e, p);
    if (n > 0) {
      const Date end = e.date + date_duration(n);
      if (!acute_end || end > *acute_end) acute_end = end;
      if (day <= end) acute_cause = &e;
    }
    if (e.pain >= 1 || n > 0 || e.pop_or_snap || e.persists) last_pain = e.date;
  }
  EpisodeDay d;
  d.episode = &ep;
  if (acute_cause) {
    d.stage = Stage::acute_rest;
    d.volume = 0;
    d.speedwork = false;
    d.cause = acute_cause;
    return d;
  }

  // reduced-load: days_after_last_pain days from the later of the acute window's end
  // and the last painful entry, or until resolved — never cutting an acute window.
  Date restricted_end = last_pain ? *last_pain : entries.front().date;
  if (acute_end && *acute_end > restricted_end) restricted_end = *acute_end;
  restricted_end += date_duration(p.days_after_last_pain);
  for (std::size_t i = 0; i < known; ++i)
    if (entries[i].resolved) {
      restricted_end = std::min(restricted_end, entries[i].date);
      if (acute_end && *acute_end > restricted_end) restricted_end = *acute_end;
    }
  d.cause = &latest;
  if (day <= restricted_end) {
    d.stage = Stage::reduced_load;
    d.volume = pain_volume_factor(latest.pain, p);
    d.speedwork = false;
    d.flat_routes = sensitive;
    return d;
  }

  // return-ramp: after reduced-load ends.
  EpisodeDay r = ramp_day(p.return_ramp, (day - restricted_end).days() - 1, false, sensitive);
  r.episode = &ep;
  r.cause = &latest;
  return r;
}

DayStatus day_status(const std::vector<Episode>& episodes, Date day, const Policy& p) {
  DayStatus s;
  for (const auto& ep : episodes) {
    const EpisodeDay d = episode_day(ep, day, p);
    if (d.stage == Stage::none) continue;
    s.volume = std::min(s.volume, d.volume);
    s.speedwork = s.speedwork && d.speedwork;
    if (d.flat_routes && !s.flat_routes) s.flat_routes_for = d.episode;
    s.flat_routes = s.flat_routes || d.flat_routes;
    if (d.stage > s.stage || (d.stage == s.stage && d.volume < s.decisive.volume)) {
      s.stage = d.stage;
      s.decisive = d;
    }
  }
  return s;
}

std::vector<Phase> episode_phases(const Episode& ep, const Policy& p) {
  // Past the last entry nothing new happens; this bounds every window it can open.
  auto ramp_days = [](const std::vector<RampStage>& r) {
    long n = 0;
    for (const auto& s : r) n += std::max(s.days, 0);
    return n;
  };
  const long span =
      std::max({p.rest_days_persists, p.rest_days_severe, p.rest_days_pop_or_snap, 0}) +
      std::max(p.days_after_last_pain, 0) +
      std::max(ramp_days(p.return_ramp), ramp_days(p.bone_return_ramp)) + 2;
  const Date first = ep.first_date() + date_duration(1);
  const Date last = ep.last_date() + date_duration(span);

  std::vector<Phase> phases;
  Stage current = Stage::none;
  for (Date d = first; d <= last; d += date_duration(1)) {
    const Stage s = episode_day(ep, d, p).stage;
    if (s != current) {
      if (current != Stage::none) phases.back().to = d - date_duration(1);
      if (s != Stage::none) phases.push_back({std::string(rule_id(s)), d, std::nullopt});
      current = s;
    }
  }
  // A phase still running at the horizon is a bone stop without clearance: open-ended.
  if (current != Stage::none && current != Stage::bone_stop) phases.back().to = last;
  return phases;
}

}  // namespace planadj::adjust
