#include "referral_lines.h"

#include <ostream>

#include "planadj/adjust.h"

namespace planadj {

void print_referrals(std::string_view who, const std::vector<Referral>& referrals, bool unrevised,
                     std::ostream& err) {
  for (const Referral& r : referrals) {
    err << "plan-adjust: referral: " << who << ": " << describe_referral(r);
    if (unrevised) err << " (the plan cannot be revised until the errors are fixed)";
    err << '\n';
  }
}

}  // namespace planadj
