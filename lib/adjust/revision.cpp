// What the rules share about the sessions of one pass: the date index of `by_date` and the
// running maximum of the growth cap's look-back (docs/rules.md#growth-cap).
#include <algorithm>

#include "adjust/rules.h"

namespace planadj::adjust {

Revision::Range Revision::dated(Date from, Date to) const {
  const auto first = std::lower_bound(by_date.begin(), by_date.end(), from,
                                      [&](std::size_t i, Date d) { return sessions[i].date < d; });
  const auto last = std::upper_bound(first, by_date.end(), to,
                                     [&](Date d, std::size_t i) { return d < sessions[i].date; });
  return {first, last};
}

void PriorLongest::Window::push(Date d, double v) {
  while (!runs.empty() && runs.back().second <= v) runs.pop_back();
  runs.emplace_back(d, v);
}

std::optional<double> PriorLongest::Window::longest_from(Date from) {
  while (!runs.empty() && runs.front().first < from) runs.pop_front();
  if (runs.empty()) return std::nullopt;
  return runs.front().second;
}

std::optional<double> PriorLongest::before(Date day, bool by_distance) {
  for (; next_ < r_.by_date.size(); ++next_) {
    const Session& s = r_.sessions[r_.by_date[next_]];
    if (s.date >= day) break;
    if (!is_running(s.type)) continue;
    if (s.distance)
      distance_.push(s.date, *s.distance);
    else if (s.duration)
      minutes_.push(s.date, s.duration->minutes);
  }
  const Date from = day - boost::gregorian::date_duration(kGrowthCapLookBackDays);
  return (by_distance ? distance_ : minutes_).longest_from(from);
}

}  // namespace planadj::adjust
