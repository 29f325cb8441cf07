#include "io/yaml_emit.h"

#include <cstdint>

#include "io/yaml_scalars.h"

namespace planadj::io {
namespace {

using Kind = DocNode::Kind;

// Characters that may not start a plain scalar (YAML 1.2 §5.3, c-indicator); `-`, `?`
// and `:` could start one when followed by a non-space, but quoting them is simpler.
constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`";
// Characters that end a plain scalar inside a flow collection (and `?`, which
// yaml-cpp 0.7 takes for a key indicator there).
constexpr std::string_view kFlowIndicators = ",[]{}:?";

struct CodePoint {
  std::uint32_t value = 0;
  int length = 1;  ///< bytes; a byte that is not UTF-8 counts as one code point of its own
  bool valid = false;
};

CodePoint decode(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return {c, 1, true};
  int more = 0;
  std::uint32_t cp = 0;
  if ((c & 0xE0) == 0xC0) {
    more = 1, cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    more = 2, cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    more = 3, cp = c & 0x07;
  } else {
    return {c, 1, false};
  }
  if (i + static_cast<std::size_t>(more) >= s.size()) return {c, 1, false};  // truncated
  for (int k = 1; k <= more; ++k) {
    const auto d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return {c, 1, false};
    cp = (cp << 6) | (d & 0x3F);
  }
  return {cp, more + 1, true};
}

// YAML 1.2 §5.1 c-printable, less the characters YAML 1.1 reads as line breaks
// (NEL, LS, PS) and the byte-order mark, which a reader may drop. NEL is written
// `\x85`: yaml-cpp 0.7 reads `\N` as a lone byte, not as UTF-8.
bool printable(std::uint32_t cp) {
  if (cp < 0x20) return false;
  if (cp >= 0x7F && cp <= 0x9F) return false;
  if (cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF) return false;
  return true;
}

const char* short_escape(std::uint32_t cp) {
  switch (cp) {
    case 0x00:
      return "\\0";
    case 0x07:
      return "\\a";
    case 0x08:
      return "\\b";
    case 0x09:
      return "\\t";
    case 0x0A:
      return "\\n";
    case 0x0B:
      return "\\v";
    case 0x0C:
      return "\\f";
    case 0x0D:
      return "\\r";
    case 0x1B:
      return "\\e";
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case 0x2028:
      return "\\L";
    case 0x2029:
      return "\\P";
    default:
      return nullptr;
  }
}

void hex_escape(std::string& out, std::uint32_t cp) {
  constexpr char kDigits[] = "0123456789ABCDEF";
  const int width = cp <= 0xFF ? 2 : 4;
  out += width == 2 ? "\\x" : "\\u";
  for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) out += kDigits[(cp >> shift) & 0xF];
}

bool is_space(char c) { return c == ' ' || c == '\t'; }

bool inline_node(const DocNode& n) {
  switch (n.kind) {
    case Kind::mapping:
      return n.flow || n.entries.empty();
    case Kind::sequence:
      return n.flow || n.items.empty();
    default:
      return true;
  }
}

void scalar(std::string& out, const DocNode& n, ScalarContext ctx) {
  switch (n.kind) {
    case Kind::null:
      out += "null";
      return;
    case Kind::text:
      out += yaml_string(n.text, ctx);
      return;
    case Kind::number:
    case Kind::date:
      out += n.text;  // already in their plain spelling (`6.4`, `2026-03-02`)
      return;
    case Kind::yaml_scalar:
      // An unknown key's scalar goes back as written, so it reads back as the same type;
      // a plain one that would not survive where it now goes is a string: quote it.
      out += !n.quoted && plain_safe(n.text, ctx) ? n.text : double_quoted(n.text);
      return;
    case Kind::mapping:
    case Kind::sequence:
      emit_flow(out, n);
      return;
  }
}

void indent_to(std::string& out, int indent) { out.append(static_cast<std::size_t>(indent), ' '); }

void key_value(std::string& out, const std::string& key, const DocNode& value, int indent) {
  out += yaml_string(key, ScalarContext::block);
  out += ':';
  if (inline_node(value)) {
    out += ' ';
    scalar(out, value, ScalarContext::block);
    out += '\n';
    return;
  }
  out += '\n';
  emit_block(out, value, indent + 2);
}

// The entries of a block mapping; the first one's indentation is already written
// when `first_indented` (a `- ` item puts it on its own line).
void entries(std::string& out, const DocNode& map, int indent, bool first_indented) {
  bool first = true;
  for (const auto& [key, value] : map.entries) {
    if (!(first && first_indented)) indent_to(out, indent);
    first = false;
    key_value(out, key, value, indent);
  }
}

void items(std::string& out, const DocNode& seq, int indent, bool first_indented);

// `- ` and the item; the line's indentation is already written.
void item_after_indent(std::string& out, const DocNode& item, int indent) {
  out += "- ";
  if (inline_node(item)) {
    scalar(out, item, ScalarContext::block);
    out += '\n';
  } else if (item.kind == Kind::mapping) {
    entries(out, item, indent + 2, true);
  } else {
    items(out, item, indent + 2, true);
  }
}

void items(std::string& out, const DocNode& seq, int indent, bool first_indented) {
  bool first = true;
  for (const auto& item : seq.items) {
    if (!(first && first_indented)) indent_to(out, indent);
    first = false;
    item_after_indent(out, item, indent);
  }
}

}  // namespace

bool plain_safe(std::string_view s, ScalarContext ctx) {
  if (s.empty() || kIndicators.find(s.front()) != std::string_view::npos) return false;
  if (is_space(s.front()) || is_space(s.back()) || s.back() == ':') return false;
  if (s.rfind("...", 0) == 0) return false;  // a document end marker at a line start
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c == ':' && i + 1 < s.size() && is_space(s[i + 1])) return false;  // `a: b`: a mapping
    if (c == '#' && i > 0 && is_space(s[i - 1])) return false;             // ` #` starts a comment
    if (ctx == ScalarContext::flow && kFlowIndicators.find(c) != std::string_view::npos)
      return false;
    const CodePoint cp = decode(s, i);
    if (!cp.valid || !printable(cp.value)) return false;
    i += static_cast<std::size_t>(cp.length);
  }
  return true;
}

std::string double_quoted(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    const CodePoint cp = decode(s, i);
    if (!cp.valid) {
      out += s[i];  // not UTF-8: YAML cannot spell it; the readers refuse such input
    } else if (const char* e = short_escape(cp.value)) {
      out += e;
    } else if (!printable(cp.value)) {
      hex_escape(out, cp.value);
    } else {
      out.append(s, i, static_cast<std::size_t>(cp.length));
    }
    i += static_cast<std::size_t>(cp.length);
  }
  out += '"';
  return out;
}

std::string yaml_string(std::string_view s, ScalarContext ctx) {
  if (plain_safe(s, ctx) && !reads_as_non_string(s)) return std::string(s);
  return double_quoted(s);
}

void emit_flow(std::string& out, const DocNode& n) {
  if (n.kind == Kind::mapping) {
    out += '{';
    const char* sep = "";
    for (const auto& [key, value] : n.entries) {
      out += sep;
      out += yaml_string(key, ScalarContext::flow);
      out += ": ";
      scalar(out, value, ScalarContext::flow);
      sep = ", ";
    }
    out += '}';
  } else if (n.kind == Kind::sequence) {
    out += '[';
    const char* sep = "";
    for (const auto& item : n.items) {
      out += sep;
      scalar(out, item, ScalarContext::flow);
      sep = ", ";
    }
    out += ']';
  } else {
    scalar(out, n, ScalarContext::flow);
  }
}

void emit_block(std::string& out, const DocNode& node, int indent) {
  if (node.kind == Kind::mapping)
    entries(out, node, indent, false);
  else
    items(out, node, indent, false);
}

void emit_item(std::string& out, const DocNode& item, int indent) {
  indent_to(out, indent);
  item_after_indent(out, item, indent);
}

std::string emit_document(const DocNode& root) {
  std::string out;
  if (inline_node(root)) {
    scalar(out, root, ScalarContext::block);
    out += '\n';
  } else {
    emit_block(out, root, 0);
  }
  return out;
}

}  // namespace planadj::io
