// A YAML-shaped tree for the keys the tool does not know, so they survive every
// command in their place. Kept free of yaml-cpp: only lib/io converts to and from it.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace planadj {

/// A scalar, sequence or mapping copied from the input (aliases already expanded).
struct Value {
  enum class Kind { null, scalar, sequence, mapping };
  Kind kind = Kind::null;
  std::string text;          ///< scalar text as written in the input
  bool quoted = false;       ///< the scalar was quoted: write it back as a string
  std::vector<Value> items;  ///< sequence items
  std::vector<std::pair<std::string, Value>> entries;  ///< mapping entries, in order
};

/// An ordered list of keys the tool does not know, with their values.
using ExtraKeys = std::vector<std::pair<std::string, Value>>;

}  // namespace planadj
