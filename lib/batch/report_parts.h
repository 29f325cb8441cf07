// What the three reports (report.md, report.json, report.html) write the same way
// (docs/batch.md#what-it-writes): private to lib/batch.
#pragma once

#include <cstddef>
#include <sstream>
#include <string>
#include <string_view>

#include "planadj/batch.h"

namespace planadj::batch {

/// A report is handed to its sink in pieces of about this size, so a big roster's report
/// is never held whole in memory (docs/performance.md, flat memory).
inline constexpr std::size_t kReportPiece = std::size_t{32} << 10;

/// Hands `out` to the sink once it holds a piece, and empties it.
void pass_on(std::ostringstream& out, const ReportSink& sink);

/// A summary figure: sums of rounded values, so two decimals hide float noise like
/// 171.39999.
std::string report_number(double v);

/// What the rules changed over the whole plan, in a line: `12 sessions changed` then,
/// after `list_opens` (": " in report.md, ", " in report.html), the rest days, speedwork
/// and routes, then the volume and time before and after.
std::string changes_text(const AthleteRecord& a, std::string_view list_opens);

}  // namespace planadj::batch
