// Pieces of the plan reader shared between its files (private to lib/io).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "io/node_checks.h"
#include "planadj/model.h"

namespace planadj::io {

/// A `duration` value: `45`, `45min`, `1h30min`, `1:30:00`; `text` keeps the spelling.
std::optional<Duration> read_duration(Checker& c, const Field& f);

/// A session's `adjustment` block, as our own writer produces it (docs/formats.md#revised-plan).
std::optional<Adjustment> read_adjustment(Checker& c, const Field& f);

/// The plan's `adjusted` header, as our own writer produces it (docs/formats.md#revised-plan).
std::optional<AdjustedHeader> read_adjusted(Checker& c, const Field& f);

/// An injury name; "injury" in messages.
std::optional<InjuryKind> read_injury_kind(Checker& c, const Field& f);
/// A side name: left | right | both.
std::optional<Side> read_side(Checker& c, const Field& f);

/// The top-level keys of a policy file (docs/formats.md#policy); `validate` also guesses a file's
/// kind from them.
const std::vector<std::string_view>& policy_keys();

}  // namespace planadj::io
