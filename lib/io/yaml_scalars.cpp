#include "io/yaml_scalars.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <regex>
#include <string>

#include "planadj/writers.h"

namespace planadj::io {
namespace {

bool matches(const std::regex& re, std::string_view s) {
  return std::regex_match(s.begin(), s.end(), re);
}

// YAML 1.1 implicit types (yaml.org/type/*.html, as PyYAML implements them).
const std::regex& yaml11_bool() {
  static const std::regex re(
      "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
  return re;
}
const std::regex& yaml11_int() {
  static const std::regex re(
      "[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
      "|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+");
  return re;
}
const std::regex& yaml11_float() {
  static const std::regex re(
      "[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*([eE][-+]?[0-9]+)"
      "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
  return re;
}
const std::regex& yaml11_timestamp() {
  static const std::regex re(
      "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
      "([Tt ]|[ \\t]+)?([0-9]{1,2}:[0-9]{2}:[0-9]{2}(\\.[0-9]*)?"
      "([ \\t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?)?");
  return re;
}
const std::regex& yaml11_null() {
  static const std::regex re("~|null|Null|NULL");
  return re;
}

// YAML 1.2 core schema (yaml.org/spec/1.2.2/#1032-tag-resolution).
const std::regex& core_null() { return yaml11_null(); }
const std::regex& core_bool() {
  static const std::regex re("true|True|TRUE|false|False|FALSE");
  return re;
}
const std::regex& core_int() {
  static const std::regex re("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
  return re;
}
const std::regex& core_float() {
  static const std::regex re(
      "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)"
      "|\\.(nan|NaN|NAN)");
  return re;
}

}  // namespace

bool reads_as_non_string(std::string_view s) {
  if (s.empty()) return true;  // an empty plain scalar is null
  if (s == "<<" || s == "=") return true;
  // Every implicit type starts with one of these; skip the regexes for plain words.
  const char c = s.front();
  const bool maybe = (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == '~' ||
                     c == 'y' || c == 'Y' || c == 'n' || c == 'N' || c == 't' || c == 'T' ||
                     c == 'f' || c == 'F' || c == 'o' || c == 'O';
  if (!maybe) return false;
  // libstdc++'s regex recurses per character: keep long text away from it. Every
  // long scalar that reads as a number is made of these characters; quote it.
  if (s.size() > 64) return s.find_first_not_of("0123456789_.+-eE:") == std::string_view::npos;
  return matches(yaml11_null(), s) || matches(yaml11_bool(), s) || matches(yaml11_int(), s) ||
         matches(yaml11_float(), s) || matches(yaml11_timestamp(), s) ||
         core_schema_type(s) != CoreType::string;
}

CoreType core_schema_type(std::string_view s) {
  if (s.size() > 64) {  // see above: no long text into std::regex
    const std::string_view digits = s.front() == '-' || s.front() == '+' ? s.substr(1) : s;
    return digits.find_first_not_of("0123456789") == std::string_view::npos ? CoreType::integer
                                                                            : CoreType::string;
  }
  if (s.empty() || matches(core_null(), s)) return CoreType::null;
  if (matches(core_bool(), s)) return CoreType::boolean;
  if (matches(core_int(), s)) return CoreType::integer;
  if (matches(core_float(), s)) return CoreType::floating;
  return CoreType::string;
}

std::string json_number(std::string_view plain, CoreType type) {
  const std::string s(plain);
  if (type == CoreType::integer) {
    if (s.rfind("0o", 0) == 0 || s.rfind("0x", 0) == 0) {
      errno = 0;
      const unsigned long long v = std::strtoull(s.c_str() + 2, nullptr, s[1] == 'o' ? 8 : 16);
      if (errno == ERANGE) return "";
      return std::to_string(v);
    }
    // Decimal: keep every digit (JSON has no size limit), drop `+` and leading zeros.
    std::string out;
    std::size_t i = 0;
    if (s[0] == '-' || s[0] == '+') {
      if (s[0] == '-') out = "-";
      i = 1;
    }
    while (i + 1 < s.size() && s[i] == '0') ++i;
    out += s.substr(i);
    return out == "-0" ? "0" : out;
  }
  if (type == CoreType::floating) {
    if (s.find_first_of("iInN") != std::string::npos) return "";  // .inf, .nan
    const double v = std::strtod(s.c_str(), nullptr);
    if (!std::isfinite(v)) return "";
    return format_number(v);
  }
  return "";
}

}  // namespace planadj::io
