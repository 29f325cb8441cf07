// Restoring a revised plan to its original (SPEC §6 invariant 5).
#pragma once

#include "planadj/model.h"

namespace planadj::adjust {

/// Puts back every field held in `adjustment.original` and drops the adjustment.
/// Keys that the original did not have leave the key order.
void restore_session(Session& s);

}  // namespace planadj::adjust
