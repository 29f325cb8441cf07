// Pieces of the plan reader shared between its files (private to lib/io).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/node_checks.h"
#include "planadj/model.h"

namespace planadj::io {

/// Moves `v` into `out`; false when `v` is empty (its error is reported).
template <class T>
bool keep(std::optional<T> v, std::optional<T>& out) {
  out = std::move(v);
  return out.has_value();
}

/// Sets `out` from `v` when it holds a value; false when it is empty (its error is reported).
template <class T>
bool set(const std::optional<T>& v, T& out) {
  if (v) out = *v;
  return v.has_value();
}

/// A `duration` value: `45`, `45min`, `1h30min`, `1:30:00`; `text` keeps the spelling.
std::optional<Duration> read_duration(Checker& c, const Field& f);

/// A session's `adjustment` block, as our own writer produces it (docs/formats.md#revised-plan).
std::optional<Adjustment> read_adjustment(Checker& c, const Field& f);

/// The plan's `adjusted` header, as our own writer produces it (docs/formats.md#revised-plan).
std::optional<AdjustedHeader> read_adjusted(Checker& c, const Field& f);

/// An injury name; "injury" in messages.
std::optional<InjuryKind> read_injury_kind(Checker& c, const Field& f);
/// The names coaches give injuries that are not their ids (`it_band`, `pf`, `achilles`),
/// each with the id it means: "did you mean" for an unknown injury
/// (docs/formats.md#injury-log).
const Aliases& injury_aliases();
/// A side name: left | right | both.
std::optional<Side> read_side(Checker& c, const Field& f);

/// The file's `athlete` key (a plan's or an injury log's): a safe athlete id into `id`, and
/// where its value is into `where`, for the messages that compare it with the run's athlete.
void read_athlete(Checker& c, const Field& f, std::string& id, Location& where);

/// The top-level keys of a policy file (docs/formats.md#policy); `validate` also guesses a file's
/// kind from them.
const std::vector<std::string_view>& policy_keys();

}  // namespace planadj::io
