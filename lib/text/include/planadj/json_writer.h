// The one JSON writer behind every JSON the tool prints: plan JSON, diff JSON and the
// batch report (docs/formats.md). Layout is fixed so the bytes are stable: two-space
// indent, one member per line, `"key": value`; an inline container keeps its members
// on one line, separated by ", ". Values come already spelled (numbers are each
// format's own decision) or as text, which is quoted by json_quote.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace planadj {

class JsonWriter {
 public:
  /// Opens an object '{' or array '[' whose members go one per line.
  void open(char bracket) { open_container(bracket, false); }
  /// Opens an object or array whose members stay on one line: {"a": 1, "b": 2}.
  void open_inline(char bracket) { open_container(bracket, true); }
  void close(char bracket);

  /// The key of the next member of an object.
  void key(std::string_view k);
  /// A value already spelled as JSON: a number, true, false, null.
  void raw(std::string_view v);
  void str(std::string_view v);
  void null() { raw("null"); }
  void boolean(bool v) { raw(v ? "true" : "false"); }
  void integer(long long v) { raw(std::to_string(v)); }

  /// Keyed forms: one member with its value.
  void raw(std::string_view k, std::string_view v);
  void str(std::string_view k, std::string_view v);
  void integer(std::string_view k, long long v);
  void boolean(std::string_view k, bool v);
  /// A member whose value is an array of strings, one per line: `[]` when empty.
  void strings(std::string_view k, const std::vector<std::string>& items);

  /// Hands out what has been written so far and forgets it, so a big document can go
  /// to its sink in pieces; the layout continues where it stopped.
  std::string take();
  /// The text written so far, not yet taken.
  std::size_t size() const { return out_.size(); }
  /// The rest of the document and its final newline.
  std::string done();

 private:
  struct Level {
    bool is_inline = false;
    bool first = true;
  };
  void open_container(char bracket, bool is_inline);
  void before_value();
  void newline();

  std::string out_;
  std::vector<Level> levels_;
  bool after_key_ = false;
};

}  // namespace planadj
