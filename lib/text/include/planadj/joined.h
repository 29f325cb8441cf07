// A list of words in one line, for every text a person reads: "pain, acute_rest_days",
// "Achilles tendinopathy (left): reduced-load; race called off: 2026-04-26". The one
// join in the code.
#pragma once

#include <string>
#include <string_view>

namespace planadj {

/// The items in order with `separator` between them; "" for none. `Items` is any range
/// of strings or string views.
template <class Items>
std::string joined(const Items& items, std::string_view separator) {
  std::string out;
  bool first = true;
  for (const auto& item : items) {
    if (!first) out += separator;
    out += item;
    first = false;
  }
  return out;
}

}  // namespace planadj
