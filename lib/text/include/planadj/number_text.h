// Numbers as the tool writes them for people and files: the shortest text that reads
// back exactly (`6.4`, never `6.4000000000000004`) (docs/formats.md#writing-yaml).
#pragma once

#include <string>

namespace planadj {

/// `6.4`, `10`, `0` (also for -0); `.nan`, `.inf`, `-.inf` as YAML spells them.
std::string shortest_number(double v);

/// `v` rounded to `decimals` places, shortest spelling: 7, 6.4, 171.35; never "-0". For
/// totals and summaries, where sums of rounded values carry float noise (171.39999).
std::string rounded_number(double v, int decimals);

/// `v` with exactly `decimals` places: 42.0, 33.1; never "-0.0". For table columns.
std::string fixed_number(double v, int decimals);

}  // namespace planadj
