// The plan as YAML through yaml-cpp's emitter, in SPEC §7's layout.
#include <yaml-cpp/yaml.h>

#include <stdexcept>

#include "io/plan_document.h"
#include "io/yaml_scalars.h"
#include "planadj/writers.h"

namespace planadj {
namespace {

using io::DocNode;

// Strings a YAML 1.1 reader would turn into booleans, numbers, dates or null are
// quoted; yaml-cpp itself quotes what is not a valid plain scalar (`a: b`, `#x`).
void emit_string(YAML::Emitter& out, const std::string& s, bool force_quotes) {
  if (force_quotes || io::reads_as_non_string(s))
    out << YAML::DoubleQuoted << s;
  else
    out << s;
}

void emit(YAML::Emitter& out, const DocNode& n) {
  switch (n.kind) {
    case DocNode::Kind::null:
      out << YAML::Null;
      return;
    case DocNode::Kind::text:
      emit_string(out, n.text, false);
      return;
    case DocNode::Kind::number:
    case DocNode::Kind::date:
      out << n.text;  // already in their plain spelling (`6.4`, `2026-03-02`)
      return;
    case DocNode::Kind::yaml_scalar:
      // An unquoted scalar goes back as written, so it reads back as the same type.
      if (n.quoted)
        out << YAML::DoubleQuoted << n.text;
      else
        out << n.text;
      return;
    case DocNode::Kind::mapping:
      if (n.flow || n.entries.empty()) out << YAML::Flow;
      out << YAML::BeginMap;
      for (const auto& [key, value] : n.entries) {
        out << YAML::Key;
        emit_string(out, key, false);
        out << YAML::Value;
        emit(out, value);
      }
      out << YAML::EndMap;
      return;
    case DocNode::Kind::sequence:
      if (n.flow || n.items.empty()) out << YAML::Flow;
      out << YAML::BeginSeq;
      for (const auto& item : n.items) emit(out, item);
      out << YAML::EndSeq;
      return;
  }
}

}  // namespace

std::string write_plan_yaml(const Plan& plan) {
  YAML::Emitter out;
  out.SetIndent(2);
  out.SetNullFormat(YAML::LowerNull);
  emit(out, io::plan_document(plan));
  if (!out.good()) throw std::runtime_error("cannot write YAML: " + out.GetLastError());
  return std::string(out.c_str(), out.size()) + "\n";
}

}  // namespace planadj
