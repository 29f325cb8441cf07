// The hand-written YAML 1.1 / 1.2 scalar matchers (lib/io/yaml_scalars.cpp) against the
// published regular expressions they replace, used here only as the oracle.
#include "io/yaml_scalars.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

#include "support/rng.h"

namespace planadj {
namespace {

// yaml.org/type/{null,bool,int,float,timestamp}.html, as PyYAML implements them.
const std::regex kYaml11(
    "~|null|Null|NULL"
    "|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
    "|[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
    "|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+"
    "|[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*([eE][-+]?[0-9]+)"
    "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
    "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ]|[ \\t]+)?([0-9]{1,2}:[0-9]{2}:[0-9]{2}(\\.[0-9]*)?"
    "([ \\t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?)?");
// yaml.org/spec/1.2.2/#1032-tag-resolution
const std::regex kCoreNull("~|null|Null|NULL");
const std::regex kCoreBool("true|True|TRUE|false|False|FALSE");
const std::regex kCoreInt("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
const std::regex kCoreFloat(
    "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)"
    "|\\.(nan|NaN|NAN)");

io::CoreType oracle_core(const std::string& s) {
  using io::CoreType;
  if (s.empty() || std::regex_match(s, kCoreNull)) return CoreType::null;
  if (std::regex_match(s, kCoreBool)) return CoreType::boolean;
  if (std::regex_match(s, kCoreInt)) return CoreType::integer;
  if (std::regex_match(s, kCoreFloat)) return CoreType::floating;
  return CoreType::string;
}

bool oracle_non_string(const std::string& s) {
  return s.empty() || s == "<<" || s == "=" || std::regex_match(s, kYaml11) ||
         oracle_core(s) != io::CoreType::string;
}

void expect_agrees(const std::string& s) {
  EXPECT_EQ(io::reads_as_non_string(s), oracle_non_string(s)) << "'" << s << "'";
  EXPECT_EQ(io::core_schema_type(s), oracle_core(s)) << "'" << s << "'";
}

TEST(YamlScalars, MatchersAgreeWithThePublishedPatternsOnKnownCases) {
  for (const char* s : {"",
                        "~",
                        "null",
                        "NULL",
                        "nulL",
                        "y",
                        "yes",
                        "YeS",
                        "on",
                        "off",
                        "0",
                        "00",
                        "09",
                        "0b101",
                        "0b",
                        "0b2",
                        "0x1F",
                        "0x",
                        "0x_",
                        "0o17",
                        "0o",
                        "-0o1",
                        "+12_3",
                        "1:30",
                        "1:30:00",
                        "1:60",
                        "1:5",
                        "0:30",
                        "190:20:30.15",
                        "1:30.",
                        ".",
                        "-.",
                        "._",
                        "1.",
                        ".5",
                        "1e5",
                        "1_e5",
                        "1.e+5",
                        "1.5e",
                        "1e",
                        "e5",
                        ".inf",
                        "-.Inf",
                        "+.INF",
                        ".nan",
                        "-.nan",
                        ".NaN",
                        "2026-03-02",
                        "2026-3-2",
                        "2026-03-021:00:00",
                        "2026-03-0212:00:00",
                        "2026-03-02T",
                        "2026-03-02t10:00:00",
                        "2026-03-02 10:00:00",
                        "2026-03-02 \t 10:00:00.5 Z",
                        "2026-03-02 10:00:00+01:00",
                        "2026-03-02 10:00:00-5",
                        "2026-03-02 10:00:00 ",
                        "2026-03-02  ",
                        "2026-03-02T 10:00:00",
                        "20260-03-02",
                        "2026-03-002",
                        "12:00:00",
                        "<<",
                        "=",
                        "- x",
                        "easy",
                        "1h30min",
                        "45min"})
    expect_agrees(s);
}

TEST(YamlScalars, MatchersAgreeWithThePublishedPatternsOnRandomText) {
  const std::string alphabet = "0123456789_.:-+eExXbBoOZTt \tyYnN~infaINFlsu";
  testing::Rng rng(20261130);
  for (int i = 0; i < 200000; ++i) {
    std::string s;
    const long length = rng.between(0, 12);
    for (long k = 0; k < length; ++k)
      s += alphabet[static_cast<std::size_t>(rng.between(0, alphabet.size() - 1))];
    // Shapes that reach deep into the patterns: dates and times with noise.
    if (rng.chance(0.2)) s = "2026-0" + s;
    if (rng.chance(0.1)) s = "1" + s + ":30";
    expect_agrees(s);
    if (::testing::Test::HasFailure()) FAIL() << "seed 20261130, case " << i;
  }
}

}  // namespace
}  // namespace planadj
