// The one rule for athlete ids (SPEC §3, §9), shared by the readers (a plan's,
// a log's and a manifest's `athlete`/`id`) and the batch (roster folder names).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace planadj {

/// Longest athlete id: one folder name on common file systems.
inline constexpr std::size_t kMaxAthleteIdBytes = 255;

/// Why `id` is not a valid athlete id, as the end of "athlete id X ..." (e.g.
/// "must not contain '/'"), or empty when it is valid. Valid: 1 to 255 letters,
/// digits, '.', '_' and '-', not starting with '.', no "..". The id names a
/// folder under batch's --out, so nothing may climb out of it, hide, or read
/// differently in a shell or on another file system.
std::string athlete_id_problem(std::string_view id);

}  // namespace planadj
