#include "io/plan_layout.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

namespace planadj::io {
namespace {

// The text cut into lines, numbered from 1 as YNode lines are.
class Lines {
 public:
  explicit Lines(std::string_view text) : text_(text) {
    start_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') start_.push_back(i + 1);
    if (start_.back() == text.size() && text.size() > 0) start_.pop_back();
  }
  int count() const { return static_cast<int>(start_.size()); }
  std::size_t begin(int line) const { return line > count() ? text_.size() : start_[line - 1]; }
  std::size_t end(int line) const { return line >= count() ? text_.size() : start_[line]; }
  std::string_view body(int line) const {
    std::string_view b = text_.substr(begin(line), end(line) - begin(line));
    while (!b.empty() && (b.back() == '\n' || b.back() == '\r')) b.remove_suffix(1);
    return b;
  }
  int indent(int line) const {
    const std::string_view b = body(line);
    const auto at = b.find_first_not_of(' ');
    return at == std::string_view::npos ? static_cast<int>(b.size()) : static_cast<int>(at);
  }
  bool blank(int line) const {
    return body(line).find_first_not_of(" \t") == std::string_view::npos;
  }
  bool comment(int line) const {
    const std::string_view b = body(line);
    const auto at = b.find_first_not_of(" \t");
    return at != std::string_view::npos && b[at] == '#';
  }
  /// Neither blank nor a comment.
  bool content(int line) const { return !blank(line) && !comment(line); }
  /// `-` at column `n`, then a space or the line's end.
  bool dash_at(int line, int n) const {
    const std::string_view b = body(line);
    const auto col = static_cast<std::size_t>(n);
    return indent(line) == n && col < b.size() && b[col] == '-' &&
           (col + 1 == b.size() || b[col + 1] == ' ');
  }
  /// `---` or `...` at the start of a line.
  bool document_marker(int line) const {
    const std::string_view b = body(line);
    return (b.rfind("---", 0) == 0 || b.rfind("...", 0) == 0) &&
           (b.size() == 3 || b[3] == ' ' || b[3] == '\t');
  }

 private:
  std::string_view text_;
  std::vector<std::size_t> start_;
};

// The first line after `from` that ends a block at column `n`: content less indented,
// or as indented but (for a sequence, `dash`) not a new item, or a document marker.
int block_end(const Lines& lines, int from, int n, bool dash) {
  for (int l = from + 1; l <= lines.count(); ++l) {
    if (lines.document_marker(l)) return l;
    if (!lines.content(l)) continue;
    const int in = lines.indent(l);
    if (in < n || (in == n && !(dash && lines.dash_at(l, n)))) return l;
  }
  return lines.count() + 1;
}

// The last line of an item or key starting at `first`, before line `boundary`: the last
// line indented deeper than `n` that is not blank (comments inside count).
int last_line(const Lines& lines, int first, int boundary, int n) {
  int last = first;
  for (int l = first + 1; l < boundary; ++l)
    if (!lines.blank(l) && lines.indent(l) > n) last = l;
  return last;
}

// The `-` line of each item, or nullopt when an item cannot be placed.
std::optional<std::vector<int>> dash_lines(const Lines& lines, const YNode& seq, int key_line,
                                           int n) {
  std::vector<int> dashes;
  int previous = key_line;
  for (const YNode* item : seq.items) {
    int l = item->line;
    while (l > previous && !lines.dash_at(l, n)) --l;
    if (l <= previous) return std::nullopt;
    // Nothing but the item's own lines between two dashes.
    for (int k = previous + 1; k < l && !dashes.empty(); ++k)
      if (lines.content(k) && lines.indent(k) <= n) return std::nullopt;
    dashes.push_back(l);
    previous = l;
  }
  return dashes;
}

// Where an `adjusted` header the input lacks goes: before `sessions:` and the comment
// lines right above it, unless those comments open the file (a `$schema` line stays first).
std::size_t header_insertion(const Lines& lines, int key_line) {
  int l = key_line - 1;
  while (l >= 1 && lines.comment(l) && lines.indent(l) == 0) --l;
  return l >= 1 ? lines.begin(l + 1) : lines.begin(key_line);
}

// Which item (index) holds `line`, or -1 for none; the spans are in text order.
int item_at(const std::vector<SourceSpan>& spans, const Lines& lines, int line) {
  const std::size_t at = lines.begin(line);
  const auto after =
      std::upper_bound(spans.begin(), spans.end(), at,
                       [](std::size_t a, const SourceSpan& s) { return a < s.begin; });
  if (after == spans.begin() || at >= std::prev(after)->end) return -1;
  return static_cast<int>(std::prev(after) - spans.begin());
}

constexpr int kOutside = -1, kInHeader = -2;

// Notes which anchors each item defines and which other items' anchors it uses.
// False when an anchor defined in the input's `adjusted` header is used: the header is
// rewritten, so the text around it cannot be kept.
bool record_anchors(const YamlDoc& doc, const Lines& lines, std::vector<SourceSpan>& spans,
                    PlanLayout& layout) {
  std::map<int, int> defined_in;  // anchor -> item index, kOutside or kInHeader
  for (const YNode& n : doc.nodes) {
    if (n.anchor == 0) continue;
    const std::size_t at = lines.begin(n.line);
    int item = item_at(spans, lines, n.line);
    if (item < 0 && layout.header && layout.header->first <= at && at < layout.header->second)
      item = kInHeader;
    defined_in[n.anchor] = item;
    if (item >= 0) spans[static_cast<std::size_t>(item)].anchors.push_back(n.anchor);
  }
  for (const auto& [anchor, line] : doc.aliases) {
    const auto found = defined_in.find(anchor);
    const int from = found == defined_in.end() ? kOutside : found->second;
    if (from == kInHeader) return false;
    if (from == kOutside) continue;  // defined outside the sessions: copied as it is
    const int user = item_at(spans, lines, line);
    if (user < 0)
      layout.anchors_used_outside.push_back(anchor);
    else if (user != from)
      spans[static_cast<std::size_t>(user)].aliases.push_back(anchor);
  }
  return true;
}

// The input's `adjusted` lines, or nullopt when the key is not a top-level block key.
std::optional<std::pair<std::size_t, std::size_t>> header_lines(const Lines& lines,
                                                                const YNode& key) {
  const int first = key.line;
  const int last = last_line(lines, first, block_end(lines, first, 0, false), 0);
  return std::make_pair(lines.begin(first), lines.end(last));
}

}  // namespace

void record_layout(std::shared_ptr<const std::string> text, const YamlDoc& doc,
                   const PlanNodes& nodes, Plan& plan) {
  const YNode* seq = nodes.sessions;
  if (!text || nodes.root->flow || !seq || seq->kind != YNode::Kind::sequence || seq->flow ||
      seq->items.empty() || seq->items.size() != plan.sessions.size() ||
      nodes.sessions_key->column != 1 || (nodes.adjusted_key && nodes.adjusted_key->column != 1))
    return;
  const Lines lines(*text);
  const int key_line = nodes.sessions_key->line;
  int first = key_line + 1;
  while (first <= lines.count() && !lines.content(first)) ++first;
  if (first > lines.count()) return;
  const int n = lines.indent(first);
  const auto dashes = dash_lines(lines, *seq, key_line, n);
  if (!dashes) return;
  const int seq_end = block_end(lines, dashes->back(), n, true);

  std::vector<SourceSpan> spans(dashes->size());
  std::size_t lead = lines.end(key_line);
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const int boundary = i + 1 < dashes->size() ? (*dashes)[i + 1] : seq_end;
    SourceSpan& s = spans[i];
    s.text = text;
    s.lead = lead;
    s.begin = lines.begin((*dashes)[i]);
    s.end = lines.end(last_line(lines, (*dashes)[i], boundary, n));
    s.indent = n;
    s.flow = seq->items[i]->kind == YNode::Kind::mapping && seq->items[i]->flow;
    lead = s.end;
  }
  PlanLayout layout;
  layout.text = text;
  layout.items_begin = lines.end(key_line);
  layout.items_end = lead;
  layout.indent = n;
  layout.header_at = header_insertion(lines, key_line);
  if (nodes.adjusted_key) layout.header = header_lines(lines, *nodes.adjusted_key);
  const std::size_t first_break = text->find('\n');
  layout.crlf =
      first_break != std::string::npos && first_break > 0 && (*text)[first_break - 1] == '\r';
  if (!record_anchors(doc, lines, spans, layout)) return;

  for (std::size_t i = 0; i < spans.size(); ++i) {
    spans[i].as_read = std::make_shared<const Session>(plan.sessions[i]);
    plan.sessions[i].span = std::move(spans[i]);
  }
  Plan top = std::move(plan);  // the snapshot leaves the sessions out
  std::vector<Session> sessions = std::move(top.sessions);
  top.sessions.clear();
  layout.as_read = std::make_shared<const Plan>(top);
  plan = std::move(top);
  plan.sessions = std::move(sessions);
  plan.layout = std::move(layout);
}

}  // namespace planadj::io
