// `report.html`, the batch's morning page (docs/batch.md#reporthtml): one
// self-contained page, referrals first, then the athletes not revised, each injured
// athlete with a chart, the warnings and the rest of the roster.
#pragma once

#include <string>

#include "planadj/batch.h"

namespace planadj::batch {

/// `report.html`: no scripts, no links, nothing fetched; prints on A4. The same report
/// gives the same bytes. Handed to `sink` in pieces, never held whole.
void render_report_html(const BatchReport& report, const ReportSink& sink);
std::string render_report_html(const BatchReport& report);

}  // namespace planadj::batch
