// STUB: replaced by the real `batch` command.
#include <ostream>

#include "planadj/commands.h"

namespace planadj {
int run_batch(const BatchOptions&, std::ostream&, std::ostream& err) {
  err << "plan-adjust: error: batch is not implemented yet\n";
  return 2;
}
}  // namespace planadj
