#include <gtest/gtest.h>

#include "support/run.h"

namespace planadj::testing {
namespace {

TEST(Cli, VersionPrintsNameAndVersion) {
  const auto r = run_tool("--version");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "plan-adjust 0.1.0\n");
}

TEST(Cli, HelpListsEveryCommand) {
  const auto r = run_tool("--help");
  EXPECT_EQ(r.exit_code, 0);
  for (const char* c : {"adjust", "diff", "batch", "validate"})
    EXPECT_NE(r.out.find(c), std::string::npos) << c;
}

TEST(Cli, CommandHelpExitsZero) {
  for (const char* c : {"adjust", "diff", "batch", "validate"}) {
    const auto r = run_tool(std::string(c) + " --help");
    EXPECT_EQ(r.exit_code, 0) << c;
    EXPECT_NE(r.out.find(std::string("usage: plan-adjust ") + c), std::string::npos) << c;
  }
}

TEST(Cli, UnknownCommandIsUsageError) {
  const auto r = run_tool("frobnicate");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err.rfind("plan-adjust: error: unknown command 'frobnicate'", 0), 0u) << r.err;
}

TEST(Cli, NoArgumentsIsUsageError) { EXPECT_EQ(run_tool("").exit_code, 2); }

TEST(Cli, UnknownOptionIsUsageError) {
  const auto r = run_tool("adjust plan.yaml --frobnicate");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("error:"), std::string::npos);
}

}  // namespace
}  // namespace planadj::testing
