// The plan as YAML (docs/formats.md#revised-plan-as-text, #writing-yaml): the input's
// text with only the tool's changes when the plan was read from text, else the whole
// document from the model; our own emitter either way.
#include "io/plan_document.h"
#include "io/plan_text.h"
#include "io/yaml_emit.h"
#include "planadj/writers.h"

namespace planadj {

std::string write_plan_yaml(const Plan& plan) {
  if (auto kept = io::write_keeping_text(plan)) return std::move(*kept);
  return io::emit_document(io::plan_document(plan));
}

}  // namespace planadj
