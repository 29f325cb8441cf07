// A count with its noun, for every line a person reads: "1 athlete", "2 athletes",
// "0 errors" (docs/architecture.md, "Layers": text). The one plural in the code.
#pragma once

#include <string>
#include <string_view>

namespace planadj {

/// `n` and `word`, with an "s" unless `n` is 1: plural(1, "day") is "1 day",
/// plural(3, "rest day") "3 rest days".
std::string plural(long long n, std::string_view word);

/// `n` and `one` when `n` is 1, else `n` and `many`, for words whose plural is not the
/// last word plus "s": plural(2, "route flattened", "routes flattened").
std::string plural(long long n, std::string_view one, std::string_view many);

}  // namespace planadj
