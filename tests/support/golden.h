// Golden files: compare an output with its file under tests/golden/. With
// PLANADJ_UPDATE_GOLDEN=1 a golden that differs is rewritten and the test FAILS, so a
// regeneration is always its own reviewed step (docs/architecture.md#tests): read
// `git diff tests/golden`, commit it alone, run again without the variable.
// Any other value (0, empty) compares.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

namespace planadj::testing {

/// True when PLANADJ_UPDATE_GOLDEN is exactly "1".
inline bool golden_update_mode() {
  const char* u = std::getenv("PLANADJ_UPDATE_GOLDEN");
  return u != nullptr && std::string(u) == "1";
}

/// Compares `actual` with the file at `path` (absolute); in update mode rewrites a file
/// that differs (or is missing) and fails the test saying so.
inline void expect_golden_file(const std::string& path, const std::string& actual) {
  std::ifstream in(path, std::ios::binary);
  const bool present = in.good();
  const std::string expected =
      present ? std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>())
              : std::string();
  if (golden_update_mode()) {
    if (present && expected == actual) return;
    std::ofstream(path, std::ios::binary) << actual;
    ADD_FAILURE() << "golden rewritten: " << path
                  << " (review `git diff tests/golden`, commit it alone, rerun without "
                     "PLANADJ_UPDATE_GOLDEN)";
    return;
  }
  ASSERT_TRUE(present) << "missing golden " << path << " (PLANADJ_UPDATE_GOLDEN=1 writes it)";
  EXPECT_EQ(actual, expected) << "output differs from golden " << path;
}

}  // namespace planadj::testing
