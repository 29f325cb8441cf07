// The output document of a plan, built once and walked by both the YAML and the
// JSON writer, so the two agree on key order, omissions and scalar types.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "planadj/model.h"

namespace planadj::io {

/// One node of the document. Scalars keep their kind so each writer can type them.
struct DocNode {
  enum class Kind {
    null,
    text,         ///< free text: a string in both formats, quoted in YAML when needed
    number,       ///< `text` is already formatted (format_number): a number in both
    date,         ///< `text` is ISO `YYYY-MM-DD`: plain in YAML, a string in JSON
    yaml_scalar,  ///< an unknown key's scalar, `text` as written, `quoted` as written
    mapping,
    sequence
  };
  Kind kind = Kind::null;
  std::string text;
  bool quoted = false;
  bool flow = false;  ///< YAML: write this mapping or sequence in flow style
  std::vector<DocNode> items;
  std::vector<std::pair<std::string, DocNode>> entries;

  /// Appends `key: value` to a mapping and returns the value.
  DocNode& add(std::string key, DocNode value);
};

/// The whole plan document in output order (SPEC §7): input key order, unknown keys
/// in place, the `adjusted` header before `sessions`, `adjustment` last in a session.
DocNode plan_document(const Plan& plan);

/// One session as plan_document writes it.
DocNode session_document(const Session& session);

/// plan_document with an empty session list (the top level and the header).
DocNode plan_top_document(const Plan& plan);

}  // namespace planadj::io
