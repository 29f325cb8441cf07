// STUB: replaced by the real `adjust` command.
#include <ostream>

#include "planadj/commands.h"

namespace planadj {
int run_adjust(const AdjustOptions&, std::ostream&, std::ostream& err) {
  err << "plan-adjust: error: adjust is not implemented yet\n";
  return 2;
}
}  // namespace planadj
