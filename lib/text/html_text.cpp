#include "planadj/html_text.h"

namespace planadj {

bool append_html_entity(std::string& out, char ch) {
  switch (ch) {
    case '&':
      out += "&amp;";
      return true;
    case '<':
      out += "&lt;";
      return true;
    case '>':
      out += "&gt;";
      return true;
    default:
      return false;
  }
}

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char ch : s) {
    if (append_html_entity(out, ch)) continue;
    if (ch == '"')
      out += "&quot;";
    else if (ch == '\'')
      out += "&#39;";
    else
      out += ch;
  }
  return out;
}

}  // namespace planadj
