// Where a plan's sessions and header sit in its text (private to lib/io), recorded by
// the plan reader so the YAML writer can copy what the tool did not change
// (docs/formats.md#revised-plan-as-text).
#pragma once

#include <memory>
#include <string>

#include "io/yaml_source.h"
#include "planadj/model.h"

namespace planadj::io {

/// The top-level nodes the layout is built around.
struct PlanNodes {
  const YNode* root = nullptr;
  const YNode* sessions_key = nullptr;
  const YNode* sessions = nullptr;      ///< the sequence; its items are `plan.sessions`, in order
  const YNode* adjusted_key = nullptr;  ///< null when the input has no header
};

/// Sets `plan.layout` and each session's `span` from `text`. Leaves them empty when
/// the layout is not one the writer can keep (a flow root or flow session list, an item
/// it cannot place): the writer then writes the whole document.
void record_layout(std::shared_ptr<const std::string> text, const YamlDoc& doc,
                   const PlanNodes& nodes, Plan& plan);

}  // namespace planadj::io
