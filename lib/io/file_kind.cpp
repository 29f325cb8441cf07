// Which of the four file formats a file is (SPEC §2 `validate`).
#include <array>

#include "io/node_checks.h"
#include "planadj/readers.h"

namespace planadj {
namespace {

constexpr std::array<std::string_view, 4> kKindNames{"plan", "injury-log", "policy", "roster"};

}  // namespace

std::string_view name_of(FileKind k) { return kKindNames[static_cast<int>(k)]; }

std::optional<FileKind> parse_file_kind(std::string_view s) {
  for (std::size_t i = 0; i < kKindNames.size(); ++i)
    if (kKindNames[i] == s) return static_cast<FileKind>(i);
  return std::nullopt;
}

const std::vector<std::string_view>& file_kind_names() {
  static const std::vector<std::string_view> names(kKindNames.begin(), kKindNames.end());
  return names;
}

Diagnostics check_yaml(std::string_view text, const std::string& file) {
  Diagnostics ds;
  io::Checker c(file, ds);
  io::YamlDoc doc;
  io::load_root(text, c, doc, ds, "a plan, an injury log, a policy or a roster");
  return ds;
}

std::optional<FileKind> detect_kind(std::string_view text) {
  io::YamlDoc doc;
  Diagnostics ignored;
  if (!io::load_yaml(text, "", doc, ignored, kDefaultMaxFileBytes) || !doc.root ||
      doc.root->kind != io::YNode::Kind::mapping)
    return std::nullopt;
  static const std::vector<std::string_view> policy_keys{"pain",
                                                         "acute_rest_days",
                                                         "reduced_load",
                                                         "return_ramp",
                                                         "bone_return_ramp",
                                                         "long_run_growth_cap",
                                                         "replace_runs_with",
                                                         "rounding"};
  bool policy = false;
  for (const auto& [k, v] : doc.root->entries) {
    if (k->kind != io::YNode::Kind::scalar) continue;
    if (k->text == "sessions") return FileKind::plan;
    if (k->text == "entries") return FileKind::injury_log;
    if (k->text == "athletes") return FileKind::roster;
    for (const auto key : policy_keys) policy = policy || key == k->text;
  }
  if (policy) return FileKind::policy;
  return std::nullopt;
}

}  // namespace planadj
