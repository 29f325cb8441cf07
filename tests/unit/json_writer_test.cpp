// The one JSON writer's layout, against documents written out by hand.
#include "planadj/json_writer.h"

#include <gtest/gtest.h>

namespace planadj {
namespace {

TEST(JsonWriter, ExpandedContainersPutOneMemberPerLine) {
  JsonWriter j;
  j.open('{');
  j.str("name", "Spring \"Half\"");
  j.integer("weeks", 16);
  j.key("days");
  j.open('[');
  j.raw("1.5");
  j.null();
  j.close(']');
  j.boolean("same", false);
  j.close('}');
  EXPECT_EQ(j.done(),
            "{\n"
            "  \"name\": \"Spring \\\"Half\\\"\",\n"
            "  \"weeks\": 16,\n"
            "  \"days\": [\n"
            "    1.5,\n"
            "    null\n"
            "  ],\n"
            "  \"same\": false\n"
            "}\n");
}

TEST(JsonWriter, EmptyContainersCloseOnTheirLine) {
  JsonWriter j;
  j.open('{');
  j.key("a");
  j.open('[');
  j.close(']');
  j.key("b");
  j.open('{');
  j.close('}');
  j.close('}');
  EXPECT_EQ(j.done(), "{\n  \"a\": [],\n  \"b\": {}\n}\n");
}

TEST(JsonWriter, InlineContainersStayOnOneLineWhateverTheyHold) {
  JsonWriter j;
  j.open('[');
  j.open_inline('{');
  j.str("injury", "sprain");
  j.key("days");
  j.open('[');  // inside an inline container: stays inline
  j.integer(1);
  j.integer(2);
  j.close(']');
  j.close('}');
  j.open_inline('{');
  j.close('}');
  j.close(']');
  EXPECT_EQ(j.done(), "[\n  {\"injury\": \"sprain\", \"days\": [1, 2]},\n  {}\n]\n");
}

TEST(JsonWriter, TakingPiecesLeavesTheLayoutWhole) {
  JsonWriter j;
  std::string all;
  j.open('[');
  j.str("a");
  all += j.take();
  EXPECT_EQ(j.size(), 0u);
  j.str("b");
  j.close(']');
  all += j.done();
  EXPECT_EQ(all, "[\n  \"a\",\n  \"b\"\n]\n");
}

}  // namespace
}  // namespace planadj
