// Referrals on standard error, the same line from every command (docs/rules.md#referrals).
#pragma once

#include <iosfwd>
#include <string_view>
#include <vector>

#include "planadj/model.h"

namespace planadj {

/// One `plan-adjust: referral: WHO: TEXT` line per referral. With `unrevised` (the
/// athlete's files have errors), each line says so: an error never hides a red flag
/// (docs/rules.md#red-flags-survive-errors).
void print_referrals(std::string_view who, const std::vector<Referral>& referrals, bool unrevised,
                     std::ostream& err);

}  // namespace planadj
