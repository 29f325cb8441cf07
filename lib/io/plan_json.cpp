// The plan as JSON, by hand: the same document and key order as the YAML writer,
// 2-space indent, numbers as numbers, dates as strings.

#include "io/plan_document.h"
#include "io/yaml_scalars.h"
#include "planadj/json_writer.h"
#include "planadj/writers.h"

namespace planadj {
namespace {

using io::DocNode;

// An unknown key's scalar, typed as the YAML 1.2 core schema reads it.
void yaml_scalar(JsonWriter& j, const DocNode& n) {
  if (n.quoted) return j.str(n.text);
  const io::CoreType type = io::core_schema_type(n.text);
  switch (type) {
    case io::CoreType::null:
      return j.null();
    case io::CoreType::boolean:
      return j.boolean(n.text[0] == 't' || n.text[0] == 'T');
    case io::CoreType::integer:
    case io::CoreType::floating: {
      const std::string num = io::json_number(n.text, type);
      if (num.empty()) return j.str(n.text);  // .inf, .nan: JSON has no spelling
      return j.raw(num);
    }
    case io::CoreType::string:
      return j.str(n.text);
  }
}

void emit(JsonWriter& j, const DocNode& n) {
  switch (n.kind) {
    case DocNode::Kind::null:
      return j.null();
    case DocNode::Kind::text:
    case DocNode::Kind::date:
      return j.str(n.text);
    case DocNode::Kind::number:
      // Non-finite numbers have no JSON spelling.
      if (n.text.find("inf") != std::string::npos || n.text.find("nan") != std::string::npos)
        return j.null();
      return j.raw(n.text);
    case DocNode::Kind::yaml_scalar:
      return yaml_scalar(j, n);
    case DocNode::Kind::mapping:
      j.open('{');
      for (const auto& [key, value] : n.entries) {
        j.key(key);
        emit(j, value);
      }
      return j.close('}');
    case DocNode::Kind::sequence:
      j.open('[');
      for (const auto& item : n.items) emit(j, item);
      return j.close(']');
  }
}

}  // namespace

std::string write_plan_json(const Plan& plan) {
  JsonWriter j;
  emit(j, io::plan_document(plan));
  return j.done();
}

}  // namespace planadj
