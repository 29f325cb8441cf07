// "Did you mean" suggestions for misspelt names: keys in files (lib/io), --kind
// values (lib/commands).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace planadj {

/// Levenshtein distance between two ASCII strings.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The one name in `names` close to `typed` (a small edit distance, or the only
/// name that contains it), or nullopt when none is convincing.
std::optional<std::string> closest_name(std::string_view typed,
                                        const std::vector<std::string_view>& names);

/// Other names people give things of a list, each with the name it means
/// (`{"it_band", "itbs"}`): what a typed name is compared with before spelling.
using Aliases = std::vector<std::pair<std::string_view, std::string_view>>;

/// " (did you mean 'x'?)" or " (expected one of: a, b, c)", for an unknown name.
/// An alias (compared as closest_name spells: any case, `-` or space for `_`) suggests
/// the name it means.
std::string suggestion(std::string_view typed, const std::vector<std::string_view>& names,
                       const Aliases& aliases = {});

}  // namespace planadj
