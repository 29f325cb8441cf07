#include "planadj/iso_week.h"

namespace planadj {
namespace {

using boost::gregorian::date_duration;

// ISO 8601 gives a week to the year that holds its Thursday, Monday's third day after.
constexpr int kMondayToThursday = 3;

}  // namespace

Date iso_monday(Date d) {
  // Boost numbers the days from Sunday (0) to Saturday (6); ISO weeks start on Monday.
  const int days_since_monday = (d.day_of_week().as_number() + kDaysPerWeek - 1) % kDaysPerWeek;
  return d - date_duration(days_since_monday);
}

Date iso_sunday(Date monday) { return monday + date_duration(kDaysPerWeek - 1); }

int iso_year(Date monday) { return (monday + date_duration(kMondayToThursday)).year(); }

}  // namespace planadj
