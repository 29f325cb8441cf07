// The revised plan as its input text with only the tool's changes
// (docs/formats.md#revised-plan-as-text). Private to lib/io.
#pragma once

#include <optional>
#include <string>

#include "planadj/model.h"

namespace planadj::io {

/// The plan's input text with the sessions the tool changed written anew, the
/// `adjusted` header replaced in place or inserted before `sessions:`, and every other
/// byte kept. nullopt when the plan has no recorded layout (built in code) or its
/// top level no longer matches the text: the caller then writes the whole document.
std::optional<std::string> write_keeping_text(const Plan& plan);

}  // namespace planadj::io
