// Loading YAML text safely into a small tree of our own (private to lib/io).
//
// yaml-cpp's event parser feeds a tree whose aliases are shared pointers into one
// arena, so loading is linear in the file size whatever the aliases do; checks that
// need the raw text (size, NUL bytes, UTF-8), nesting depth and duplicate keys are
// done here once, with every problem located.
#pragma once

#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "planadj/diagnostic.h"

namespace planadj::io {

/// Deepest nesting of sequences and mappings a file may have.
inline constexpr int kMaxNesting = 200;
/// Most nodes a file may hold before aliases are expanded.
inline constexpr std::size_t kMaxNodes = 4'000'000;

/// One node of a loaded document. An alias is the very node its anchor names, so a
/// walk that follows children may meet a node twice or (for `&a [*a]`) inside itself.
struct YNode {
  enum class Kind { null, scalar, sequence, mapping };
  Kind kind = Kind::null;
  std::string text;     ///< scalar text as written (unescaped)
  bool quoted = false;  ///< a quoted or explicitly tagged scalar: a string, never a number
  int line = 0;         ///< 1-based
  int column = 0;       ///< 1-based
  bool flow = false;    ///< a `{…}` / `[…]` collection
  int anchor = 0;       ///< the anchor it defines (`&name`), numbered from 1; 0: none
  std::vector<const YNode*> items;                             ///< sequence items
  std::vector<std::pair<const YNode*, const YNode*>> entries;  ///< mapping entries
};

/// A loaded document: owns its nodes.
struct YamlDoc {
  std::deque<YNode> nodes;
  const YNode* root = nullptr;               ///< null for an empty document
  std::vector<std::pair<int, int>> aliases;  ///< every alias: (anchor number, 1-based line)
};

/// Checks `text` (size, NUL bytes, UTF-8) and loads its first document. Appends every
/// problem to `ds` located in `file`; returns false when nothing could be loaded.
/// Duplicate keys are reported here but do not stop the load.
bool load_yaml(std::string_view text, const std::string& file, YamlDoc& doc, Diagnostics& ds,
               std::size_t max_bytes);

/// Parses a plain decimal number (no inf/nan, no hex); nullopt otherwise.
std::optional<double> parse_number(std::string_view s);

/// "a mapping", "a sequence", "an empty value" or the scalar quoted, for messages.
std::string describe(const YNode& n);

/// How much of a value a message quotes: a real date or id is well under it, so a near
/// miss shows whole, and a pasted paragraph is cut off.
inline constexpr std::size_t kQuotedChars = 40;
/// The first kQuotedChars bytes of `text`, then "..." when there was more.
std::string excerpt(const std::string& text);

}  // namespace planadj::io
