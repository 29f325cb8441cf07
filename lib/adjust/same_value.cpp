// Comparing values copied from the input (planadj/adjust.h): the one comparison the
// locks of a kept session (docs/batch.md#history) and `diff`'s unknown keys share.
#include "planadj/adjust.h"

namespace planadj {

bool same_value(const Value& a, const Value& b, Quoting quoting) {
  if (a.kind != b.kind || a.text != b.text ||
      (quoting == Quoting::compared && a.quoted != b.quoted) || a.items.size() != b.items.size() ||
      a.entries.size() != b.entries.size())
    return false;
  for (std::size_t i = 0; i < a.items.size(); ++i)
    if (!same_value(a.items[i], b.items[i], quoting)) return false;
  for (std::size_t i = 0; i < a.entries.size(); ++i)
    if (a.entries[i].first != b.entries[i].first ||
        !same_value(a.entries[i].second, b.entries[i].second, quoting))
      return false;
  return true;
}

}  // namespace planadj
