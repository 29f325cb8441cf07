// Loading hostile YAML (docs/formats.md#limits, docs/architecture.md#yaml-cpp-facts): every case
// ends in one clear located error, never a crash, a hang or a runaway walk.
#include "io/yaml_source.h"

#include <gtest/gtest.h>

#include "planadj/readers.h"
#include "unit/reader_support.h"

namespace planadj {
namespace {

using ::planadj::testing::errors;
using Strings = std::vector<std::string>;

Strings plan_errors(const std::string& text) {
  return errors(parse_plan(text, "p.yaml").diagnostics);
}

std::string billion_laughs(int levels) {
  std::string s = "athlete: a\nsessions: []\nlol0: &a0 [lol]\n";
  for (int i = 1; i <= levels; ++i) {
    s += "lol" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int k = 0; k < 9; ++k) s += (k ? ", *a" : "*a") + std::to_string(i - 1);
    s += "]\n";
  }
  return s;
}

TEST(YamlSource, EmptyAndBlankFiles) {
  const Strings want{
      "p.yaml:1:1: error: empty file (expected a plan: a mapping with 'athlete' and "
      "'sessions')"};
  for (const char* text : {"", "\n\n", "# only a comment\n", "---\n", "   \n\t\n", "---\n...\n"})
    EXPECT_EQ(plan_errors(text), want) << "[" << text << "]";
}

TEST(YamlSource, RootMustBeAMapping) {
  EXPECT_EQ(plan_errors("- a\n- b\n"),
            Strings{"p.yaml:1:1: error: the top level must be a mapping, got a sequence "
                    "(expected a plan: a mapping with 'athlete' and 'sessions')"});
  EXPECT_EQ(plan_errors("42\n"),
            Strings{"p.yaml:1:1: error: the top level must be a mapping, got 42 (expected a "
                    "plan: a mapping with 'athlete' and 'sessions')"});
}

TEST(YamlSource, LoadAllHangCasesEndAtOnce) {
  // YAML::LoadAll loops forever on these; one document is all we read.
  EXPECT_EQ(plan_errors(","),
            Strings{"p.yaml:1:1: error: the top level must be a mapping (expected a plan: a "
                    "mapping with 'athlete' and 'sessions')"});
  EXPECT_EQ(plan_errors("\"foo\",\"bar\""),
            Strings{"p.yaml:1:1: error: the top level must be a mapping, got 'foo' (expected a "
                    "plan: a mapping with 'athlete' and 'sessions')"});
}

TEST(YamlSource, ContentAfterTheDocumentIsRefused) {
  // yaml-cpp ends the document at `{}` and would drop `tag scalar` without a word (an
  // invalid document of the YAML test suite): `validate --kind policy` said ok.
  const std::string leftover =
      "error: more after the end of the YAML document: a file holds one document (a second "
      "--- line, or text the YAML parser could not fit)";
  EXPECT_EQ(plan_errors("!invalid{}tag scalar"), Strings{"p.yaml:1:11: " + leftover});
  EXPECT_EQ(plan_errors("athlete: a\nsessions: []\n---\nathlete: b\n"),
            Strings{"p.yaml:3:1: " + leftover});
  EXPECT_EQ(plan_errors("{athlete: a, sessions: []} x\n"), Strings{"p.yaml:1:28: " + leftover});
  EXPECT_EQ(plan_errors("athlete: a\nsessions: []\n...\n# done\n"), Strings{});
}

TEST(YamlSource, DeepNesting) {
  EXPECT_EQ(plan_errors(std::string(10000, '[')),
            Strings{"p.yaml:1:101: error: nesting deeper than 200 levels"});
  std::string block = "athlete: a\nsessions: []\nx:\n";
  for (int i = 1; i <= 400; ++i) block += std::string(i * 2, ' ') + "y:\n";
  const auto e = plan_errors(block);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_NE(e[0].find("error: nesting deeper than 200 levels"), std::string::npos) << e[0];
  // Just under the limit loads (and is kept as an unknown key).
  std::string ok =
      "athlete: a\nsessions: []\nx: " + std::string(150, '[') + std::string(150, ']') + "\n";
  EXPECT_TRUE(plan_errors(ok).empty());
}

TEST(YamlSource, BillionLaughsIsRefusedQuickly) {
  EXPECT_EQ(plan_errors(billion_laughs(9)),
            Strings{"p.yaml:3:7: error: aliases expand to too many nodes (an alias bomb?)"});
  // Far past what any walk could finish: still one error, as fast.
  EXPECT_EQ(plan_errors(billion_laughs(30)).size(), 1u);
}

TEST(YamlSource, AliasBombInsideASession) {
  std::string s = billion_laughs(8);
  s.replace(s.find("sessions: []\n"), 13, "");
  s += "sessions:\n  - {date: 2026-03-02, type: easy, notes: *a8}\n";
  EXPECT_EQ(plan_errors(s),
            Strings{"p.yaml:2:7: error: aliases expand to too many nodes (an alias bomb?)"});
}

TEST(YamlSource, AliasCycle) {
  EXPECT_EQ(plan_errors("athlete: a\nsessions: []\nloop: &a [*a]\n"),
            Strings{"p.yaml:3:7: error: an alias refers to a node that contains it (a cycle)"});
  EXPECT_EQ(plan_errors("athlete: a\nsessions: []\nloop: &m {k: *m}\n"),
            Strings{"p.yaml:3:7: error: an alias refers to a node that contains it (a cycle)"});
}

TEST(YamlSource, AliasesThatAreNotCyclesExpand) {
  const auto p = parse_plan("athlete: a\nsessions: []\nx: &x [1, 2]\ny: [*x, *x]\n", "p.yaml");
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p.value->extra.size(), 2u);
  EXPECT_EQ(p.value->extra[1].second.items.size(), 2u);
  EXPECT_EQ(p.value->extra[1].second.items[1].items[1].text, "2");
}

TEST(YamlSource, UnknownAnchor) {
  EXPECT_EQ(
      plan_errors("athlete: a\nsessions: *nope\n"),
      Strings{"p.yaml:2:11: error: invalid YAML: the referenced anchor is not defined (an alias "
              "*name needs an &name before it)"});
}

TEST(YamlSource, SizeLimit) {
  const std::string big(kDefaultMaxFileBytes + 1, '#');
  EXPECT_EQ(plan_errors(big), Strings{"p.yaml: error: file is 16777217 bytes, over the limit of "
                                      "16777216 bytes"});
}

TEST(YamlSource, BinaryGarbage) {
  EXPECT_EQ(plan_errors(std::string("athlete: a\nse\0ssions: []\n", 25)),
            Strings{"p.yaml:2:3: error: binary data (a NUL byte): expected a YAML text file"});
  EXPECT_EQ(plan_errors("athlete: a\nname: \xff\xfe\n"),
            Strings{"p.yaml:2:7: error: invalid UTF-8: expected a YAML text file in UTF-8"});
  // Overlong encodings and UTF-16 surrogates are not UTF-8 either.
  EXPECT_EQ(plan_errors("x: \xc0\xaf\n").size(), 1u);
  EXPECT_EQ(plan_errors("x: \xed\xa0\x80\n").size(), 1u);
  EXPECT_EQ(plan_errors("x: \xe2\x82\n").size(), 1u);
}

TEST(YamlSource, Utf8TextIsFine) {
  const auto p = parse_plan(
      "\xef\xbb\xbf"
      "athlete: a\nname: Caf\xc3\xa9 \xf0\x9f\x8f\x83\n"
      "sessions: []\n",
      "p.yaml");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.value->name, "Caf\xc3\xa9 \xf0\x9f\x8f\x83");
}

TEST(YamlSource, SyntaxErrorsAreLocatedOneBased) {
  EXPECT_EQ(
      plan_errors("athlete: a\nsessions: [\n"),
      Strings{"p.yaml:3:1: error: invalid YAML: end of sequence flow not found (a '[' without "
              "its ']')"});
  EXPECT_EQ(
      plan_errors("athlete: a\n  bad: indent\n"),
      Strings{"p.yaml:2:6: error: invalid YAML: illegal map value (check the indentation, and "
              "quote text that holds ': ')"});
}

TEST(YamlSource, TabIndentationIsExplained) {
  EXPECT_EQ(plan_errors("athlete: a\nsessions:\n\t- date: 2026-03-02\n"),
            Strings{"p.yaml:3:2: error: invalid YAML: illegal block entry (a tab in the "
                    "indentation: YAML indents with spaces only)"});
}

TEST(YamlSource, DuplicateKeysInNestedMappings) {
  EXPECT_EQ(plan_errors("athlete: a\nsessions: []\nx: {k: 1, k: 2}\n"),
            Strings{"p.yaml:3:11: error: duplicate key 'k' (first at line 3)"});
}

TEST(YamlSource, NonTextKeysAreErrors) {
  EXPECT_EQ(plan_errors("athlete: a\nsessions: []\n? [a, b]\n: 1\n"),
            Strings{"p.yaml:3:3: error: a key must be text, got a sequence"});
}

TEST(YamlSource, DescribeShowsValuesPlainly) {
  io::YNode n;
  n.kind = io::YNode::Kind::scalar;
  n.text = "-3.5";
  EXPECT_EQ(io::describe(n), "-3.5");
  n.quoted = true;
  EXPECT_EQ(io::describe(n), "'-3.5'");
  n.text = std::string(100, 'x');
  EXPECT_EQ(io::describe(n), "'" + std::string(40, 'x') + "...'");
  n.kind = io::YNode::Kind::null;
  EXPECT_EQ(io::describe(n), "an empty value");
}

}  // namespace
}  // namespace planadj
