// JSON string literals, shared by every hand-written JSON output (plan JSON, diff
// JSON, batch report) so they escape text the same way.
#pragma once

#include <string>
#include <string_view>

namespace planadj {

/// Appends `s` to `out` as a JSON string literal, quotes included. `"` and `\` are
/// escaped, \b \f \n \r \t use their short escapes, other control characters and DEL
/// become \u00XX, valid UTF-8 passes through, and each byte that does not start a
/// valid UTF-8 sequence becomes \ufffd, so the output is always valid JSON.
void append_json_quoted(std::string& out, std::string_view s);

/// `s` as a JSON string literal, quotes included (see append_json_quoted).
std::string json_quote(std::string_view s);

}  // namespace planadj
