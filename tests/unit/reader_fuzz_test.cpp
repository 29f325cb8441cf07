// Mutated inputs never crash or hang a reader: each parse ends with a value or with
// errors, never neither, and never a value with an error it does not account for (only
// a roster accounts for some: an athlete's id error is kept on that athlete). Fixed
// seed; a failure prints the input.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <random>

#include "planadj/readers.h"

namespace planadj {
namespace {

std::string slurp(const std::string& rel) {
  std::ifstream in(std::string(PLANADJ_SOURCE_DIR) + "/" + rel, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// One random edit: delete, duplicate, or overwrite a span with YAML punctuation.
std::string mutate(std::string s, std::mt19937& rng) {
  static const std::string alphabet = ":-[]{},&*!|>'\"#\n \t<<0123456789.~?%@`\\x";
  if (s.empty()) return s;
  const std::size_t at = rng() % s.size();
  const std::size_t len = 1 + rng() % 8;
  switch (rng() % 4) {
    case 0:
      s.erase(at, len);
      break;
    case 1:
      s.insert(at, s.substr(at, len * 4));
      break;
    case 2:
      for (std::size_t i = at; i < std::min(s.size(), at + len); ++i)
        s[i] = alphabet[rng() % alphabet.size()];
      break;
    default:
      s.insert(at, std::string(1, static_cast<char>(rng() % 256)));
      break;
  }
  return s;
}

template <class T>
std::size_t unaccounted_errors(const Parsed<T>& p) {
  return static_cast<std::size_t>(
      std::count_if(p.diagnostics.begin(), p.diagnostics.end(),
                    [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

std::size_t unaccounted_errors(const Parsed<Roster>& p) {
  std::size_t kept = 0;
  if (p.value)
    for (const auto& a : p.value->athletes) kept += a.problems.size();
  const std::size_t all = unaccounted_errors<Roster>(p);
  return all >= kept ? all - kept : 0;
}

template <class Parse>
void fuzz(const std::string& seed_file, Parse parse, unsigned seed) {
  const std::string original = slurp(seed_file);
  ASSERT_FALSE(original.empty()) << seed_file;
  std::mt19937 rng(seed);
  for (int round = 0; round < 300; ++round) {
    std::string text = original;
    for (unsigned k = 0, edits = 1 + rng() % 4; k < edits; ++k) text = mutate(text, rng);
    const auto p = parse(text);
    if (p.value)
      EXPECT_EQ(unaccounted_errors(p), 0u) << "seed " << seed << " round " << round << "\n" << text;
    else
      EXPECT_TRUE(has_errors(p.diagnostics)) << "seed " << seed << " round " << round << "\n"
                                             << text;
    for (const auto& d : p.diagnostics) {
      EXPECT_FALSE(d.message.empty());
      EXPECT_NE(d.message.back(), '.') << d.message;
    }
  }
}

TEST(ReaderFuzz, Plans) {
  fuzz(
      "tests/data/good/templated-plan.yaml",
      [](const std::string& t) { return parse_plan(t, "p.yaml"); }, 1);
  fuzz(
      "tests/data/good/revised-plan.yaml",
      [](const std::string& t) { return parse_plan(t, "p.yaml"); }, 2);
}

TEST(ReaderFuzz, InjuryLogs) {
  fuzz(
      "tests/data/good/injuries.yaml",
      [](const std::string& t) { return parse_injury_log(t, "l.yaml"); }, 3);
}

TEST(ReaderFuzz, Policies) {
  fuzz(
      "tests/data/good/policy.yaml", [](const std::string& t) { return parse_policy(t, "p.yaml"); },
      4);
}

TEST(ReaderFuzz, Rosters) {
  fuzz(
      "tests/data/good/roster.yaml", [](const std::string& t) { return parse_roster(t, "r.yaml"); },
      5);
}

}  // namespace
}  // namespace planadj
