// UTF-8 as RFC 3629 defines it: no overlong forms, no UTF-16 surrogates, nothing past
// U+10FFFF. One check for the readers (which refuse other bytes with their offset) and
// the JSON writer (which replaces them).
#pragma once

#include <cstddef>
#include <string_view>

namespace planadj {

/// Length of the valid UTF-8 sequence at s[i], or 0 when the bytes there are not one.
std::size_t utf8_length(std::string_view s, std::size_t i);

/// Offset of the first byte that does not start a valid UTF-8 sequence, or npos.
std::size_t first_invalid_utf8(std::string_view s);

}  // namespace planadj
