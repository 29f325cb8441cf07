#include "adjust/reason.h"

#include <cmath>
#include <sstream>

#include <boost/date_time/gregorian/gregorian.hpp>

namespace planadj::adjust {

std::string iso(Date d) { return boost::gregorian::to_iso_extended_string(d); }

std::string injury_label(const Episode& ep) {
  std::string out(name_of(ep.injury));
  std::string detail;
  if (ep.location) detail = *ep.location;
  if (ep.side) detail += (detail.empty() ? "" : ", ") + std::string(name_of(*ep.side));
  if (!detail.empty()) out += " (" + detail + ")";
  return out;
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
