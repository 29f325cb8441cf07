#include <cstdio>

#include "planadj/batch.h"

namespace planadj::batch {
namespace {

bool allowed(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == '-';
}

}  // namespace

std::string unsafe_id_reason(std::string_view id) {
  // The id becomes a folder name under --out: anything that could climb out of it,
  // hide, or be read differently by a shell or another file system is refused.
  if (id.empty()) return "athlete id is empty";
  if (id.find('/') != std::string_view::npos) return "athlete id contains '/'";
  if (id.find("..") != std::string_view::npos) return "athlete id contains '..'";
  if (id.front() == '.') return "athlete id starts with '.'";
  if (id.size() > 255) return "athlete id is longer than 255 characters";
  for (const char c : id)
    if (!allowed(static_cast<unsigned char>(c)))
      return "athlete id has a character other than letters, digits, '.', '_' and '-'";
  return {};
}

std::string printable_id(std::string_view id) {
  std::string out;
  out.reserve(id.size());
  for (const char ch : id) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x20 && c < 0x7f && c != '\\') {
      out += ch;
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    }
  }
  return out;
}

}  // namespace planadj::batch
