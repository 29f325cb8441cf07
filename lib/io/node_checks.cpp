#include "io/node_checks.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "planadj/did_you_mean.h"
#include "planadj/readers.h"

namespace planadj::io {
namespace {

/// Merge keys within merge keys (docs/formats.md#limits): deeper is taken for a cycle.
constexpr int kMaxMergeDepth = 20;
/// The byte order mark some editors put before UTF-8 text; blank() skips it.
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Only blank lines, comments and document markers.
bool blank(std::string_view text) {
  if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t end = std::min(text.find('\n', i), text.size());
    std::string_view line = text.substr(i, end - i);
    i = end + 1;
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) continue;
    line = line.substr(first, line.find_last_not_of(" \t\r") - first + 1);
    if (line.front() == '#' || line == "---" || line == "...") continue;
    return false;
  }
  return true;
}

bool is_plain(const YNode& n) { return n.kind == YNode::Kind::scalar && !n.quoted; }

}  // namespace

void Checker::error(const YNode& n, std::string message) {
  if (budget_reported_) return;  // after an alias bomb, the rest is noise
  Diagnostic d{Severity::error, at(n), std::move(message)};
  if (reported_.insert(d.str()).second) ds_.push_back(std::move(d));
}

void Checker::warning(const YNode& n, std::string message) {
  if (budget_reported_) return;
  Diagnostic d{Severity::warning, at(n), std::move(message)};
  if (reported_.insert(d.str()).second) ds_.push_back(std::move(d));
}

bool Checker::has_errors() const { return planadj::has_errors(ds_); }

void Checker::add(const Diagnostics& more) { ds_.insert(ds_.end(), more.begin(), more.end()); }

bool Checker::spend(const YNode& n) {
  if (budget_ > 0) {
    --budget_;
    return true;
  }
  if (!budget_reported_) error(n, "aliases expand to too many nodes (an alias bomb?)");
  budget_reported_ = true;
  return false;
}

std::vector<Field> Checker::fields(const YNode& map, bool merge) {
  std::vector<Field> out;
  std::unordered_set<std::string> taken;
  if (merge)
    for (const auto& [k, v] : map.entries)
      if (k->kind == YNode::Kind::scalar && k->text != "<<") taken.insert(k->text);
  for (const auto& [k, v] : map.entries) {
    if (!spend(*k)) break;
    if (k->kind != YNode::Kind::scalar) {
      error(*k, "a key must be text, got " + describe(*k));
      continue;
    }
    if (merge && k->text == "<<" && !k->quoted) {
      merge_into(*v, out, taken, 0);
      continue;
    }
    out.push_back({k->text, k, v, false});
  }
  return out;
}

void Checker::merge_into(const YNode& source, std::vector<Field>& out,
                         std::unordered_set<std::string>& taken, int depth) {
  if (depth > kMaxMergeDepth) {
    error(source, "merge keys nested deeper than " + std::to_string(kMaxMergeDepth) +
                      " levels (an alias cycle?)");
    return;
  }
  if (source.kind == YNode::Kind::sequence && depth == 0) {
    // `<<: [*a, *b]`: earlier mappings win over later ones.
    for (const YNode* item : source.items) {
      if (item->kind != YNode::Kind::mapping) {
        error(*item,
              "'<<' (merge key) must be a mapping or a list of mappings, got " + describe(*item));
        continue;
      }
      merge_into(*item, out, taken, depth + 1);
    }
    return;
  }
  if (source.kind != YNode::Kind::mapping) {
    error(source,
          "'<<' (merge key) must be a mapping or a list of mappings, got " + describe(source));
    return;
  }
  // The merged mapping's own explicit keys win over what it merges in turn.
  std::vector<const YNode*> nested;
  for (const auto& [k, v] : source.entries) {
    if (!spend(*k)) return;
    if (k->kind != YNode::Kind::scalar) continue;  // reported where the mapping is read
    if (k->text == "<<" && !k->quoted) {
      nested.push_back(v);
      continue;
    }
    if (!taken.insert(k->text).second) continue;
    out.push_back({k->text, k, v, true});
  }
  for (const YNode* n : nested) {
    if (n->kind == YNode::Kind::sequence) {
      for (const YNode* item : n->items) merge_into(*item, out, taken, depth + 1);
    } else {
      merge_into(*n, out, taken, depth + 1);
    }
  }
}

bool Checker::mapping_item(const YNode& n, std::string_view item) {
  if (n.kind == YNode::Kind::mapping) return true;
  error(n, std::string(item) + " must be a mapping, got " + describe(n));
  return false;
}

void Checker::missing(const YNode& map, std::string_view key, std::string_view what) {
  error(map, "missing required key '" + std::string(key) + "' in " + std::string(what));
}

bool Checker::require(const YNode& map, const std::vector<Field>& fields,
                      const std::vector<std::string_view>& keys, std::string_view what) {
  bool complete = true;
  for (const std::string_view key : keys) {
    const auto given = [key](const Field& f) { return f.key == key; };
    if (std::any_of(fields.begin(), fields.end(), given)) continue;
    missing(map, key, what);
    complete = false;
  }
  return complete;
}

void Checker::unknown_kept(const Field& f, std::string_view what,
                           const std::vector<std::string_view>& known) {
  std::string message = "unknown key '" + f.key + "' in " + std::string(what) + ", kept as is";
  if (const auto near = closest_name(f.key, known)) message += " (did you mean '" + *near + "'?)";
  warning(*f.key_node, message);
}

void Checker::unknown_dropped(const Field& f, std::string_view what,
                              const std::vector<std::string_view>& known) {
  std::string message = "unknown key '" + f.key + "' in " + std::string(what) + ", ignored";
  if (const auto near = closest_name(f.key, known)) message += " (did you mean '" + *near + "'?)";
  warning(*f.key_node, message);
}

void Checker::unknown_refused(const Field& f, std::string_view what,
                              const std::vector<std::string_view>& known) {
  error(*f.key_node,
        "unknown key '" + f.key + "' in " + std::string(what) + suggestion(f.key, known));
}

void Checker::wrong(const Field& f, std::string_view expected) {
  error(*f.value, f.key + " must be " + std::string(expected) + ", got " + describe(*f.value));
}

std::optional<std::string> Checker::text(const Field& f) {
  if (f.value->kind != YNode::Kind::scalar) {
    wrong(f, "text");
    return std::nullopt;
  }
  return f.value->text;
}

std::optional<double> Checker::number(const Field& f, std::string_view expected,
                                      const std::function<bool(double)>& ok) {
  const auto v = is_plain(*f.value) ? parse_number(f.value->text) : std::nullopt;
  if (!v || !ok(*v)) {
    wrong(f, expected);
    return std::nullopt;
  }
  return v;
}

std::optional<int> Checker::whole(const Field& f, long long min, long long max,
                                  std::string_view expected) {
  const auto v = is_plain(*f.value) ? parse_number(f.value->text) : std::nullopt;
  if (!v || std::floor(*v) != *v || *v < static_cast<double>(min) ||
      *v > static_cast<double>(max)) {
    wrong(f, expected);
    return std::nullopt;
  }
  return static_cast<int>(*v);
}

std::optional<bool> Checker::boolean(const Field& f) {
  if (is_plain(*f.value)) {
    const std::string& t = f.value->text;
    if (t == "true" || t == "True" || t == "TRUE") return true;
    if (t == "false" || t == "False" || t == "FALSE") return false;
  }
  wrong(f, "true or false");
  return std::nullopt;
}

std::optional<Date> Checker::date(const Field& f) {
  if (f.value->kind != YNode::Kind::scalar) {
    wrong(f, "a date YYYY-MM-DD");
    return std::nullopt;
  }
  const auto d = parse_iso_date(f.value->text);
  if (!d) {
    error(*f.value, "invalid date '" + excerpt(f.value->text) +
                        "' (expected a real calendar date YYYY-MM-DD)");
    return std::nullopt;
  }
  if (!date_in_range(*d)) {  // docs/formats.md#dates
    error(*f.value, "date " + f.value->text + " is outside the years " +
                        std::to_string(kFirstYear) + " to " + std::to_string(kLastYear) +
                        " (is the year right?)");
    return std::nullopt;
  }
  return d;
}

std::optional<int> Checker::name(const Field& f, std::string_view what,
                                 const std::vector<std::string_view>& names,
                                 const Aliases& aliases) {
  if (f.value->kind != YNode::Kind::scalar) {
    wrong(f, "a " + std::string(what) + " name");
    return std::nullopt;
  }
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == f.value->text) return static_cast<int>(i);
  error(*f.value, "unknown " + std::string(what) + " " + describe(*f.value) +
                      suggestion(f.value->text, names, aliases));
  return std::nullopt;
}

std::optional<std::vector<std::string>> Checker::text_list(const Field& f) {
  if (f.value->kind != YNode::Kind::sequence) {
    wrong(f, "a list");
    return std::nullopt;
  }
  std::vector<std::string> out;
  bool ok = true;
  for (const YNode* item : f.value->items) {
    if (!spend(*item)) return std::nullopt;
    if (item->kind != YNode::Kind::scalar) {
      error(*item, "each item of " + f.key + " must be text, got " + describe(*item));
      ok = false;
      continue;
    }
    out.push_back(item->text);
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<Value> Checker::value(const YNode& n) {
  Value out;
  if (!to_value(n, out, 0)) return std::nullopt;
  return out;
}

bool Checker::to_value(const YNode& n, Value& out, int depth) {
  if (!spend(n)) return false;
  if (depth > kMaxNesting) {
    error(n, "nesting deeper than " + std::to_string(kMaxNesting) + " levels");
    return false;
  }
  switch (n.kind) {
    case YNode::Kind::null:
      out.kind = Value::Kind::null;
      return true;
    case YNode::Kind::scalar:
      out.kind = Value::Kind::scalar;
      out.text = n.text;
      out.quoted = n.quoted;
      return true;
    case YNode::Kind::sequence:
    case YNode::Kind::mapping:
      break;
  }
  if (!on_path_.insert(&n).second) {
    error(n, "an alias refers to a node that contains it (a cycle)");
    return false;
  }
  bool ok = true;
  if (n.kind == YNode::Kind::sequence) {
    out.kind = Value::Kind::sequence;
    for (const YNode* item : n.items) {
      out.items.emplace_back();
      if (!(ok = to_value(*item, out.items.back(), depth + 1))) break;
    }
  } else {
    out.kind = Value::Kind::mapping;
    for (const auto& [k, v] : n.entries) {
      if (k->kind != YNode::Kind::scalar) {
        error(*k, "a key must be text, got " + describe(*k));
        ok = false;
        break;
      }
      out.entries.emplace_back(k->text, Value{});
      if (!(ok = to_value(*v, out.entries.back().second, depth + 1))) break;
    }
  }
  on_path_.erase(&n);
  return ok;
}

void Checker::finish() {
  // Errors found while loading (duplicate keys) come first; show all in file order.
  std::stable_sort(ds_.begin(), ds_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::make_pair(a.where.line, a.where.column) <
           std::make_pair(b.where.line, b.where.column);
  });
  std::size_t errors = 0;
  for (std::size_t i = 0; i < ds_.size(); ++i) {
    if (ds_[i].severity != Severity::error) continue;
    if (++errors <= kMaxErrors) continue;
    std::size_t total = errors;
    for (std::size_t j = i + 1; j < ds_.size(); ++j)
      if (ds_[j].severity == Severity::error) ++total;
    ds_.resize(i);
    add_error(ds_, {file_, 0, 0},
              "too many errors: " + std::to_string(total - kMaxErrors) + " more not shown");
    return;
  }
}

void check_version(Checker& c, const Field& f) {
  if (!(f.value->kind == YNode::Kind::scalar && !f.value->quoted && f.value->text == "1"))
    c.error(*f.value, "version must be 1, got " + describe(*f.value));
}

const YNode* load_root(std::string_view text, Checker& c, YamlDoc& doc, Diagnostics& ds,
                       std::string_view expected) {
  if (!load_yaml(text, c.file(), doc, ds, kDefaultMaxFileBytes)) return nullptr;
  c.set_budget(kWalkBudget + kWalksPerNode * doc.nodes.size());
  if ((!doc.root || doc.root->kind == YNode::Kind::null) && !blank(text)) {
    // yaml-cpp reads stray punctuation such as `,` as an empty document.
    add_error(ds, {c.file(), 1, 1},
              "the top level must be a mapping (expected " + std::string(expected) + ")");
    return nullptr;
  }
  if (!doc.root || (doc.root->kind == YNode::Kind::null)) {
    add_error(ds, {c.file(), 1, 1}, "empty file (expected " + std::string(expected) + ")");
    return nullptr;
  }
  if (doc.root->kind != YNode::Kind::mapping) {
    c.error(*doc.root, "the top level must be a mapping, got " + describe(*doc.root) +
                           " (expected " + std::string(expected) + ")");
    return nullptr;
  }
  return doc.root;
}

}  // namespace planadj::io
