#include "batch/report_parts.h"

#include <vector>

#include "planadj/joined.h"
#include "planadj/number_text.h"
#include "planadj/plural.h"

namespace planadj::batch {

void pass_on(std::ostringstream& out, const ReportSink& sink) {
  if (static_cast<std::size_t>(out.tellp()) < kReportPiece) return;
  sink(out.str());
  out.str("");
}

std::string report_number(double v) { return rounded_number(v, 2); }

std::string changes_text(const AthleteRecord& a, std::string_view list_opens) {
  const Summary& s = a.summary;
  std::vector<std::string> parts;
  if (s.rest_days_inserted)
    parts.push_back(plural(s.rest_days_inserted, "rest day inserted", "rest days inserted"));
  if (s.speedwork_replaced)
    parts.push_back(
        plural(s.speedwork_replaced, "speedwork session replaced", "speedwork sessions replaced"));
  if (s.routes_flattened)
    parts.push_back(plural(s.routes_flattened, "route flattened", "routes flattened"));
  std::string out = plural(s.sessions_changed, "session changed", "sessions changed");
  if (!parts.empty()) out += std::string(list_opens) + joined(parts, ", ");
  if (s.volume_before != s.volume_after)
    out += "; volume " + report_number(s.volume_before) + " → " + report_number(s.volume_after) +
           " " + std::string(name_of(a.units));
  if (s.minutes_before != s.minutes_after)
    out += "; time " + report_number(s.minutes_before) + " → " + report_number(s.minutes_after) +
           " min";
  return out;
}

}  // namespace planadj::batch
