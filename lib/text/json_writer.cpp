#include "planadj/json_writer.h"

#include "planadj/json_text.h"

namespace planadj {

void JsonWriter::open_container(char bracket, bool is_inline) {
  before_value();
  out_ += bracket;
  // Inside an inline container everything stays on its line.
  const bool outer_inline = !levels_.empty() && levels_.back().is_inline;
  levels_.push_back({is_inline || outer_inline, true});
}

void JsonWriter::close(char bracket) {
  const Level level = levels_.back();
  levels_.pop_back();
  if (!level.first && !level.is_inline) newline();
  out_ += bracket;
}

void JsonWriter::key(std::string_view k) {
  before_value();
  append_json_quoted(out_, k);
  out_ += ": ";
  after_key_ = true;
}

void JsonWriter::raw(std::string_view v) {
  before_value();
  out_ += v;
}

void JsonWriter::str(std::string_view v) {
  before_value();
  append_json_quoted(out_, v);
}

void JsonWriter::raw(std::string_view k, std::string_view v) {
  key(k);
  raw(v);
}

void JsonWriter::str(std::string_view k, std::string_view v) {
  key(k);
  str(v);
}

void JsonWriter::integer(std::string_view k, long long v) {
  key(k);
  integer(v);
}

void JsonWriter::boolean(std::string_view k, bool v) {
  key(k);
  boolean(v);
}

void JsonWriter::strings(std::string_view k, const std::vector<std::string>& items) {
  key(k);
  open('[');
  for (const auto& item : items) str(item);
  close(']');
}

std::string JsonWriter::take() {
  std::string piece;
  piece.swap(out_);
  return piece;
}

std::string JsonWriter::done() { return take() + "\n"; }

// A value after its key follows on the key's line; any other member starts a new line
// (or follows ", " in an inline container).
void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  Level& level = levels_.back();
  if (level.is_inline) {
    if (!level.first) out_ += ", ";
  } else {
    if (!level.first) out_ += ',';
    newline();
  }
  level.first = false;
}

void JsonWriter::newline() {
  out_ += '\n';
  out_.append(2 * levels_.size(), ' ');
}

}  // namespace planadj
