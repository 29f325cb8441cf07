#include "io/yaml_scalars.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <initializer_list>
#include <string>

#include "planadj/writers.h"

namespace planadj::io {
namespace {

// Hand-written matchers for the implicit-type patterns of YAML 1.1
// (yaml.org/type/*.html, as PyYAML implements them) and of the YAML 1.2 core schema
// (yaml.org/spec/1.2.2/#1032-tag-resolution). Each takes the whole scalar and runs in
// time linear in its length (docs/formats.md#writing-yaml).

bool digit(char c) { return c >= '0' && c <= '9'; }
bool octal(char c) { return c >= '0' && c <= '7'; }
bool hex(char c) { return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool sign(char c) { return c == '-' || c == '+'; }

// A read position over the scalar; every `skip_*` returns how much it consumed.
struct Cursor {
  std::string_view s;
  std::size_t i = 0;

  bool end() const { return i == s.size(); }
  char peek(std::size_t ahead = 0) const { return i + ahead < s.size() ? s[i + ahead] : '\0'; }
  bool eat(char c) {
    if (peek() != c || end()) return false;
    ++i;
    return true;
  }
  bool eat_sign() {
    if (end() || !sign(s[i])) return false;
    ++i;
    return true;
  }
  template <class Pred>
  std::size_t skip(Pred p) {
    const std::size_t from = i;
    while (!end() && p(s[i])) ++i;
    return i - from;
  }
  bool rest_is_one_of(std::initializer_list<std::string_view> words) const {
    for (const auto w : words)
      if (s.substr(i) == w) return true;
    return false;
  }
};

bool digit_or_underscore(char c) { return digit(c) || c == '_'; }

bool one_of(std::string_view s, std::initializer_list<std::string_view> words) {
  for (const auto w : words)
    if (s == w) return true;
  return false;
}

// `[eE][-+]?[0-9]+` at the cursor.
bool exponent(Cursor& c) {
  if (!c.eat('e') && !c.eat('E')) return false;
  c.eat_sign();
  return c.skip(digit) > 0;
}

// `(:[0-5]?[0-9])+`: one or more sexagesimal groups.
bool sexagesimal_groups(Cursor& c) {
  std::size_t groups = 0;
  while (c.eat(':')) {
    if (digit(c.peek()) && c.peek() <= '5' && digit(c.peek(1)))
      c.i += 2;
    else if (digit(c.peek()))
      c.i += 1;
    else
      return false;
    ++groups;
  }
  return groups > 0;
}

bool yaml11_null(std::string_view s) { return one_of(s, {"~", "null", "Null", "NULL"}); }

bool yaml11_bool(std::string_view s) {
  return one_of(s,
                {"y",    "Y",    "yes",   "Yes",   "YES",   "n",  "N",  "no", "No",  "NO",  "true",
                 "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF"});
}

bool yaml11_int(std::string_view s) {
  Cursor c{s};
  c.eat_sign();
  const std::size_t body = c.i;
  if (c.eat('0')) {
    if (c.end()) return true;  // 0
    if (c.eat('b'))
      return c.skip([](char x) { return x == '0' || x == '1' || x == '_'; }) > 0 && c.end();
    if (c.eat('x')) return c.skip([](char x) { return hex(x) || x == '_'; }) > 0 && c.end();
    return c.skip([](char x) { return octal(x) || x == '_'; }) > 0 && c.end();  // 0[0-7_]+
  }
  c.i = body;
  if (!digit(c.peek())) return false;  // [1-9] (0 handled above)
  c.skip(digit_or_underscore);
  if (c.end()) return true;
  return sexagesimal_groups(c) && c.end();
}

bool yaml11_float(std::string_view s) {
  Cursor c{s};
  if (c.eat('.')) {
    if (one_of(s.substr(1), {"nan", "NaN", "NAN"})) return true;
    c.i = 0;
  }
  c.eat_sign();
  if (c.peek() == '.' && c.rest_is_one_of({".inf", ".Inf", ".INF"})) return true;
  const std::size_t body = c.i;
  // [0-9][0-9_]* (optional before the dot in the first form)
  const bool whole = digit(c.peek()) && c.skip(digit_or_underscore) > 0;
  if (c.eat('.')) {  // ([0-9][0-9_]*)?\.[0-9_]*([eE][-+]?[0-9]+)?
    c.skip(digit_or_underscore);
    return c.end() || (exponent(c) && c.end());
  }
  if (!whole) return false;
  if (c.peek() == 'e' || c.peek() == 'E') return exponent(c) && c.end();
  c.i = body;  // [0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*
  c.skip(digit_or_underscore);
  if (!sexagesimal_groups(c) || !c.eat('.')) return false;
  c.skip(digit_or_underscore);
  return c.end();
}

// `[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\.[0-9]*)?([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?` to the end.
bool one_or_two_digits(Cursor& c) {
  const std::size_t n = c.skip(digit);
  return n == 1 || n == 2;
}
// `:[0-9]{2}`
bool colon_two_digits(Cursor& c) {
  if (!c.eat(':') || !digit(c.peek()) || !digit(c.peek(1))) return false;
  c.i += 2;
  return true;
}

bool timestamp_time(Cursor c) {
  if (!one_or_two_digits(c) || !colon_two_digits(c) || !colon_two_digits(c)) return false;
  if (c.eat('.')) c.skip(digit);
  if (c.end()) return true;
  c.skip([](char x) { return x == ' ' || x == '\t'; });
  if (c.eat('Z')) return c.end();
  if (!c.eat_sign() || !one_or_two_digits(c)) return false;
  return c.end() || (colon_two_digits(c) && c.end());
}

// After the date: `([Tt ]|[ \t]+)?` then the optional time, to the end.
bool timestamp_rest(Cursor c) {
  if (c.end() || timestamp_time(c)) return true;
  const char first = c.peek();
  if (first == 'T' || first == 't' || first == ' ') {
    Cursor one = c;
    ++one.i;
    if (one.end() || timestamp_time(one)) return true;
  }
  if (c.skip([](char x) { return x == ' ' || x == '\t'; }) == 0) return false;
  return c.end() || timestamp_time(c);
}

bool yaml11_timestamp(std::string_view s) {
  Cursor c{s};
  if (c.skip(digit) != 4 || !c.eat('-')) return false;
  const std::size_t month = c.skip(digit);
  if (month < 1 || month > 2 || !c.eat('-')) return false;
  const std::size_t day_at = c.i;
  const std::size_t days = c.skip(digit);
  // [0-9]{1,2}: a following time may begin with the day's second digit.
  for (std::size_t len = 1; len <= 2 && len <= days; ++len) {
    Cursor rest{s, day_at + len};
    if (timestamp_rest(rest)) return true;
  }
  return false;
}

bool core_int(std::string_view s) {
  Cursor c{s};
  if (s.size() > 2 && s[0] == '0' && s[1] == 'o') {
    c.i = 2;
    return c.skip(octal) > 0 && c.end();
  }
  if (s.size() > 2 && s[0] == '0' && s[1] == 'x') {
    c.i = 2;
    return c.skip(hex) > 0 && c.end();
  }
  c.eat_sign();
  return c.skip(digit) > 0 && c.end();
}

bool core_float(std::string_view s) {
  if (one_of(s, {".nan", ".NaN", ".NAN"})) return true;
  Cursor c{s};
  c.eat_sign();
  if (c.rest_is_one_of({".inf", ".Inf", ".INF"})) return true;
  if (c.eat('.')) {  // \.[0-9]+
    if (c.skip(digit) == 0) return false;
  } else {  // [0-9]+(\.[0-9]*)?
    if (c.skip(digit) == 0) return false;
    if (c.eat('.')) c.skip(digit);
  }
  return c.end() || (exponent(c) && c.end());
}

}  // namespace

bool reads_as_non_string(std::string_view s) {
  if (s.empty()) return true;  // an empty plain scalar is null
  if (s == "<<" || s == "=") return true;
  // Every implicit type starts with one of these; skip the matchers for plain words.
  const char c = s.front();
  const bool maybe = digit(c) || c == '-' || c == '+' || c == '.' || c == '~' || c == 'y' ||
                     c == 'Y' || c == 'n' || c == 'N' || c == 't' || c == 'T' || c == 'f' ||
                     c == 'F' || c == 'o' || c == 'O';
  if (!maybe) return false;
  return yaml11_null(s) || yaml11_bool(s) || yaml11_int(s) || yaml11_float(s) ||
         yaml11_timestamp(s) || core_schema_type(s) != CoreType::string;
}

CoreType core_schema_type(std::string_view s) {
  if (s.empty() || yaml11_null(s)) return CoreType::null;  // same words in 1.2 core
  if (one_of(s, {"true", "True", "TRUE", "false", "False", "FALSE"})) return CoreType::boolean;
  if (core_int(s)) return CoreType::integer;
  if (core_float(s)) return CoreType::floating;
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
