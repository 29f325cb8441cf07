// Durations as people read and write them (docs/formats.md#plan): the one formatter the
// writers and the rules use, so a changed duration keeps the input's spelling.
#pragma once

#include <string>
#include <string_view>

namespace planadj {

/// `minutes` spelt the way `style` (a duration as the input wrote it) was spelt:
/// `1:20:00` -> `1:04:00`, `45min` -> `36min`, `45` -> `36`, `1h30min` -> `1h12min`,
/// `90 min` -> `72 min`. An empty or unknown style gives `36min`, `1h`, `1h12min`.
/// Minutes that are not whole come out as `H:MM:SS` (the spelling that carries seconds),
/// except in the plain-number style (`36.5`).
std::string duration_in_style(double minutes, std::string_view style = {});

}  // namespace planadj
