#include "adjust/segments.h"

#include <algorithm>
#include <numeric>

#include "adjust/rule.h"
#include "planadj/iso_week.h"

namespace planadj::adjust {

namespace {

using boost::gregorian::date_duration;

// `d` less `days`, but never before the first day a Date can hold (a plan may start in 1400).
Date days_before(Date d, long days) {
  const Date first(boost::date_time::min_date_time);
  return (d - first).days() < days ? first : d - date_duration(days);
}

}  // namespace

void run_rules(adjust::Revision& r) {
  for (std::size_t i : r.by_date) {
    if (r.frozen[i] || adjust::apply_race_conflict(r, i)) continue;
    for (const Rule& rule : rules())
      if (rule.apply && rule.stage == r.status[i].stage) rule.apply(r, i);
  }
  for (const Rule& rule : rules())
    if (rule.finish) rule.finish(r);
}

SegmentReviser::SegmentReviser(std::vector<Session>& sessions, const Policy& policy, Units units)
    : r_{policy, units, sessions, {}, {}, {}, {}} {
  const std::size_t n = sessions.size();
  order_.resize(n);
  std::iota(order_.begin(), order_.end(), std::size_t{0});
  std::stable_sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) {
    return sessions[a].date < sessions[b].date;
  });
  r_.status.resize(n);
  r_.frozen.resize(n, true);
}

SegmentReviser::Iter SegmentReviser::first_on_or_after(Date d) const {
  return std::lower_bound(order_.begin(), order_.end(), d,
                          [&](std::size_t i, Date x) { return r_.sessions[i].date < x; });
}

SegmentReviser::Iter SegmentReviser::first_after(Date d) const {
  return std::upper_bound(order_.begin(), order_.end(), d,
                          [&](Date x, std::size_t i) { return x < r_.sessions[i].date; });
}

// Past the sessions from `it` on that share the ISO week of `d` (no date arithmetic past
// `d`, which may be the last day a Date can hold).
SegmentReviser::Iter SegmentReviser::end_of_week(Iter it, Date d) const {
  const Date monday = iso_monday(d);
  while (it != order_.end() && iso_monday(r_.sessions[*it].date) == monday) ++it;
  return it;
}

// The episodes that may govern a day from `from` on, in their order: one is left out
// when `from` is past its horizon (timeline.h) and its status there is none.
std::vector<const Episode*> SegmentReviser::speaking(const std::vector<Episode>& episodes,
                                                     Date from) {
  const long horizon = episode_horizon_days(r_.policy);
  quiet_.resize(episodes.size(), {0, false});
  std::vector<const Episode*> out;
  for (std::size_t k = 0; k < episodes.size(); ++k) {
    const Episode& ep = episodes[k];
    if ((from - ep.last_date()).days() > horizon) {
      if (quiet_[k].first != ep.entries.size()) {
        const Date after = ep.last_date() + date_duration(horizon + 1);
        quiet_[k] = {ep.entries.size(), episode_day(ep, after, r_.policy).stage == Stage::none};
      }
      if (quiet_[k].second) continue;
    }
    out.push_back(&ep);
  }
  return out;
}

std::vector<std::pair<std::size_t, std::string>> SegmentReviser::revise(
    const std::vector<Episode>& episodes, Date freeze, std::optional<Date> until) {
  std::vector<std::pair<std::size_t, std::string>> out;
  const Iter own = first_on_or_after(freeze);
  const Iter own_end = until ? first_after(*until) : order_.end();
  if (own >= own_end) return out;  // --as-of is past this segment, or no session in it

  // The pass sees the weeks of the segment (weekly rest days count whole ISO weeks) and
  // the growth cap's look-back before it; both begin on or before the segment's Monday.
  const Date from = std::min(iso_monday(freeze), days_before(freeze, kGrowthCapLookBackDays));
  const Iter first = first_on_or_after(from);
  const Iter last = until ? end_of_week(own_end, *until) : order_.end();
  r_.by_date.assign(first, last);
  r_.warnings.clear();

  const std::vector<const Episode*> active = speaking(episodes, freeze);
  for (Iter it = first; it != own; ++it) {
    r_.frozen[*it] = true;
    r_.status[*it] = DayStatus{};
  }
  for (Iter it = own; it != last; ++it) {
    // A locked session is never changed (docs/rules.md#locked-sessions).
    r_.frozen[*it] = r_.sessions[*it].locked;
    r_.status[*it] =
        r_.frozen[*it] ? DayStatus{} : day_status(active, r_.sessions[*it].date, r_.policy);
  }
  // The rest of the segment's last week is revised for its weekly rest days only: the
  // next segment revises it knowing more, from the sessions as they were.
  std::vector<Session> later;
  for (Iter it = own_end; it != last; ++it) later.push_back(r_.sessions[*it]);

  run_rules(r_);

  for (auto& w : r_.warnings) {
    const Date d = r_.sessions[w.first].date;
    if (d >= freeze && (!until || d <= *until)) out.push_back(std::move(w));
  }
  std::size_t k = 0;
  for (Iter it = own_end; it != last; ++it) r_.sessions[*it] = std::move(later[k++]);
  return out;
}

}  // namespace planadj::adjust
