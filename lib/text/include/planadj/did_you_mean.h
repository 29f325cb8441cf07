// "Did you mean" suggestions for misspelt names: keys in files (lib/io), --kind
// values (lib/commands).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace planadj {

/// Levenshtein distance between two ASCII strings.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The one name in `names` close to `typed` (a small edit distance, or the only
/// name that contains it), or nullopt when none is convincing.
std::optional<std::string> closest_name(std::string_view typed,
                                        const std::vector<std::string_view>& names);

/// " (did you mean 'x'?)" or " (expected one of: a, b, c)", for an unknown name.
std::string suggestion(std::string_view typed, const std::vector<std::string_view>& names);

}  // namespace planadj
