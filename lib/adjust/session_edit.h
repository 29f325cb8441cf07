// Edits of one session that remember what they replaced in `adjustment.original`,
// so every change can be undone (docs/rules.md#invariants, invariant 5) and never makes it harder.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "planadj/model.h"

namespace planadj::adjust {

/// docs/rules.md#terms "volume": the distance where given, else the duration in minutes.
std::optional<double> volume_of(const Session& s);

/// The adjustment block, created with `rule` and `reason` when the session has none.
Adjustment& touch(Session& s, std::string_view rule, const std::string& reason);

/// Appends `change` to the session's changes (once).
void add_change(Session& s, std::string_view change);

/// `to_rest`, `double_to_rest`, … or `to_cross_training`, … by `replace_runs_with`.
std::string replacement_change(std::string_view prefix, const Policy& policy);

/// Drops an adjustment block that ended up with no change.
void drop_if_unchanged(Session& s);

/// Sets the type, remembering the first original type.
void set_type(Session& s, SessionType t);

/// Multiplies distance and duration by `factor` (<= 1), rounded by the policy and never
/// above the value before; elevation_gain shrinks with the distance (floored to whole
/// metres) so the run never gets hillier. Returns whether anything changed.
bool scale_volume(Session& s, double factor, const Policy& policy);

/// Lowers the distance (or, without one, the duration) to at most `limit`, rounded
/// down by the policy. Returns whether anything changed.
bool cap_volume(Session& s, double limit, const Policy& policy);

/// Makes a hilly or rolling session flat: `terrain: flat`, with route and
/// elevation_gain moved into the original. Returns whether it was not flat already.
bool flatten_route(Session& s, Units units);

/// Undoes every earlier change, then makes the run a rest day (or cross-training when
/// the policy says so): type, distance, duration, terrain, route, elevation_gain and
/// description move into the original, and a description says what the day is instead
/// of what; a cross-training day keeps the run's time (from the distance at an easy
/// pace when the run had no duration).
void replace_run(Session& s, const Policy& policy, Units units, std::string_view rule,
                 const std::string& reason, std::string_view change);

/// Replaces the description with the tool's own, remembering the first original
/// (nullopt inside: there was none).
void replace_description(Session& s, std::string text);

/// A distance rounded to the policy's step (nearest), never above `ceiling`.
double round_distance(double v, double ceiling, const Policy& policy);

/// Minutes rounded to the policy's step (nearest), never above `ceiling`.
double round_minutes(double v, double ceiling, const Policy& policy);

}  // namespace planadj::adjust
