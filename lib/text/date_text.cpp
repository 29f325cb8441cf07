#include "planadj/date_text.h"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace planadj {

std::string iso_date(const Date& d) { return boost::gregorian::to_iso_extended_string(d); }

}  // namespace planadj
