// The plan as JSON, by hand: the same document and key order as the YAML writer,
// 2-space indent, numbers as numbers, dates as strings.

#include "io/plan_document.h"
#include "io/yaml_scalars.h"
#include "planadj/json_text.h"
#include "planadj/writers.h"

namespace planadj {
namespace {

using io::DocNode;

// An unknown key's scalar, typed as the YAML 1.2 core schema reads it.
void yaml_scalar(std::string& out, const DocNode& n) {
  if (n.quoted) return append_json_quoted(out, n.text);
  const io::CoreType type = io::core_schema_type(n.text);
  switch (type) {
    case io::CoreType::null:
      out += "null";
      return;
    case io::CoreType::boolean:
      out += (n.text[0] == 't' || n.text[0] == 'T') ? "true" : "false";
      return;
    case io::CoreType::integer:
    case io::CoreType::floating: {
      const std::string num = io::json_number(n.text, type);
      if (num.empty()) return append_json_quoted(out, n.text);  // .inf, .nan: JSON has no spelling
      out += num;
      return;
    }
    case io::CoreType::string:
      append_json_quoted(out, n.text);
      return;
  }
}

void newline(std::string& out, int depth) {
  out += '\n';
  out.append(static_cast<std::size_t>(depth) * 2, ' ');
}

void emit(std::string& out, const DocNode& n, int depth) {
  switch (n.kind) {
    case DocNode::Kind::null:
      out += "null";
      return;
    case DocNode::Kind::text:
    case DocNode::Kind::date:
      append_json_quoted(out, n.text);
      return;
    case DocNode::Kind::number:
      // Non-finite numbers have no JSON spelling.
      if (n.text.find("inf") != std::string::npos || n.text.find("nan") != std::string::npos)
        out += "null";
      else
        out += n.text;
      return;
    case DocNode::Kind::yaml_scalar:
      yaml_scalar(out, n);
      return;
    case DocNode::Kind::mapping:
      if (n.entries.empty()) {
        out += "{}";
        return;
      }
      out += '{';
      for (std::size_t i = 0; i < n.entries.size(); ++i) {
        if (i) out += ',';
        newline(out, depth + 1);
        append_json_quoted(out, n.entries[i].first);
        out += ": ";
        emit(out, n.entries[i].second, depth + 1);
      }
      newline(out, depth);
      out += '}';
      return;
    case DocNode::Kind::sequence:
      if (n.items.empty()) {
        out += "[]";
        return;
      }
      out += '[';
      for (std::size_t i = 0; i < n.items.size(); ++i) {
        if (i) out += ',';
        newline(out, depth + 1);
        emit(out, n.items[i], depth + 1);
      }
      newline(out, depth);
      out += ']';
      return;
  }
}

}  // namespace

std::string write_plan_json(const Plan& plan) {
  std::string out;
  emit(out, io::plan_document(plan), 0);
  out += '\n';
  return out;
}

}  // namespace planadj
