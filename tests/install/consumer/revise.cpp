// Reads a plan and an injury log, adjusts the plan under the default policy and
// prints the revised plan as YAML: what `plan-adjust adjust PLAN --injuries LOG` does,
// through the installed library alone.
#include <iostream>
#include <optional>

#include "planadj/adjust.h"
#include "planadj/readers.h"
#include "planadj/writers.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: revise PLAN LOG\n";
    return 2;
  }
  planadj::Diagnostics ds;
  const auto plan_text = planadj::read_text_file(argv[1], ds);
  const auto log_text = planadj::read_text_file(argv[2], ds);
  if (!plan_text || !log_text) return 2;
  const auto plan = planadj::parse_plan(*plan_text, argv[1]);
  const auto log = planadj::parse_injury_log(*log_text, argv[2]);
  if (!plan.ok() || !log.ok()) return 1;
  const auto result =
      planadj::adjust_plan(*plan.value, &*log.value, planadj::Policy{}, std::nullopt);
  std::cout << planadj::write_plan_yaml(result.revised);
  return 0;
}
