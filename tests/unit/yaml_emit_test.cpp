// Our YAML emitter (lib/io/yaml_emit.cpp): exact layout on hand-written cases, and a
// round-trip property: any string it writes, yaml-cpp reads back as the same string.
#include "io/yaml_emit.h"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "support/rng.h"

namespace planadj {
namespace {

using io::DocNode;
using Kind = DocNode::Kind;

DocNode text(std::string s) {
  DocNode n;
  n.kind = Kind::text;
  n.text = std::move(s);
  return n;
}
DocNode container(Kind kind, bool flow) {
  DocNode n;
  n.kind = kind;
  n.flow = flow;
  return n;
}

TEST(YamlEmit, BlockLayoutAsTheSpecShowsIt) {
  DocNode root = container(Kind::mapping, false);
  root.add("athlete", text("sam-lee"));
  DocNode& seq = root.add("sessions", container(Kind::sequence, false));
  DocNode session = container(Kind::mapping, false);
  session.add("date", text("2026-03-02"));
  DocNode& changes = session.add("changes", container(Kind::sequence, true));
  changes.items = {text("a"), text("b, c")};
  DocNode& original = session.add("original", container(Kind::mapping, true));
  original.add("route", text("Hill: top"));
  original.add("empty", DocNode{});
  session.add("none", container(Kind::mapping, false));
  DocNode nested = container(Kind::sequence, false);
  nested.items = {text("x"), text("z")};
  seq.items = {session, nested, DocNode{}};
  EXPECT_EQ(io::emit_document(root),
            "athlete: sam-lee\n"
            "sessions:\n"
            "  - date: \"2026-03-02\"\n"
            "    changes: [a, \"b, c\"]\n"
            "    original: {route: \"Hill: top\", empty: null}\n"
            "    none: {}\n"
            "  - - x\n"
            "    - z\n"
            "  - null\n");
}

TEST(YamlEmit, QuotesWhatWouldReadAsAnotherTypeOrNotParse) {
  using io::ScalarContext;
  for (const char* s :
       {"no",    "on",     "1e3", "0x1F", "~",   "- x",        "a: b",    "#",  "x #y",
        " lead", "trail ", "",    "'q",   "\"q", "@x",         "`x",      "%x", "!x",
        "&x",    "*x",     "|",   ">",    "...", "2026-03-02", "1:30:00", "<<", "="})
    EXPECT_EQ(io::yaml_string(s, ScalarContext::block)[0], '"') << s;
  for (const char* s : {"a, b", "[x]", "{x}", "a:b"})
    EXPECT_EQ(io::yaml_string(s, ScalarContext::flow)[0], '"') << s;
  for (const char* s : {"Easy, conversational", "Sunday's 10K", "caf\xc3\xa9", "a:b", "x#y", "C#"})
    EXPECT_EQ(io::yaml_string(s, ScalarContext::block), s);
}

TEST(YamlEmit, EscapesControlAndNonPrintableCharacters) {
  EXPECT_EQ(io::double_quoted(std::string("a\"b\\c\n\t\r\x01\x7f", 10)),
            "\"a\\\"b\\\\c\\n\\t\\r\\x01\\x7F\"");
  EXPECT_EQ(io::double_quoted(std::string("\0", 1)), "\"\\0\"");
  EXPECT_EQ(io::double_quoted("\xc2\x85|\xe2\x80\xa8|\xef\xbb\xbf|\xc2\x9f"),
            "\"\\x85|\\L|\\uFEFF|\\x9F\"");
}

// Pieces that provoke every quoting rule, joined at random.
const std::vector<std::string> kPieces{"no",
                                       "on",
                                       "yes",
                                       "Off",
                                       "1e3",
                                       "0x1F",
                                       "0o17",
                                       "~",
                                       "null",
                                       "- ",
                                       "-",
                                       "a: b",
                                       ":",
                                       "#",
                                       " #",
                                       " ",
                                       "\t",
                                       "'",
                                       "\"",
                                       "\\",
                                       "\n",
                                       "\r\n",
                                       "x",
                                       "caf\xc3\xa9",
                                       "\xe2\x80\xa8",
                                       "\xc2\x85",
                                       "\xef\xbb\xbf",
                                       "\xf0\x9f\x8f\x83",
                                       "[",
                                       "]",
                                       "{",
                                       "}",
                                       ",",
                                       "?",
                                       "!",
                                       "&a",
                                       "*a",
                                       "|",
                                       ">",
                                       "%",
                                       "@",
                                       "`",
                                       "1",
                                       ".",
                                       "2026-03-02",
                                       "12:30",
                                       "<<",
                                       "=",
                                       "---",
                                       "...",
                                       "\x01",
                                       "\x7f",
                                       "\x1b",
                                       std::string("\0", 1)};

std::string random_string(testing::Rng& rng) {
  std::string s;
  const long pieces = rng.between(0, 5);
  for (long i = 0; i < pieces; ++i) s += rng.pick(kPieces);
  return s;
}

TEST(YamlEmit, EveryStringReadsBackTheSameThroughYamlCpp) {
  constexpr unsigned kSeed = 1130;
  testing::Rng rng(kSeed);
  for (int i = 0; i < 10000; ++i) {
    const std::string s = random_string(rng);
    DocNode root = container(Kind::mapping, false);
    root.add("block", text(s));
    root.add("flow_seq", container(Kind::sequence, true)).items.push_back(text(s));
    root.add("flow_map", container(Kind::mapping, true)).add("k", text(s));
    root.add("seq", container(Kind::sequence, false)).items.push_back(text(s));
    root.add(s, text("as a key"));
    const std::string yaml = io::emit_document(root);
    YAML::Node back;
    try {
      back = YAML::Load(yaml);
    } catch (const YAML::Exception& e) {
      FAIL() << "seed " << kSeed << " case " << i << ": " << e.what() << "\n" << yaml;
    }
    for (const YAML::Node& n :
         {back["block"], back["flow_seq"][0], back["flow_map"]["k"], back["seq"][0]}) {
      ASSERT_TRUE(n.IsScalar()) << "seed " << kSeed << " case " << i << "\n" << yaml;
      ASSERT_EQ(n.Scalar(), s) << "seed " << kSeed << " case " << i << "\n" << yaml;
      // Plain only when no YAML 1.1/1.2 resolver could type it (checked by the
      // matchers' own test): a plain scalar must at least not be yaml-cpp's null.
      if (n.Tag() == "?") {
        ASSERT_FALSE(s.empty());
      }
    }
    ASSERT_EQ(back[s].as<std::string>(""), "as a key") << "case " << i << "\n" << yaml;
  }
}

}  // namespace
}  // namespace planadj
