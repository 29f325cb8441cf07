// STUB: replaced by the real `diff` command.
#include <ostream>

#include "planadj/commands.h"

namespace planadj {
int run_diff(const DiffOptions&, std::ostream&, std::ostream& err) {
  err << "plan-adjust: error: diff is not implemented yet\n";
  return 2;
}
}  // namespace planadj
