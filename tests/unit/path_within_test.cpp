// The one "is this path inside that folder" check of the batch (lib/fs).
#include <gtest/gtest.h>

#include "planadj/fs.h"

namespace planadj {
namespace {

TEST(PathWithin, AFolderHoldsItselfAndWhatIsBelowIt) {
  EXPECT_TRUE(path_within("/data/roster", "/data/roster"));
  EXPECT_TRUE(path_within("/data/roster/ana/plan.yaml", "/data/roster"));
  EXPECT_TRUE(path_within("/anything", "/"));
}

TEST(PathWithin, ASiblingWithTheSamePrefixIsOutside) {
  EXPECT_FALSE(path_within("/data/roster-out", "/data/roster"));
  EXPECT_FALSE(path_within("/data", "/data/roster"));
  EXPECT_FALSE(path_within("/data/roster", ""));
  EXPECT_FALSE(path_within("", "/data"));
}

}  // namespace
}  // namespace planadj
