// HTML escaping, shared by every HTML output (the diff page, the batch report) and by
// the Markdown renderers that must not let `<` start a tag, so they escape alike.
#pragma once

#include <string>
#include <string_view>

namespace planadj {

/// Appends the HTML entity of `&`, `<` or `>` to `out` and returns true; for any
/// other character appends nothing and returns false.
bool append_html_entity(std::string& out, char ch);

/// Escapes text for HTML content and attribute values (& < > " ').
std::string html_escape(std::string_view s);

}  // namespace planadj
