// Our own YAML emitter (private to lib/io): a DocNode as block YAML, with the quoting
// rules of docs/formats.md#writing-yaml. No yaml-cpp emitter, no std::regex.
#pragma once

#include <string>
#include <string_view>

#include "io/plan_document.h"

namespace planadj::io {

/// Where a scalar goes: inside `{…}` / `[…]` more characters need quotes.
enum class ScalarContext { block, flow };

/// True when `s` can be written unquoted in `ctx` and reads back as the same text
/// (whatever type a reader would give it: see reads_as_non_string).
bool plain_safe(std::string_view s, ScalarContext ctx);

/// `s` as a YAML double-quoted scalar, control and non-printable characters escaped.
std::string double_quoted(std::string_view s);

/// `s` as a YAML string: plain when every YAML 1.1 and 1.2 reader reads it back as
/// this same string, else double-quoted.
std::string yaml_string(std::string_view s, ScalarContext ctx);

/// Appends `node` (a mapping or sequence) in block style, its lines indented by
/// `indent` spaces, each line ending in `\n`.
void emit_block(std::string& out, const DocNode& node, int indent);

/// Appends one sequence item `- …` for `item` at `indent` (the column of `-`).
void emit_item(std::string& out, const DocNode& item, int indent);

/// Appends `node` in flow style on one line (`{a: 1, b: [x, y]}`), no newline.
void emit_flow(std::string& out, const DocNode& node);

/// The whole document: `root` in block style.
std::string emit_document(const DocNode& root);

}  // namespace planadj::io
