#include "adjust/reason.h"

#include <cmath>
#include <sstream>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "planadj/adjust.h"

namespace planadj::adjust {

std::string iso(Date d) { return boost::gregorian::to_iso_extended_string(d); }

std::string injury_label(InjuryKind injury, const std::optional<Side>& side,
                         const std::optional<std::string>& location) {
  std::string out(name_of(injury));
  std::string detail;
  if (location) detail = *location;
  if (side) detail += (detail.empty() ? "" : ", ") + std::string(name_of(*side));
  if (!detail.empty()) out += " (" + detail + ")";
  return out;
}

std::string injury_label(const Episode& ep) {
  return injury_label(ep.injury, ep.side, ep.location);
}

std::string reason_prefix(const EpisodeDay& d) {
  return injury_label(*d.episode) + ", pain " + std::to_string(d.cause->pain) + "/10 on " +
         iso(d.cause->date);
}

std::string percent(double factor) {
  const double p = std::round(factor * 1000.0) / 10.0;
  std::ostringstream out;
  out << p << '%';
  return out.str();
}

}  // namespace planadj::adjust

namespace planadj {

std::string describe_referral(const Referral& r) {
  return adjust::injury_label(r.injury, r.side, r.location) + " on " + adjust::iso(r.date) +
         ": " + r.reason;
}

}  // namespace planadj
