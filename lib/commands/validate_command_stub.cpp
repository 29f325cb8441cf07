// STUB: replaced by the real `validate` command.
#include <ostream>

#include "planadj/commands.h"

namespace planadj {
int run_validate(const ValidateOptions&, std::ostream&, std::ostream& err) {
  err << "plan-adjust: error: validate is not implemented yet\n";
  return 2;
}
}  // namespace planadj
