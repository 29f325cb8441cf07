#include "io/plan_text.h"

#include <algorithm>
#include <map>
#include <vector>

#include "io/plan_document.h"
#include "io/yaml_emit.h"

namespace planadj::io {
namespace {

using Kind = DocNode::Kind;

bool same(const DocNode& a, const DocNode& b) {
  if (a.kind != b.kind || a.text != b.text || a.quoted != b.quoted || a.flow != b.flow ||
      a.items.size() != b.items.size() || a.entries.size() != b.entries.size())
    return false;
  for (std::size_t i = 0; i < a.items.size(); ++i)
    if (!same(a.items[i], b.items[i])) return false;
  for (std::size_t i = 0; i < a.entries.size(); ++i)
    if (a.entries[i].first != b.entries[i].first || !same(a.entries[i].second, b.entries[i].second))
      return false;
  return true;
}

// The top-level document without its `adjusted` header, which is rewritten anyway.
DocNode without_header(DocNode root) {
  auto& e = root.entries;
  e.erase(std::remove_if(e.begin(), e.end(), [](const auto& kv) { return kv.first == "adjusted"; }),
          e.end());
  return root;
}

const DocNode* find_entry(const DocNode& map, std::string_view key) {
  for (const auto& [k, v] : map.entries)
    if (k == key) return &v;
  return nullptr;
}

// An unchanged session whose bytes can stand where it now goes.
bool copyable(const Session& s, const DocNode& now, const PlanLayout& layout) {
  const SourceSpan& span = s.span;
  if (!span.text || !span.as_read || span.indent != layout.indent) return false;
  // Anchors from another file would rebind this file's aliases, and the other way round.
  if (span.text != layout.text && !(span.anchors.empty() && span.aliases.empty())) return false;
  return same(now, session_document(*span.as_read));
}

// A session copied as it is must find the anchors it uses in sessions copied before it;
// re-emitting a session drops its anchors, so repeat until nothing changes. False when
// an anchor used outside the sessions would be lost.
bool keep_anchors_whole(const std::vector<const Session*>& sessions, std::vector<bool>& copy,
                        const PlanLayout& layout) {
  std::map<int, std::size_t> defined;  // anchor -> index of the copied session defining it
  for (bool changed = true; changed;) {
    changed = false;
    defined.clear();
    for (std::size_t i = 0; i < sessions.size(); ++i) {
      if (!copy[i]) continue;
      for (const int a : sessions[i]->span.anchors) defined.emplace(a, i);
      for (const int a : sessions[i]->span.aliases) {
        const auto d = defined.find(a);
        if (d == defined.end() || d->second >= i) {
          copy[i] = false;
          changed = true;
          break;
        }
      }
    }
  }
  return std::all_of(layout.anchors_used_outside.begin(), layout.anchors_used_outside.end(),
                     [&defined](int a) { return defined.count(a) > 0; });
}

// A mapping of scalars only: a `- {…}` session that changed is written in flow again.
bool flat(const DocNode& map) {
  return std::all_of(map.entries.begin(), map.entries.end(), [](const auto& kv) {
    return kv.second.kind != Kind::mapping && kv.second.kind != Kind::sequence;
  });
}

// Text our emitter wrote, with the input's line ends.
void append_emitted(std::string& out, const std::string& piece, bool crlf) {
  if (!crlf) {
    out += piece;
    return;
  }
  for (const char c : piece) {
    if (c == '\n') out += '\r';
    out += c;
  }
}

void end_line(std::string& out) {
  if (!out.empty() && out.back() != '\n') out += '\n';
}

std::string sessions_text(const Plan& plan, const std::vector<DocNode>& docs,
                          const std::vector<bool>& copy) {
  const PlanLayout& layout = plan.layout;
  std::string out;
  for (std::size_t i = 0; i < plan.sessions.size(); ++i) {
    const SourceSpan& span = plan.sessions[i].span;
    end_line(out);
    if (span.text) out.append(*span.text, span.lead, span.begin - span.lead);
    if (copy[i]) {
      out.append(*span.text, span.begin, span.end - span.begin);
      continue;
    }
    std::string piece;
    if (span.text && span.flow && flat(docs[i])) {
      piece.append(static_cast<std::size_t>(layout.indent), ' ');
      piece += "- ";
      emit_flow(piece, docs[i]);
      piece += '\n';
    } else {
      emit_item(piece, docs[i], layout.indent);
    }
    append_emitted(out, piece, layout.crlf);
  }
  return out;
}

struct Splice {
  std::size_t at, until;  ///< the input bytes replaced
  std::string text;
};

std::string stitch(const std::string& input, std::vector<Splice> splices) {
  std::sort(splices.begin(), splices.end(),
            [](const Splice& a, const Splice& b) { return a.at < b.at; });
  std::string out;
  out.reserve(input.size() + input.size() / 4);
  std::size_t from = 0;
  for (const Splice& s : splices) {
    out.append(input, from, s.at - from);
    out += s.text;
    from = s.until;
  }
  if (from < input.size()) {
    end_line(out);
    out.append(input, from, std::string::npos);
  }
  return out;
}

}  // namespace

std::optional<std::string> write_keeping_text(const Plan& plan) {
  const PlanLayout& layout = plan.layout;
  if (!layout.text || !layout.as_read || plan.sessions.empty()) return std::nullopt;
  const DocNode top = plan_top_document(plan);
  if (!same(without_header(top), without_header(plan_top_document(*layout.as_read))))
    return std::nullopt;

  std::vector<DocNode> docs;
  std::vector<const Session*> sessions;
  std::vector<bool> copy;
  docs.reserve(plan.sessions.size());
  for (const Session& s : plan.sessions) {
    docs.push_back(session_document(s));
    sessions.push_back(&s);
    copy.push_back(copyable(s, docs.back(), layout));
  }
  if (!keep_anchors_whole(sessions, copy, layout)) return std::nullopt;

  std::vector<Splice> splices{
      {layout.items_begin, layout.items_end, sessions_text(plan, docs, copy)}};
  std::string header;
  if (const DocNode* h = find_entry(top, "adjusted")) {
    DocNode map;
    map.kind = Kind::mapping;
    map.add("adjusted", *h);
    std::string emitted;
    emit_block(emitted, map, 0);
    append_emitted(header, emitted, layout.crlf);
  }
  if (layout.header)
    splices.push_back({layout.header->first, layout.header->second, std::move(header)});
  else if (!header.empty())
    splices.push_back({layout.header_at, layout.header_at, std::move(header)});
  return stitch(*layout.text, std::move(splices));
}

}  // namespace planadj::io
