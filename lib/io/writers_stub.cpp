// STUB: replaced by the real writers (issue 2).
#include "planadj/writers.h"

namespace planadj {
std::string write_plan_yaml(const Plan&) { return "# writer not implemented yet\n"; }
std::string write_plan_json(const Plan&) { return "{}\n"; }
std::string write_plan_ics(const Plan&) { return ""; }
std::string format_number(double v) { return std::to_string(v); }
std::string format_duration(double minutes) { return std::to_string(minutes) + "min"; }
}  // namespace planadj
