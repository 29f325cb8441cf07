#include "io/yaml_source.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <array>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <unordered_map>

#include "planadj/enum_words.h"
#include "planadj/utf8.h"

namespace planadj::io {

using namespace std::literals;

namespace {

// Thrown from inside the event handler to stop the parse with our own message.
struct LoadStop : std::runtime_error {
  LoadStop(int line_, int column_, const std::string& what)
      : std::runtime_error(what), line(line_), column(column_) {}
  int line, column;
};

// 1-based line and column of the first byte at `offset`.
std::pair<int, int> position_of(std::string_view text, std::size_t offset) {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return {line, column};
}

// Notes where a second document, or text after the first one ends, begins: yaml-cpp
// ends a document early at input it cannot fit (`!invalid{}tag scalar` is an empty
// mapping followed by `tag scalar`) and would drop the rest without a word.
class Leftover : public YAML::EventHandler {
 public:
  std::optional<YAML::Mark> at;
  void OnDocumentStart(const YAML::Mark& mark) override {
    if (!at) at = mark;
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

// Builds the tree from parser events.
class Builder : public YAML::EventHandler {
 public:
  Builder(YamlDoc& doc, Diagnostics& ds, const std::string& file)
      : doc_(doc), ds_(ds), file_(file) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    YNode& n = make(YNode::Kind::null, mark, anchor);
    attach(&n);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const auto it = anchors_.find(anchor);
    if (it == anchors_.end())
      throw LoadStop(mark.line + 1, mark.column + 1, "alias to an unknown anchor");
    doc_.aliases.emplace_back(static_cast<int>(anchor), mark.line + 1);
    attach(it->second);
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    YNode& n = make(YNode::Kind::scalar, mark, anchor);
    n.text = value;
    // yaml-cpp tags a plain scalar "?" and a quoted one "!"; any explicit tag
    // (`!!str 5`) also means "take this as written", so only "?" is plain.
    n.quoted = tag != "?";
    attach(&n);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    YNode& n = make(YNode::Kind::sequence, mark, anchor);
    n.flow = style == YAML::EmitterStyle::Flow;
    open(n);
  }
  void OnSequenceEnd() override { stack_.pop_back(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    YNode& n = make(YNode::Kind::mapping, mark, anchor);
    n.flow = style == YAML::EmitterStyle::Flow;
    open(n);
  }
  void OnMapEnd() override {
    check_duplicates(*stack_.back().node);
    stack_.pop_back();
  }

 private:
  struct Open {
    YNode* node;
    const YNode* pending_key = nullptr;
  };

  YNode& make(YNode::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (doc_.nodes.size() >= kMaxNodes)
      throw LoadStop(mark.line + 1, mark.column + 1,
                     "file has more than " + std::to_string(kMaxNodes) + " YAML nodes");
    YNode& n = doc_.nodes.emplace_back();
    n.kind = kind;
    n.line = mark.line + 1;
    n.column = mark.column + 1;
    if (anchor != YAML::NullAnchor) {
      anchors_[anchor] = &n;
      n.anchor = static_cast<int>(anchor);
    }
    return n;
  }

  void open(YNode& n) {
    attach(&n);
    if (static_cast<int>(stack_.size()) >= kMaxNesting)
      throw LoadStop(n.line, n.column,
                     "nesting deeper than " + std::to_string(kMaxNesting) + " levels");
    stack_.push_back({&n});
  }

  void attach(const YNode* n) {
    if (stack_.empty()) {
      if (!doc_.root) doc_.root = n;
      return;
    }
    Open& top = stack_.back();
    if (top.node->kind == YNode::Kind::sequence) {
      top.node->items.push_back(n);
    } else if (!top.pending_key) {
      top.pending_key = n;
    } else {
      // An empty value is reported by yaml-cpp at the next token; point at its key.
      if (n->kind == YNode::Kind::null && n->line > top.pending_key->line && n->items.empty()) {
        auto* null_node = const_cast<YNode*>(n);
        null_node->line = top.pending_key->line;
        null_node->column = top.pending_key->column;
      }
      top.node->entries.emplace_back(top.pending_key, n);
      top.pending_key = nullptr;
    }
  }

  void check_duplicates(const YNode& map) {
    std::unordered_map<std::string, int> first_line;
    for (const auto& [key, value] : map.entries) {
      if (key->kind != YNode::Kind::scalar) continue;
      const auto [it, fresh] = first_line.emplace(key->text, key->line);
      if (!fresh)
        add_error(
            ds_, {file_, key->line, key->column},
            "duplicate key '" + key->text + "' (first at line " + std::to_string(it->second) + ")");
    }
  }

  YamlDoc& doc_;
  Diagnostics& ds_;
  const std::string& file_;
  std::vector<Open> stack_;
  std::map<YAML::anchor_t, const YNode*> anchors_;
};

// The text of 1-based line `line`.
std::string_view line_at(std::string_view text, int line) {
  std::size_t start = 0;
  for (int i = 1; i < line && start != std::string_view::npos; ++i) {
    start = text.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start == std::string_view::npos || start > text.size()) return {};
  return text.substr(start, text.find('\n', start) - start);
}

// yaml-cpp's message plus what a coach most likely did wrong.
std::string explain(const std::string& msg, std::string_view line) {
  const auto indent_end = line.find_first_not_of(" \t");
  if (line.substr(0, indent_end).find('\t') != std::string_view::npos)
    return msg + " (a tab in the indentation: YAML indents with spaces only)";
  if (msg == "illegal map value")
    return msg + " (check the indentation, and quote text that holds ': ')";
  if (msg == "end of map not found" || msg == "end of sequence not found")
    return msg + " (check the indentation)";
  if (msg == "end of sequence flow not found") return msg + " (a '[' without its ']')";
  if (msg == "end of map flow not found") return msg + " (a '{' without its '}')";
  if (msg == "the referenced anchor is not defined")
    return msg + " (an alias *name needs an &name before it)";
  if (msg == "unknown token") return msg + " (quote text that starts with '@' or '`')";
  return msg;
}

}  // namespace

std::optional<double> parse_number(std::string_view s) {
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  if (s.empty()) return std::nullopt;
  // from_chars also reads "inf", "nan" and hex floats; the formats' numbers are decimals
  // (docs/formats.md#yaml).
  for (const char c : s)
    if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == 'e' || c == 'E' || c == '+'))
      return std::nullopt;
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::string excerpt(const std::string& text) {
  return text.size() > kQuotedChars ? text.substr(0, kQuotedChars) + "..." : text;
}

std::string describe(const YNode& n) {
  // Indexed by YNode::Kind (io/yaml_source.h); a scalar is shown as written, below.
  static constexpr std::array kKindWords{"an empty value"sv, ""sv, "a sequence"sv, "a mapping"sv};
  static_assert(kKindWords.size() == enum_count(YNode::Kind::mapping), "one entry per kind");
  if (n.kind != YNode::Kind::scalar) return std::string(word_of(kKindWords, n.kind));
  // A number such as `0.` is quoted too: a message never ends with a period.
  if (!n.quoted && parse_number(n.text) && n.text.back() != '.') return n.text;
  std::string shown = excerpt(n.text);
  for (char& c : shown)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return "'" + shown + "'";
}

bool load_yaml(std::string_view text, const std::string& file, YamlDoc& doc, Diagnostics& ds,
               std::size_t max_bytes) {
  if (text.size() > max_bytes) {
    add_error(ds, {file, 0, 0},
              "file is " + std::to_string(text.size()) + " bytes, over the limit of " +
                  std::to_string(max_bytes) + " bytes");
    return false;
  }
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    const auto [line, column] = position_of(text, nul);
    add_error(ds, {file, line, column}, "binary data (a NUL byte): expected a YAML text file");
    return false;
  }
  if (const auto bad = first_invalid_utf8(text); bad != std::string_view::npos) {
    const auto [line, column] = position_of(text, bad);
    add_error(ds, {file, line, column}, "invalid UTF-8: expected a YAML text file in UTF-8");
    return false;
  }
  std::istringstream in{std::string(text)};
  Builder builder(doc, ds, file);
  try {
    YAML::Parser parser(in);
    // One document only: YAML::LoadAll loops forever on input such as `,`.
    parser.HandleNextDocument(builder);
    // Once more, never in a loop: anything after the document is an error
    // (docs/formats.md#yaml, one document).
    Leftover rest;
    // Only after a mapping: any other top level is already refused, more precisely.
    const bool mapping = doc.root && doc.root->kind == YNode::Kind::mapping;
    if (mapping && parser.HandleNextDocument(rest) && rest.at)
      throw LoadStop(rest.at->line + 1, rest.at->column + 1,
                     "more after the end of the YAML document: a file holds one document "
                     "(a second --- line, or text the YAML parser could not fit)");
  } catch (const LoadStop& e) {
    add_error(ds, {file, e.line, e.column}, e.what());
    return false;
  } catch (const YAML::DeepRecursion& e) {
    add_error(ds, {file, e.mark.line + 1, e.mark.column + 1},
              "nesting deeper than " + std::to_string(kMaxNesting) + " levels");
    return false;
  } catch (const YAML::Exception& e) {
    add_error(ds, {file, e.mark.line + 1, e.mark.column + 1},
              "invalid YAML: " + explain(e.msg, line_at(text, e.mark.line + 1)));
    return false;
  }
  return true;
}

}  // namespace planadj::io
