// Numbers and durations as the tool writes them: the shortest text that reads back
// exactly, never yaml-cpp's 17-digit `6.4000000000000004` (docs/architecture.md#yaml-cpp-facts).
// The formatters live in lib/text, so the rules and the diff spell them the same way.
#include "planadj/duration_text.h"
#include "planadj/number_text.h"
#include "planadj/writers.h"

namespace planadj {

std::string format_number(double v) { return shortest_number(v); }

std::string format_duration(double minutes) { return duration_in_style(minutes); }

}  // namespace planadj
