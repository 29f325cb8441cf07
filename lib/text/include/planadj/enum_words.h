// Words for enum values as tables indexed by the enum: one entry per value in its
// declaration order, the count checked when the code is compiled, so adding a value
// without its words fails the build instead of printing nothing.
//
//   using namespace std::literals;
//   constexpr std::array kNames{"adjusted"sv, "unchanged"sv, "error"sv};
//   static_assert(kNames.size() == enum_count(AthleteStatus::error));
//   return word_of(kNames, status);
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace planadj {

/// The number of values of an enum whose values run from 0 to `last`, one apart.
template <class E>
constexpr std::size_t enum_count(E last) {
  return static_cast<std::size_t>(last) + 1;
}

/// The entry of `words` for `e` (a value of the enum the table is indexed by).
template <class E, std::size_t N>
constexpr std::string_view word_of(const std::array<std::string_view, N>& words, E e) {
  return words[static_cast<std::size_t>(e)];
}

}  // namespace planadj
