// Restoring a revised plan to its original (docs/rules.md#invariants, invariant 5).
#pragma once

#include "planadj/model.h"

namespace planadj::adjust {

/// Puts back every field held in `adjustment.original` and drops the adjustment.
/// A key the original did not have leaves the key order; one that comes back keeps
/// its place if the order still names it, else the writer places it.
void restore_session(Session& s);

/// Drops the `adjusted` header and its place in the key order.
void drop_adjusted_header(Plan& plan);

}  // namespace planadj::adjust
