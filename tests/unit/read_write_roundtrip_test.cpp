// Reader and writer agree: what the writer produces reads back to the same plan,
// so a revised plan can be revised again and diffed (docs/rules.md#invariants,
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
  if (!fs::exists(golden)) GTEST_SKIP() << "no writer golden yet";
  const std::string text = slurp(golden);
  const auto p = parse_plan(text, "revised.yaml");
  ASSERT_TRUE(p.ok()) << ::testing::PrintToString(lines(p.diagnostics));
  ASSERT_TRUE(p.value->adjusted.has_value());
  EXPECT_EQ(write_plan_yaml(*p.value), text);
}

TEST(ReadWriteRoundTrip, EverySamplePlanIsAFixpointAfterOneWrite) {
  const fs::path samples = fs::path(PLANADJ_SOURCE_DIR) / "samples";
  if (!fs::is_directory(samples)) GTEST_SKIP() << "no samples yet";
  int plans = 0;
  for (const auto& e : fs::recursive_directory_iterator(samples)) {
    if (!e.is_regular_file() || e.path().extension() != ".yaml") continue;
    const std::string text = slurp(e.path());
    if (detect_kind(text) != FileKind::plan) continue;
    SCOPED_TRACE(e.path().string());
    const auto first = parse_plan(text, e.path().string());
    ASSERT_TRUE(first.ok()) << ::testing::PrintToString(lines(first.diagnostics));
    const std::string once = write_plan_yaml(*first.value);
    const auto second = parse_plan(once, "once.yaml");
    ASSERT_TRUE(second.ok()) << ::testing::PrintToString(lines(second.diagnostics)) << once;
    EXPECT_EQ(write_plan_yaml(*second.value), once);
    ASSERT_EQ(second.value->sessions.size(), first.value->sessions.size());
    for (std::size_t i = 0; i < first.value->sessions.size(); ++i) {
      const Session& a = first.value->sessions[i];
      const Session& b = second.value->sessions[i];
      EXPECT_EQ(a.date, b.date) << i;
      EXPECT_EQ(a.type, b.type) << i;
      EXPECT_EQ(a.distance, b.distance) << i;
      EXPECT_EQ(a.duration.has_value(), b.duration.has_value()) << i;
      if (a.duration && b.duration) {
        EXPECT_EQ(a.duration->minutes, b.duration->minutes) << i;
      }
      EXPECT_EQ(a.terrain, b.terrain) << i;
      EXPECT_EQ(a.route, b.route) << i;
      EXPECT_EQ(a.key_order, b.key_order) << i;
      EXPECT_EQ(a.extra.size(), b.extra.size()) << i;
    }
    ++plans;
  }
  EXPECT_GT(plans, 0);
}

}  // namespace
}  // namespace planadj
