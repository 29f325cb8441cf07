// STUB: replaced by the real pipeline (issue 3).
#include "planadj/adjust.h"

namespace planadj {
AdjustResult adjust_plan(const Plan& plan, const InjuryLog*, const Policy&, std::optional<Date>) {
  return {plan, {}};
}
Plan restore_original(const Plan& plan) { return plan; }
}  // namespace planadj
