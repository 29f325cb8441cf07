#include "planadj/date_text.h"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <cstdio>

namespace planadj {

std::string iso_date(const Date& d) {
  // Boost's formatter builds a stream for every date, and the writer formats every
  // session's date (docs/performance.md, "The nightly loop"): a plain date is written
  // here, the same text; only a special value (not-a-date-time, …) keeps Boost's words.
  if (d.is_special()) return boost::gregorian::to_iso_extended_string(d);
  const auto ymd = d.year_month_day();
  char text[sizeof "YYYY-MM-DD"];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", static_cast<int>(ymd.year),
                static_cast<int>(ymd.month), static_cast<int>(ymd.day));
  return text;
}

}  // namespace planadj
