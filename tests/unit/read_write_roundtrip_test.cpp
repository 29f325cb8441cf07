// Reader and writer agree: the writers' golden revision reads back and is written to
// the same bytes, so a revised plan can be revised again and diffed (every sample plan:
// writers_roundtrip_test.cpp) (docs/rules.md#invariants,
// docs/formats.md#revised-plan, docs/formats.md#diff-json).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "planadj/readers.h"
#include "planadj/writers.h"
#include "unit/reader_support.h"

namespace planadj {
namespace {

namespace fs = std::filesystem;
using ::planadj::testing::lines;

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(ReadWriteRoundTrip, WritersGoldenRevisionReadsBackToTheSameBytes) {
  const fs::path golden = fs::path(PLANADJ_SOURCE_DIR) / "tests/golden/writers/revised.yaml";
  const std::string text = slurp(golden);
  const auto p = parse_plan(text, "revised.yaml");
  ASSERT_TRUE(p.ok()) << ::testing::PrintToString(lines(p.diagnostics));
  ASSERT_TRUE(p.value->adjusted.has_value());
  EXPECT_EQ(write_plan_yaml(*p.value), text);
}

}  // namespace
}  // namespace planadj
