#include "adjust/timeline.h"

#include <algorithm>
#include <cctype>

#include "adjust/fixed_numbers.h"

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
  if (e.swelling) n = std::max(n, p.rest_days_swelling);
  if (e.pain >= p.pain_severe_from) n = std::max(n, p.rest_days_severe);
  if (e.pop_or_snap) n = std::max(n, p.rest_days_pop_or_snap);
  return n;
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

namespace {

bool popped(const std::vector<InjuryEntry>& entries, std::size_t known, const Policy& p) {
  return p.pop_needs_clearance &&
         std::any_of(entries.begin(), entries.begin() + static_cast<long>(known),
                     [](const InjuryEntry& e) { return e.pop_or_snap; });
}

// bone-stop from the first bone entry until a clearance; then bone_return_ramp.
EpisodeDay bone_day(const Episode& ep, std::size_t known, Date day, const Policy& p) {
  const auto& entries = ep.entries;
  const auto end = entries.begin() + static_cast<long>(known);
  const auto first_bone =
      std::find_if(entries.begin(), end, [](const InjuryEntry& e) { return e.bone(); });
  const auto cleared =
      std::find_if(first_bone, end, [](const InjuryEntry& e) { return e.cleared; });
  EpisodeDay d;
  if (cleared == end) {
    d.stage = Stage::bone_stop;
    d.volume = 0;
    d.speedwork = false;
    d.cause = &entries[known - 1];
  } else {
    d = ramp_day(p.bone_return_ramp, (day - cleared->date).days() - 1, true, hill_sensitive(ep, p));
    d.cause = &*cleared;
  }
  d.episode = &ep;
  return d;
}

// The end of the reduced-load window (its last day) for a soft-tissue episode, from
// the entries known: days_after_last_pain from the later of the acute window's end and
// the last painful entry, or the day of a `resolved` entry — never
// cutting an acute window short. Under the pop gate only `cleared` ends it, and
// without one it has no end (nullopt); `ordinary_end` is the end the gate holds open.
std::optional<Date> reduced_load_end(const std::vector<InjuryEntry>& entries, std::size_t known,
                                     std::optional<Date> acute_end, std::optional<Date> last_pain,
                                     const Policy& p, Date& ordinary_end) {
  Date end = last_pain ? *last_pain : entries.front().date;
  if (acute_end && *acute_end > end) end = *acute_end;
  end += date_duration(p.days_after_last_pain);
  ordinary_end = end;
  const bool gated = popped(entries, known, p);
  for (std::size_t i = 0; i < known; ++i) {
    const InjuryEntry& e = entries[i];
    if (!(gated ? e.cleared : e.resolved)) continue;
    const Date closed = acute_end ? std::max(*acute_end, e.date) : e.date;
    return gated ? closed : std::min(end, closed);
  }
  if (gated) return std::nullopt;
  return end;
}

// acute-rest, reduced-load (held by the pop gate when it applies), then return-ramp.
EpisodeDay soft_tissue_day(const Episode& ep, std::size_t known, Date day, const Policy& p) {
  const auto& entries = ep.entries;
  // acute-rest: the union of every acute window D+1 .. D+n seen so far.
  std::optional<Date> acute_end, last_pain;
  const InjuryEntry* acute_cause = nullptr;
  for (std::size_t i = 0; i < known; ++i) {
    const InjuryEntry& e = entries[i];
    const int n = acute_rest_days(e, p);
    if (n > 0) {
      const Date end = e.date + date_duration(n);
      if (!acute_end || end > *acute_end) acute_end = end;
      if (day <= end) acute_cause = &e;
    }
    if (e.pain >= 1 || n > 0 || e.pop_or_snap || e.persists || e.swelling) last_pain = e.date;
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
  d.cause = &entries[known - 1];
  Date ordinary_end;
  const auto end = reduced_load_end(entries, known, acute_end, last_pain, p, ordinary_end);
  if (!end || day <= *end) {
    d.stage = Stage::reduced_load;
    d.volume = pain_volume_factor(d.cause->pain, p);
    d.speedwork = false;
    d.flat_routes = hill_sensitive(ep, p);
    d.awaiting_clearance = !end && day > ordinary_end;
    return d;
  }
  EpisodeDay r = ramp_day(p.return_ramp, (day - *end).days() - 1, false, hill_sensitive(ep, p));
  r.episode = &ep;
  r.cause = d.cause;
  return r;
}

}  // namespace

bool needs_clearance(const Episode& ep, const Policy& p) {
  return ep.bone() || popped(ep.entries, ep.entries.size(), p);
}

std::string_view phase_name(const EpisodeDay& d) {
  return d.awaiting_clearance ? "awaiting-clearance" : rule_id(d.stage);
}

EpisodeDay episode_day(const Episode& ep, Date day, const Policy& p) {
  // The entries known on `day`: those dated before it.
  std::size_t known = 0;
  while (known < ep.entries.size() && ep.entries[known].date < day) ++known;
  if (known == 0) return {};
  const bool bone = std::any_of(ep.entries.begin(), ep.entries.begin() + static_cast<long>(known),
                                [](const InjuryEntry& e) { return e.bone(); });
  return bone ? bone_day(ep, known, day, p) : soft_tissue_day(ep, known, day, p);
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
