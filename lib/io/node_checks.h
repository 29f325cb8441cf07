// Typed reads of YAML nodes that add a located diagnostic when the node is not
// what docs/formats.md expects (private to lib/io). Presence, then type, then value.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "io/yaml_source.h"
#include "planadj/athlete_id.h"
#include "planadj/diagnostic.h"
#include "planadj/did_you_mean.h"
#include "planadj/model.h"
#include "planadj/readers.h"
#include "planadj/value.h"

namespace planadj::io {

/// Most nodes all walks of one file may visit together, on top of twice the
/// file's own nodes: enough for any template use, too few for an alias bomb
/// (docs/formats.md#limits).
inline constexpr std::size_t kWalkBudget = 250'000;
/// Each of the file's own nodes adds this many to the walk budget (the "twice" above).
inline constexpr std::size_t kWalksPerNode = 2;
/// Most errors reported for one file; the rest are counted.
inline constexpr std::size_t kMaxErrors = 100;

/// One `key: value` entry of a mapping, after merge keys are resolved.
struct Field {
  std::string key;
  const YNode* key_node = nullptr;
  const YNode* value = nullptr;
  bool merged = false;  ///< came in through `<<`
  bool null() const { return value->kind == YNode::Kind::null; }
};

/// Reads nodes of one file into model values, collecting diagnostics.
class Checker {
 public:
  Checker(std::string file, Diagnostics& ds) : file_(std::move(file)), ds_(ds) {}

  const std::string& file() const { return file_; }
  Location at(const YNode& n) const { return {file_, n.line, n.column}; }
  void error(const YNode& n, std::string message);
  void warning(const YNode& n, std::string message);
  bool has_errors() const;
  /// `value` when no error has been found so far, else nothing: a file with an error
  /// gives no value (Parsed, planadj/readers.h).
  template <class T>
  std::optional<T> unless_errors(T value) const {
    if (has_errors()) return std::nullopt;
    return value;
  }
  /// Appends diagnostics located elsewhere (a roster athlete's id errors), as they are.
  void add(const Diagnostics& more);
  void set_budget(std::size_t nodes) { budget_ = nodes; }

  /// The entries of mapping `map` in input order; keys that are not text are errors.
  /// With `merge`, `<<: *a` / `<<: [*a, *b]` entries are replaced by the merged
  /// mappings' entries that no explicit key overrides (YAML merge-key semantics).
  std::vector<Field> fields(const YNode& map, bool merge = false);

  /// True when `n` is a mapping; otherwise the error "ITEM must be a mapping, got X"
  /// (`item`: "each session").
  bool mapping_item(const YNode& n, std::string_view item);
  /// Error "missing required key 'KEY' in WHAT" at the mapping.
  void missing(const YNode& map, std::string_view key, std::string_view what);
  /// missing() for each of `keys` that `fields` (read from `map`) lacks, in that order;
  /// true when none is missing.
  bool require(const YNode& map, const std::vector<Field>& fields,
               const std::vector<std::string_view>& keys, std::string_view what);
  /// Warning for a key the tool does not know; it is kept in the output.
  void unknown_kept(const Field& f, std::string_view what,
                    const std::vector<std::string_view>& known);
  /// Warning for a key the tool does not know and cannot keep (inside `adjusted`).
  void unknown_dropped(const Field& f, std::string_view what,
                       const std::vector<std::string_view>& known);
  /// Error for a key that is not allowed (policy files).
  void unknown_refused(const Field& f, std::string_view what,
                       const std::vector<std::string_view>& known);

  /// Error "KEY must be EXPECTED, got X" at the value.
  void wrong(const Field& f, std::string_view expected);

  /// Any scalar as text (numbers keep their spelling).
  std::optional<std::string> text(const Field& f);
  /// A plain number for which `ok` holds; `expected` says which ("a number >= 0").
  std::optional<double> number(const Field& f, std::string_view expected,
                               const std::function<bool(double)>& ok);
  /// A whole number in [min, max]; `expected` says which.
  std::optional<int> whole(const Field& f, long long min, long long max, std::string_view expected);
  /// `true` or `false` only (not yes/no/on/off, which YAML 1.1 tools disagree on).
  std::optional<bool> boolean(const Field& f);
  /// An ISO date YYYY-MM-DD that exists.
  std::optional<Date> date(const Field& f);
  /// A name from `names`; `what` names the list ("session type") in messages, which
  /// suggest the name an alias in `aliases` means.
  std::optional<int> name(const Field& f, std::string_view what,
                          const std::vector<std::string_view>& names, const Aliases& aliases = {});
  /// The name's index in `names` as the enum E whose values they spell, as name() reads it.
  template <class E>
  std::optional<E> named(const Field& f, std::string_view what,
                         const std::vector<std::string_view>& names, const Aliases& aliases = {}) {
    const auto index = name(f, what, names, aliases);
    if (!index) return std::nullopt;
    return static_cast<E>(*index);
  }
  /// A sequence of scalars as text.
  std::optional<std::vector<std::string>> text_list(const Field& f);
  /// The node as a planadj::Value, aliases expanded within the file's walk budget;
  /// an alias cycle or an exhausted budget is an error.
  std::optional<Value> value(const YNode& n);

  /// Caps the number of errors (kMaxErrors) and notes how many were left out.
  void finish();

 private:
  bool spend(const YNode& at);
  bool to_value(const YNode& n, Value& out, int depth);
  void merge_into(const YNode& source, std::vector<Field>& out,
                  std::unordered_set<std::string>& taken, int depth);

  std::string file_;
  Diagnostics& ds_;
  std::size_t budget_ = kWalkBudget;
  bool budget_reported_ = false;
  std::unordered_set<const YNode*> on_path_;
  std::unordered_set<std::string> reported_;  ///< a template merged twice reports once
};

/// Checks a file's `version` field: the plain integer 1 is the only version there is.
void check_version(Checker& c, const Field& f);

/// Loads `text` and returns its root mapping, or null after an error: empty file,
/// unreadable YAML, a root that is not a mapping. `expected` describes the file
/// ("a plan: a mapping with 'sessions'").
const YNode* load_root(std::string_view text, Checker& c, YamlDoc& doc, Diagnostics& ds,
                       std::string_view expected);

/// Every reader's outline, in one place: loads `text` (the file `file`) and checks its root
/// (load_root, with `expected`), then `read(checker, root, doc)` returns the value, or nothing
/// when the file cannot be used; finish() then caps the errors.
template <class T, class Read>
Parsed<T> read_document(std::string_view text, const std::string& file, std::string_view expected,
                        Read read) {
  Parsed<T> out;
  Checker c(file, out.diagnostics);
  YamlDoc doc;
  const YNode* root = load_root(text, c, doc, out.diagnostics, expected);
  if (!root) return out;
  std::optional<T> value = read(c, *root, doc);
  c.finish();
  out.value = std::move(value);
  return out;
}

}  // namespace planadj::io
