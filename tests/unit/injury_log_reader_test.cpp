// The injury log reader (docs/formats.md#injury-log).
#include <gtest/gtest.h>

#include "planadj/readers.h"
#include "unit/reader_support.h"

namespace planadj {
namespace {

using ::planadj::testing::errors;
using ::planadj::testing::lines;
using Strings = std::vector<std::string>;

std::string log_with(const std::string& entries) {
  return "athlete: jane-doe\nentries:\n" + entries;
}

TEST(InjuryLogReader, ReadsEveryField) {
  const auto p = parse_injury_log(R"(version: 1
athlete: jane-doe
entries:
  - date: 2026-03-01
    injury: muscle_strain
    location: hamstring
    side: both
    pain: 4
    during_run: false
    persists: true
    pop_or_snap: true
    swelling: true
    resolved: true
    suspected_bone: true
    cleared: true
    notes: sharp at the start
  - date: 2026-03-04
    injury: achilles_tendinopathy
    pain: 0
)",
                                  "log.yaml");
  ASSERT_TRUE(p.ok()) << ::testing::PrintToString(lines(p.diagnostics));
  EXPECT_TRUE(p.diagnostics.empty()) << ::testing::PrintToString(lines(p.diagnostics));
  const InjuryLog& log = *p.value;
  EXPECT_EQ(log.athlete, "jane-doe");
  EXPECT_EQ(log.athlete_where.line, 2);
  EXPECT_EQ(log.athlete_where.column, 10);
  ASSERT_EQ(log.entries.size(), 2u);
  const InjuryEntry& e = log.entries[0];
  EXPECT_EQ(e.where.line, 4);
  EXPECT_EQ(e.date, *parse_iso_date("2026-03-01"));
  EXPECT_EQ(e.injury, InjuryKind::muscle_strain);
  EXPECT_EQ(e.location, "hamstring");
  EXPECT_EQ(e.side, Side::both);
  EXPECT_EQ(e.pain, 4);
  EXPECT_FALSE(e.during_run);
  EXPECT_TRUE(e.persists && e.pop_or_snap && e.swelling && e.resolved && e.suspected_bone &&
              e.cleared);
  EXPECT_TRUE(e.bone());
  EXPECT_EQ(e.notes, "sharp at the start");
  const InjuryEntry& f = log.entries[1];
  EXPECT_TRUE(f.during_run);  // default true
  EXPECT_FALSE(f.persists || f.pop_or_snap || f.swelling || f.resolved || f.cleared);
  EXPECT_FALSE(f.side.has_value());
}

TEST(InjuryLogReader, EmptyEntriesMeanNoInjury) {
  for (const char* text : {"athlete: a\nentries: []\n", "athlete: a\nentries:\n"}) {
    const auto p = parse_injury_log(text, "log.yaml");
    ASSERT_TRUE(p.ok()) << text;
    EXPECT_TRUE(p.value->entries.empty());
  }
}

TEST(InjuryLogReader, PainOutsideZeroToTen) {
  const auto p = parse_injury_log(log_with("  - {date: 2026-03-01, injury: itbs, pain: 11}\n"
                                           "  - {date: 2026-03-02, injury: itbs, pain: -1}\n"
                                           "  - {date: 2026-03-03, injury: itbs, pain: 3.5}\n"
                                           "  - {date: 2026-03-04, injury: itbs, pain: high}\n"),
                                  "log.yaml");
  EXPECT_EQ(errors(p.diagnostics),
            (Strings{"log.yaml:3:44: error: pain must be a whole number from 0 to 10, got 11",
                     "log.yaml:4:44: error: pain must be a whole number from 0 to 10, got -1",
                     "log.yaml:5:44: error: pain must be a whole number from 0 to 10, got 3.5",
                     "log.yaml:6:44: error: pain must be a whole number from 0 to 10, got "
                     "'high'"}));
}

TEST(InjuryLogReader, OnlyTrueAndFalseAreBooleans) {
  for (const char* word : {"yes", "no", "on", "off", "y", "n", "1", "\"true\""}) {
    const auto p = parse_injury_log(
        log_with(std::string("  - {date: 2026-03-01, injury: itbs, pain: 3, swelling: ") + word +
                 "}\n"),
        "log.yaml");
    ASSERT_EQ(errors(p.diagnostics).size(), 1u) << word;
    EXPECT_NE(errors(p.diagnostics)[0].find("swelling must be true or false, got "),
              std::string::npos)
        << word;
  }
}

TEST(InjuryLogReader, UnknownInjuryAndSide) {
  const auto p = parse_injury_log(log_with("  - date: 2026-03-01\n    injury: itb\n    pain: 3\n"
                                           "    side: lft\n"),
                                  "log.yaml");
  EXPECT_EQ(errors(p.diagnostics),
            (Strings{"log.yaml:4:13: error: unknown injury 'itb' (did you mean 'itbs'?)",
                     "log.yaml:6:11: error: unknown side 'lft' (did you mean 'left'?)"}));
}

TEST(InjuryLogReader, MissingKeys) {
  const auto p = parse_injury_log(log_with("  - notes: sore\n"), "log.yaml");
  EXPECT_EQ(errors(p.diagnostics),
            (Strings{"log.yaml:3:5: error: missing required key 'date' in entry",
                     "log.yaml:3:5: error: missing required key 'injury' in entry",
                     "log.yaml:3:5: error: missing required key 'pain' in entry"}));
  EXPECT_EQ(errors(parse_injury_log("entries: []\n", "log.yaml").diagnostics),
            Strings{"log.yaml:1:1: error: missing required key 'athlete' in injury log"});
}

TEST(InjuryLogReader, ClearedOnSoftTissueIsAWarning) {
  const auto p = parse_injury_log(
      log_with("  - {date: 2026-03-01, injury: itbs, pain: 0, cleared: true}\n"), "log.yaml");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(lines(p.diagnostics),
            Strings{"log.yaml:3:47: warning: cleared is for bone injuries (a clinician's "
                    "clearance to run); itbs ends with resolved: true"});
  // On a suspected bone injury, it is what clearance means.
  const auto q = parse_injury_log(
      log_with("  - {date: 2026-03-01, injury: other_soft_tissue, suspected_bone: true, pain: 0, "
               "cleared: true}\n"),
      "log.yaml");
  EXPECT_TRUE(q.diagnostics.empty());
}

TEST(InjuryLogReader, ClearedAfterAPopIsNoWarning) {
  const auto p =
      parse_injury_log(log_with("  - {date: 2026-03-01, injury: itbs, pain: 3, pop_or_snap: true}\n"
                                "  - {date: 2026-03-20, injury: itbs, pain: 0, cleared: true}\n"),
                       "log.yaml");
  ASSERT_TRUE(p.ok());
  EXPECT_TRUE(p.diagnostics.empty()) << lines(p.diagnostics).front();
}

TEST(InjuryLogReader, StrainOrSprainWithoutLocationIsAWarning) {
  const auto p =
      parse_injury_log(log_with("  - {date: 2026-03-01, injury: sprain, pain: 2}\n"
                                "  - {date: 2026-03-01, injury: muscle_strain, pain: 2}\n"
                                "  - {date: 2026-03-01, injury: sprain, pain: 2, "
                                "location: ankle}\n"),
                       "log.yaml");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(lines(p.diagnostics),
            (Strings{"log.yaml:3:5: warning: sprain without a location (such as ankle or foot): "
                     "entries for different places would count as one injury",
                     "log.yaml:4:5: warning: muscle_strain without a location (such as hamstring "
                     "or calf): entries for different places would count as one injury"}));
}

TEST(InjuryLogReader, UnknownEntryKeyIsAWarning) {
  const auto p = parse_injury_log(
      log_with("  - {date: 2026-03-01, injury: itbs, pain: 2, sweling: true}\n"), "log.yaml");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(lines(p.diagnostics),
            Strings{"log.yaml:3:47: warning: unknown key 'sweling' in entry, ignored (did you "
                    "mean 'swelling'?)"});
}

TEST(InjuryLogReader, EveryBadEntryIsReported) {
  const auto p = parse_injury_log(log_with("  - {date: 2026-02-29, injury: itbs, pain: 2}\n"
                                           "  - {date: 2026-03-01, injury: itbs, pain: 2}\n"
                                           "  - 7\n"
                                           "  - {date: 2026-03-02, injury: itbs, pain: 12}\n"),
                                  "log.yaml");
  EXPECT_EQ(errors(p.diagnostics),
            (Strings{"log.yaml:3:12: error: invalid date '2026-02-29' (expected a real calendar "
                     "date YYYY-MM-DD)",
                     "log.yaml:5:5: error: each entry must be a mapping, got 7",
                     "log.yaml:6:44: error: pain must be a whole number from 0 to 10, got 12"}));
}

}  // namespace
}  // namespace planadj
