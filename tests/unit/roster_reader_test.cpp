// The roster manifest reader (docs/formats.md#roster).
#include <gtest/gtest.h>

#include "planadj/readers.h"
#include "unit/reader_support.h"

namespace planadj {
namespace {

using ::planadj::testing::errors;
using ::planadj::testing::lines;
using Strings = std::vector<std::string>;

TEST(RosterReader, ReadsAthletes) {
  const auto p = parse_roster(R"(athletes:
  - {id: jane-doe, plan: jane/plan.yaml, injuries: jane/injuries.yaml}
  - id: sam.lee_2
    plan: sam/plan.yaml
)",
                              "roster.yaml");
  ASSERT_TRUE(p.ok()) << ::testing::PrintToString(lines(p.diagnostics));
  const Roster& r = *p.value;
  EXPECT_EQ(r.source, "roster.yaml");
  ASSERT_EQ(r.athletes.size(), 2u);
  EXPECT_EQ(r.athletes[0].id, "jane-doe");
  EXPECT_EQ(r.athletes[0].plan, "jane/plan.yaml");
  EXPECT_EQ(r.athletes[0].injuries, "jane/injuries.yaml");
  EXPECT_EQ(r.athletes[0].where.line, 2);
  EXPECT_EQ(r.athletes[1].id, "sam.lee_2");
  EXPECT_FALSE(r.athletes[1].injuries.has_value());
}

TEST(RosterReader, UnsafeIdsAreRefused) {
  const auto p = parse_roster(R"(athletes:
  - {id: ../x, plan: a.yaml}
  - {id: .x, plan: a.yaml}
  - {id: a..b, plan: a.yaml}
  - {id: "a b", plan: a.yaml}
  - {id: "", plan: a.yaml}
  - {id: ok, plan: a.yaml}
  - {id: ok, plan: b.yaml}
)",
                              "r.yaml");
  EXPECT_EQ(errors(p.diagnostics),
            (Strings{"r.yaml:2:10: error: athlete id '../x' must not contain '/'",
                     "r.yaml:3:10: error: athlete id '.x' must not start with '.'",
                     "r.yaml:4:10: error: athlete id 'a..b' must not contain '..'",
                     "r.yaml:5:10: error: athlete id 'a b' may hold only letters, digits, '.', "
                     "'_' and '-'",
                     "r.yaml:6:10: error: athlete id '' must not be empty",
                     "r.yaml:8:10: error: duplicate athlete id 'ok' (first at line 7)"}));
  // Each bad id refuses only its athlete: the roster is still there, with the error kept
  // on the athlete, for a batch to process the others.
  ASSERT_TRUE(p.value);
  EXPECT_FALSE(p.ok());
  ASSERT_EQ(p.value->athletes.size(), 7u);
  for (std::size_t i = 0; i < 7; ++i) {
    const auto& a = p.value->athletes[i];
    EXPECT_EQ(a.problems.size(), i == 5 ? 0u : 1u) << a.id;
    if (!a.problems.empty()) {
      EXPECT_EQ(a.problems[0].where.line, static_cast<int>(i) + 2);
    }
  }
  EXPECT_EQ(p.value->athletes[0].id, "../x");
  EXPECT_EQ(p.value->athletes[6].plan, "b.yaml");
}

TEST(RosterReader, IdsEqualButForCaseAreRefused) {
  const auto p = parse_roster(R"(athletes:
  - {id: Jane-Doe, plan: a.yaml}
  - {id: sam, plan: b.yaml}
  - {id: jane-doe, plan: c.yaml}
)",
                              "r.yaml");
  EXPECT_EQ(errors(p.diagnostics),
            (Strings{"r.yaml:4:10: error: athlete id 'jane-doe' differs from 'Jane-Doe' (line 2) "
                     "only in case: the two would share a folder on a case-insensitive file "
                     "system"}));
  ASSERT_TRUE(p.value);
  EXPECT_TRUE(p.value->athletes[0].problems.empty());
  EXPECT_EQ(p.value->athletes[2].problems.size(), 1u);
}

TEST(RosterReader, StructuralErrorsMakeTheRosterUnusable) {
  const auto p = parse_roster("athletes:\n  - {id: ../x, plan: a.yaml}\n  - {id: b}\n", "r.yaml");
  EXPECT_FALSE(p.value);
  EXPECT_EQ(errors(p.diagnostics),
            (Strings{"r.yaml:2:10: error: athlete id '../x' must not contain '/'",
                     "r.yaml:3:5: error: missing required key 'plan' in athlete"}));
}

TEST(RosterReader, OverlongIdIsRefused) {
  const auto p =
      parse_roster("athletes:\n  - {id: " + std::string(256, 'a') + ", plan: a.yaml}\n", "r.yaml");
  ASSERT_TRUE(p.value);
  ASSERT_EQ(p.value->athletes.size(), 1u);
  ASSERT_EQ(p.value->athletes[0].problems.size(), 1u);
  EXPECT_NE(p.value->athletes[0].problems[0].message.find("must not be longer than 255"),
            std::string::npos);
}

TEST(RosterReader, MissingAndWrongKeys) {
  const auto p = parse_roster(R"(athletes:
  - {plan: a.yaml}
  - {id: a}
  - {id: b, plan: [x]}
  - nobody
)",
                              "r.yaml");
  EXPECT_EQ(errors(p.diagnostics),
            (Strings{"r.yaml:2:5: error: missing required key 'id' in athlete",
                     "r.yaml:3:5: error: missing required key 'plan' in athlete",
                     "r.yaml:4:19: error: plan must be text, got a sequence",
                     "r.yaml:5:5: error: each athlete must be a mapping {id, plan, injuries}, got "
                     "'nobody'"}));
  EXPECT_EQ(errors(parse_roster("coach: pat\n", "r.yaml").diagnostics),
            Strings{"r.yaml:1:1: error: missing required key 'athletes' in roster"});
  EXPECT_EQ(errors(parse_roster("athletes: {}\n", "r.yaml").diagnostics),
            Strings{"r.yaml:1:11: error: athletes must be a list of athletes ({id, plan, "
                    "injuries}), got a mapping"});
}

}  // namespace
}  // namespace planadj
