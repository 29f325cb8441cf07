// The plan as YAML (docs/formats.md#revised-plan, #writing-yaml): our own emitter.
#include "io/plan_document.h"
#include "io/yaml_emit.h"
#include "planadj/writers.h"

namespace planadj {

std::string write_plan_yaml(const Plan& plan) { return io::emit_document(io::plan_document(plan)); }

}  // namespace planadj
