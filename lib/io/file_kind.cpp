// Which of the four file formats a file is (docs/formats.md, `validate`).
#include <array>

#include "io/node_checks.h"
#include "io/plan_parts.h"
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

namespace {

// The kind a list of top-level keys points to.
template <class Keys>
std::optional<FileKind> kind_of_keys(const Keys& keys) {
  bool policy = false;
  for (const std::string_view key : keys) {
    if (key == "sessions") return FileKind::plan;
    if (key == "entries") return FileKind::injury_log;
    if (key == "athletes") return FileKind::roster;
    for (const auto p : io::policy_keys()) policy = policy || key == p;
  }
  if (policy) return FileKind::policy;
  return std::nullopt;
}

// Top-level keys of a block mapping, read from lines that start in column 1, so a
// big file is not parsed twice (once to guess, once to read). Only a guess: the
// reader that follows checks everything.
std::vector<std::string_view> block_keys(std::string_view text) {
  std::vector<std::string_view> keys;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t end = std::min(text.find('\n', i), text.size());
    const std::string_view line = text.substr(i, end - i);
    i = end + 1;
    if (line.empty() || std::string_view(" \t#-{[%.\r'\"").find(line[0]) != std::string_view::npos)
      continue;
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view key = line.substr(0, colon);
    while (!key.empty() && (key.back() == ' ' || key.back() == '\t')) key.remove_suffix(1);
    keys.push_back(key);
  }
  return keys;
}

}  // namespace

std::optional<FileKind> detect_kind(std::string_view text) {
  if (text.size() <= kDefaultMaxFileBytes)
    if (const auto guess = kind_of_keys(block_keys(text))) return guess;
  io::YamlDoc doc;
  Diagnostics ignored;
  if (!io::load_yaml(text, "", doc, ignored, kDefaultMaxFileBytes) || !doc.root ||
      doc.root->kind != io::YNode::Kind::mapping)
    return std::nullopt;
  std::vector<std::string_view> keys;
  for (const auto& [k, v] : doc.root->entries)
    if (k->kind == io::YNode::Kind::scalar) keys.push_back(k->text);
  return kind_of_keys(keys);
}

}  // namespace planadj
