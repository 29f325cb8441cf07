// Numbers as the tool writes them for people and files: the shortest text that reads
// back exactly (`6.4`, never `6.4000000000000004`) (docs/formats.md#writing-yaml).
#pragma once

#include <string>

namespace planadj {

/// `6.4`, `10`, `0` (also for -0); `.nan`, `.inf`, `-.inf` as YAML spells them.
std::string shortest_number(double v);

}  // namespace planadj
