// The plan reader (docs/formats.md#plan): golden messages through the string seam.
#include <gtest/gtest.h>

#include "planadj/readers.h"
#include "unit/reader_support.h"

namespace planadj {
namespace {

using ::planadj::testing::errors;
using ::planadj::testing::lines;
using ::planadj::testing::plan_with;
using Strings = std::vector<std::string>;

Date d(const char* s) { return *parse_iso_date(s); }

TEST(PlanReader, ReadsEveryField) {
  const auto p = parse_plan(R"(version: 1
athlete: jane-doe
name: Spring Half Marathon
units: mi
sessions:
  - date: 2026-03-02
    type: easy
    distance: 8.5
    terrain: rolling
    route: River path
    elevation_gain: 120
    description: Easy aerobic run
  - date: 2026-03-05
    type: long
    duration: 1h30min
)",
                            "plan.yaml");
  ASSERT_TRUE(p.ok()) << ::testing::PrintToString(lines(p.diagnostics));
  EXPECT_TRUE(p.diagnostics.empty());
  const Plan& plan = *p.value;
  EXPECT_EQ(plan.source, "plan.yaml");
  EXPECT_EQ(plan.athlete, "jane-doe");
  EXPECT_EQ(plan.name, "Spring Half Marathon");
  EXPECT_EQ(plan.units, Units::mi);
  EXPECT_TRUE(plan.units_given);
  EXPECT_EQ(plan.key_order, (Strings{"version", "athlete", "name", "units", "sessions"}));
  ASSERT_EQ(plan.sessions.size(), 2u);
  const Session& s = plan.sessions[0];
  EXPECT_EQ(s.date, d("2026-03-02"));
  EXPECT_EQ(s.type, SessionType::easy);
  EXPECT_EQ(s.distance, 8.5);
  EXPECT_EQ(s.terrain, Terrain::rolling);
  EXPECT_EQ(s.route, "River path");
  EXPECT_EQ(s.elevation_gain, 120);
  EXPECT_EQ(s.description, "Easy aerobic run");
  EXPECT_EQ(s.where.line, 6);
  EXPECT_EQ(s.where.column, 5);
  EXPECT_EQ(s.key_order, (Strings{"date", "type", "distance", "terrain", "route", "elevation_gain",
                                  "description"}));
  const Session& t = plan.sessions[1];
  EXPECT_EQ(t.type, SessionType::long_run);
  ASSERT_TRUE(t.duration.has_value());
  EXPECT_EQ(t.duration->minutes, 90);
  EXPECT_EQ(t.duration->text, "1h30min");
  EXPECT_FALSE(t.distance.has_value());
}

TEST(PlanReader, DefaultsVersionAndUnits) {
  const auto p = parse_plan("athlete: a\nsessions: []\n", "p.yaml");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.value->units, Units::km);
  EXPECT_FALSE(p.value->units_given);
  EXPECT_EQ(p.value->version, 1);
  EXPECT_TRUE(p.value->sessions.empty());
}

TEST(PlanReader, ImpossibleDate) {
  const auto p = parse_plan(plan_with("  - date: 2026-02-30\n    type: easy\n"), "plan.yaml");
  EXPECT_FALSE(p.ok());
  EXPECT_FALSE(p.value.has_value());
  EXPECT_EQ(errors(p.diagnostics),
            Strings{"plan.yaml:3:11: error: invalid date '2026-02-30' (expected a real "
                    "calendar date YYYY-MM-DD)"});
}

TEST(PlanReader, MalformedDates) {
  for (const char* date : {"2026-3-2", "March 2", "2026/03/02", "20260302", "2026-13-01"}) {
    const auto p =
        parse_plan(plan_with(std::string("  - date: ") + date + "\n    type: easy\n"), "p.yaml");
    EXPECT_EQ(errors(p.diagnostics),
              Strings{std::string("p.yaml:3:11: error: invalid date '") + date +
                      "' (expected a real calendar date YYYY-MM-DD)"});
  }
}

TEST(PlanReader, UnknownSessionTypeSuggestsTheClosest) {
  const auto p = parse_plan(plan_with("  - date: 2026-03-02\n    type: interval\n"), "plan.yaml");
  EXPECT_EQ(errors(p.diagnostics),
            Strings{"plan.yaml:4:11: error: unknown session type 'interval' (did you mean "
                    "'intervals'?)"});
}

TEST(PlanReader, UnknownSessionTypeWithNothingCloseListsAll) {
  const auto p = parse_plan(plan_with("  - date: 2026-03-02\n    type: yoga\n"), "p.yaml");
  EXPECT_EQ(errors(p.diagnostics),
            Strings{"p.yaml:4:11: error: unknown session type 'yoga' (expected one of: rest, "
                    "cross_training, strength, recovery, easy, long, progression, tempo, "
                    "threshold, fartlek, hill_repeats, intervals, race)"});
}

TEST(PlanReader, EnumSuggestionsForTerrainAndUnits) {
  const auto p = parse_plan(
      "athlete: a\nunits: KM\nsessions:\n  - {date: 2026-03-02, type: Easy, terrain: hily}\n",
      "p.yaml");
  EXPECT_EQ(errors(p.diagnostics),
            (Strings{"p.yaml:2:8: error: unknown units 'KM' (did you mean 'km'?)",
                     "p.yaml:4:30: error: unknown session type 'Easy' (did you mean 'easy'?)",
                     "p.yaml:4:45: error: unknown terrain 'hily' (did you mean 'hilly'?)"}));
}

TEST(PlanReader, NegativeAndNonNumericDistances) {
  const auto p = parse_plan(plan_with("  - date: 2026-03-02\n    type: easy\n    distance: -3\n"
                                      "  - date: 2026-03-03\n    type: easy\n    distance: \"8\"\n"
                                      "  - date: 2026-03-04\n    type: easy\n    distance: .inf\n"
                                      "  - date: 2026-03-05\n    type: easy\n"
                                      "    elevation_gain: [1]\n"),
                            "plan.yaml");
  EXPECT_EQ(errors(p.diagnostics),
            (Strings{"plan.yaml:5:15: error: distance must be a number >= 0, got -3",
                     "plan.yaml:8:15: error: distance must be a number >= 0, got '8'",
                     "plan.yaml:11:15: error: distance must be a number >= 0, got '.inf'",
                     "plan.yaml:14:21: error: elevation_gain must be a number of metres >= 0, "
                     "got a sequence"}));
}

TEST(PlanReader, MissingRequiredKeysAtTheParentMapping) {
  const auto p = parse_plan(plan_with("  - distance: 8\n"), "plan.yaml");
  EXPECT_EQ(errors(p.diagnostics),
            (Strings{"plan.yaml:3:5: error: missing required key 'date' in session",
                     "plan.yaml:3:5: error: missing required key 'type' in session"}));
  const auto q = parse_plan("name: x\n", "q.yaml");
  EXPECT_EQ(errors(q.diagnostics),
            (Strings{"q.yaml:1:1: error: missing required key 'athlete' in plan",
                     "q.yaml:1:1: error: missing required key 'sessions' in plan"}));
}

TEST(PlanReader, DuplicateKeyReportsTheSecondWithTheFirstLine) {
  const auto p = parse_plan(plan_with("  - date: 2026-03-02\n    type: easy\n    distance: 8\n"
                                      "    distance: 10\n"),
                            "plan.yaml");
  EXPECT_EQ(errors(p.diagnostics),
            Strings{"plan.yaml:6:5: error: duplicate key 'distance' (first at line 5)"});
  const auto top = parse_plan("athlete: a\nsessions: []\nathlete: b\n", "t.yaml");
  EXPECT_EQ(errors(top.diagnostics),
            Strings{"t.yaml:3:1: error: duplicate key 'athlete' (first at line 1)"});
}

TEST(PlanReader, ReportsEveryErrorInFileOrder) {
  const auto p = parse_plan(plan_with("  - date: 2026-02-30\n    type: easy\n"
                                      "  - date: 2026-03-03\n    type: interval\n"
                                      "  - date: 2026-03-04\n    type: easy\n    distance: -3\n"
                                      "    distance: 1\n"
                                      "  - type: easy\n"
                                      "  - date: 2026-03-06\n    type: easy\n"),
                            "plan.yaml");
  EXPECT_EQ(errors(p.diagnostics),
            (Strings{"plan.yaml:3:11: error: invalid date '2026-02-30' (expected a real "
                     "calendar date YYYY-MM-DD)",
                     "plan.yaml:6:11: error: unknown session type 'interval' (did you mean "
                     "'intervals'?)",
                     "plan.yaml:9:15: error: distance must be a number >= 0, got -3",
                     "plan.yaml:10:5: error: duplicate key 'distance' (first at line 9)",
                     "plan.yaml:11:5: error: missing required key 'date' in session"}));
}

TEST(PlanReader, ErrorsAreCappedAtAHundred) {
  std::string sessions;
  for (int i = 0; i < 150; ++i) sessions += "  - {date: 2026-03-02, type: sprint}\n";
  const auto e = errors(parse_plan(plan_with(sessions), "p.yaml").diagnostics);
  ASSERT_EQ(e.size(), 101u);
  EXPECT_EQ(e[99].rfind("p.yaml:102:30: error: unknown session type 'sprint'", 0), 0u) << e[99];
  EXPECT_EQ(e[100], "p.yaml: error: too many errors: 50 more not shown");
}

TEST(PlanReader, LongBadValuesAreShortenedInMessages) {
  const auto e = errors(
      parse_plan(plan_with("  - {date: " + std::string(100, '9') + ", type: easy}\n"), "p.yaml")
          .diagnostics);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0], "p.yaml:3:12: error: invalid date '" + std::string(40, '9') +
                      "...' (expected a real calendar date YYYY-MM-DD)");
}

TEST(PlanReader, WrongShapes) {
  EXPECT_EQ(errors(parse_plan("athlete: a\nsessions: 5\n", "p.yaml").diagnostics),
            Strings{"p.yaml:2:11: error: sessions must be a list of sessions, got 5"});
  EXPECT_EQ(errors(parse_plan("athlete: a\nsessions:\n  - easy\n", "p.yaml").diagnostics),
            Strings{"p.yaml:3:5: error: each session must be a mapping, got 'easy'"});
  EXPECT_EQ(errors(parse_plan("athlete: {id: a}\nsessions: []\n", "p.yaml").diagnostics),
            Strings{"p.yaml:1:10: error: athlete must be text, got a mapping"});
  EXPECT_EQ(
      errors(parse_plan(plan_with("  - {date: 2026-03-02, type: easy, route: [a]}\n"), "p.yaml")
                 .diagnostics),
      Strings{"p.yaml:3:43: error: route must be text, got a sequence"});
  EXPECT_EQ(
      errors(parse_plan(plan_with("  - {date: [2026-03-02], type: easy}\n"), "p.yaml").diagnostics),
      Strings{"p.yaml:3:12: error: date must be a date YYYY-MM-DD, got a sequence"});
  EXPECT_EQ(errors(parse_plan(plan_with("  - date:\n    type: easy\n"), "p.yaml").diagnostics),
            Strings{"p.yaml:3:5: error: date must be a date YYYY-MM-DD, got an empty value"});
}

TEST(PlanReader, VersionMustBeOne) {
  EXPECT_EQ(errors(parse_plan("version: 2\nathlete: a\nsessions: []\n", "p.yaml").diagnostics),
            Strings{"p.yaml:1:10: error: version must be 1, got 2"});
  EXPECT_EQ(errors(parse_plan("version: '1'\nathlete: a\nsessions: []\n", "p.yaml").diagnostics),
            Strings{"p.yaml:1:10: error: version must be 1, got '1'"});
}

TEST(PlanReader, AthleteIdCharset) {
  for (const char* id : {"jane doe", "jane/doe"}) {
    const auto p = parse_plan(std::string("athlete: \"") + id + "\"\nsessions: []\n", "p.yaml");
    EXPECT_FALSE(p.ok()) << id;
  }
  EXPECT_EQ(errors(parse_plan("athlete: .jane\nsessions: []\n", "p.yaml").diagnostics),
            Strings{"p.yaml:1:10: error: athlete id '.jane' must not start with '.'"});
  EXPECT_EQ(errors(parse_plan("athlete: ja..ne\nsessions: []\n", "p.yaml").diagnostics),
            Strings{"p.yaml:1:10: error: athlete id 'ja..ne' must not contain '..'"});
  EXPECT_EQ(errors(parse_plan("athlete: jane doe\nsessions: []\n", "p.yaml").diagnostics),
            Strings{"p.yaml:1:10: error: athlete id 'jane doe' may hold only letters, digits, "
                    "'.', '_' and '-'"});
  EXPECT_TRUE(parse_plan("athlete: J.Doe_2-x\nsessions: []\n", "p.yaml").ok());
}

TEST(PlanReader, DurationFormsKeepTheirSpelling) {
  const auto p = parse_plan(plan_with("  - {date: 2026-03-02, type: tempo, duration: 45}\n"
                                      "  - {date: 2026-03-03, type: tempo, duration: 45min}\n"
                                      "  - {date: 2026-03-04, type: tempo, duration: 1h}\n"
                                      "  - {date: 2026-03-05, type: tempo, duration: 1:30:00}\n"
                                      "  - {date: 2026-03-06, type: tempo, duration: 90 min}\n"),
                            "p.yaml");
  ASSERT_TRUE(p.ok()) << ::testing::PrintToString(lines(p.diagnostics));
  const std::vector<std::pair<double, std::string>> want{
      {45, "45"}, {45, "45min"}, {60, "1h"}, {90, "1:30:00"}, {90, "90 min"}};
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(p.value->sessions[i].duration->minutes, want[i].first) << i;
    EXPECT_EQ(p.value->sessions[i].duration->text, want[i].second) << i;
  }
  EXPECT_EQ(
      errors(parse_plan(plan_with("  - {date: 2026-03-02, type: tempo, duration: 45s}\n"), "p.yaml")
                 .diagnostics),
      Strings{"p.yaml:3:47: error: invalid duration '45s' (expected minutes such as 45, "
              "45min, 1h, 1h30min or 1:30:00)"});
}

TEST(PlanReader, EmptyOptionalKeysCountAsAbsent) {
  const auto p = parse_plan(
      plan_with("  - date: 2026-03-02\n    type: easy\n    route:\n    terrain: ~\n"), "p.yaml");
  ASSERT_TRUE(p.ok()) << ::testing::PrintToString(lines(p.diagnostics));
  EXPECT_FALSE(p.value->sessions[0].route.has_value());
  EXPECT_FALSE(p.value->sessions[0].terrain.has_value());
  EXPECT_EQ(p.value->sessions[0].key_order, (Strings{"date", "type"}));
}

TEST(PlanReader, UnknownKeysAreKeptInOrderWithAWarning) {
  const auto p = parse_plan(R"(athlete: a
coach: Pat
sessions:
  - date: 2026-03-02
    shoes: "010"
    type: easy
    distnace: 8
    laps: [1, {x: ~}]
)",
                            "p.yaml");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(lines(p.diagnostics),
            (Strings{"p.yaml:2:1: warning: unknown key 'coach' in plan, kept as is",
                     "p.yaml:5:5: warning: unknown key 'shoes' in session, kept as is",
                     "p.yaml:7:5: warning: unknown key 'distnace' in session, kept as is (did "
                     "you mean 'distance'?)",
                     "p.yaml:8:5: warning: unknown key 'laps' in session, kept as is"}));
  const Plan& plan = *p.value;
  EXPECT_EQ(plan.key_order, (Strings{"athlete", "coach", "sessions"}));
  ASSERT_EQ(plan.extra.size(), 1u);
  EXPECT_EQ(plan.extra[0].first, "coach");
  EXPECT_EQ(plan.extra[0].second.text, "Pat");
  const Session& s = plan.sessions[0];
  EXPECT_EQ(s.key_order, (Strings{"date", "shoes", "type", "distnace", "laps"}));
  ASSERT_EQ(s.extra.size(), 3u);
  EXPECT_EQ(s.extra[0].first, "shoes");
  EXPECT_EQ(s.extra[0].second.kind, Value::Kind::scalar);
  EXPECT_EQ(s.extra[0].second.text, "010");
  EXPECT_TRUE(s.extra[0].second.quoted);
  EXPECT_EQ(s.extra[1].second.text, "8");
  EXPECT_FALSE(s.extra[1].second.quoted);
  const Value& laps = s.extra[2].second;
  ASSERT_EQ(laps.kind, Value::Kind::sequence);
  ASSERT_EQ(laps.items.size(), 2u);
  EXPECT_EQ(laps.items[0].text, "1");
  ASSERT_EQ(laps.items[1].kind, Value::Kind::mapping);
  EXPECT_EQ(laps.items[1].entries[0].first, "x");
  EXPECT_EQ(laps.items[1].entries[0].second.kind, Value::Kind::null);
}

TEST(PlanReader, MergeKeysTemplateSessions) {
  const auto p = parse_plan(R"(athlete: a
templates:
  easy: &easy {type: easy, distance: 8, terrain: flat}
  long: &long {type: long, distance: 20, route: Hills}
sessions:
  - date: 2026-03-02
    <<: *easy
    distance: 6
  - <<: [*long, *easy]
    date: 2026-03-03
)",
                            "p.yaml");
  ASSERT_TRUE(p.ok()) << ::testing::PrintToString(lines(p.diagnostics));
  const Session& a = p.value->sessions[0];
  EXPECT_EQ(a.type, SessionType::easy);
  EXPECT_EQ(a.distance, 6);  // the explicit key wins, wherever it stands
  EXPECT_EQ(a.terrain, Terrain::flat);
  EXPECT_EQ(a.key_order, (Strings{"date", "type", "terrain", "distance"}));
  const Session& b = p.value->sessions[1];
  EXPECT_EQ(b.type, SessionType::long_run);  // earlier mappings in the list win
  EXPECT_EQ(b.distance, 20);
  EXPECT_EQ(b.route, "Hills");
  EXPECT_EQ(b.terrain, Terrain::flat);
  EXPECT_EQ(b.key_order, (Strings{"type", "distance", "route", "terrain", "date"}));
}

TEST(PlanReader, MergeOfSomethingElseIsAnError) {
  EXPECT_EQ(errors(parse_plan(plan_with("  - {<<: 5, date: 2026-03-02, type: easy}\n"), "p.yaml")
                       .diagnostics),
            Strings{"p.yaml:3:10: error: '<<' (merge key) must be a mapping or a list of "
                    "mappings, got 5"});
}

TEST(PlanReader, MergeCycleEndsInAnError) {
  const auto p = parse_plan(plan_with("  - &s {<<: *s, date: 2026-03-02, type: easy}\n"), "p.yaml");
  EXPECT_FALSE(p.ok());
}

TEST(PlanReader, ErrorInATemplateIsReportedOnce) {
  const auto p = parse_plan(R"(athlete: a
t: &t {type: easyy}
sessions:
  - {<<: *t, date: 2026-03-02}
  - {<<: *t, date: 2026-03-03}
)",
                            "p.yaml");
  EXPECT_EQ(errors(p.diagnostics),
            Strings{"p.yaml:2:14: error: unknown session type 'easyy' (did you mean 'easy'?)"});
}

TEST(PlanReader, ReadsBackARevisedPlan) {
  const auto p = parse_plan(R"(version: 1
athlete: jane-doe
adjusted:
  by: plan-adjust 0.1.0
  as_of: 2026-03-05
  notice: guidance from general running-coach advice, not medical advice
  summary: {sessions_changed: 9, rest_days_inserted: 3, speedwork_replaced: 2,
            routes_flattened: 1, volume_before: 212.0, volume_after: 171.4,
            minutes_before: 90, minutes_after: 60}
  referrals:
    - {injury: achilles_tendinopathy, side: left, location: heel, date: 2026-03-01, reason: "severe pain (8/10): see a medical professional"}
  warnings: [a race falls in a window]
  injuries:
    - injury: stress_fracture
      side: right
      location: shin
      status: bone-stop
      phases:
        - {rule: bone-stop, from: 2026-03-02, to: ~}
        - {rule: acute-rest, from: 2026-03-02, to: 2026-03-04}
      care:
        - see a doctor
sessions:
  - date: 2026-03-03
    type: easy
    distance: 7
    terrain: flat
    adjustment:
      rule: reduced-load
      changes: [speedwork_to_easy, volume_reduced, route_flattened]
      reason: "achilles_tendinopathy (left), pain 4/10 on 2026-03-01: reduce load"
      original: {type: intervals, distance: 10, duration: 50min, terrain: ~, route: Hill loop, elevation_gain: 200}
  - date: 2026-03-04
    type: rest
    adjustment:
      rule: acute-rest
      changes: [rest]
      reason: rest
      original: {type: long, terrain: hilly}
)",
                            "rev.yaml");
  ASSERT_TRUE(p.ok()) << ::testing::PrintToString(lines(p.diagnostics));
  EXPECT_TRUE(p.diagnostics.empty()) << ::testing::PrintToString(lines(p.diagnostics));
  const Plan& plan = *p.value;
  EXPECT_EQ(plan.key_order, (Strings{"version", "athlete", "adjusted", "sessions"}));
  ASSERT_TRUE(plan.adjusted.has_value());
  const AdjustedHeader& h = *plan.adjusted;
  EXPECT_EQ(h.by, "plan-adjust 0.1.0");
  // A v1 revision's as_of and status are read without complaint and dropped: they
  // moved with the date alone (docs/rules.md#status-and-phases).
  EXPECT_EQ(h.notice, "guidance from general running-coach advice, not medical advice");
  EXPECT_EQ(h.summary.sessions_changed, 9);
  EXPECT_EQ(h.summary.rest_days_inserted, 3);
  EXPECT_EQ(h.summary.speedwork_replaced, 2);
  EXPECT_EQ(h.summary.routes_flattened, 1);
  EXPECT_EQ(h.summary.volume_before, 212.0);
  EXPECT_EQ(h.summary.volume_after, 171.4);
  EXPECT_EQ(h.summary.minutes_before, 90);
  EXPECT_EQ(h.summary.minutes_after, 60);
  ASSERT_EQ(h.referrals.size(), 1u);
  EXPECT_EQ(h.referrals[0].injury, InjuryKind::achilles_tendinopathy);
  EXPECT_EQ(h.referrals[0].side, Side::left);
  EXPECT_EQ(h.referrals[0].location, "heel");
  EXPECT_EQ(h.referrals[0].date, d("2026-03-01"));
  EXPECT_EQ(h.referrals[0].reason, "severe pain (8/10): see a medical professional");
  EXPECT_EQ(h.warnings, Strings{"a race falls in a window"});
  ASSERT_EQ(h.injuries.size(), 1u);
  const InjuryReport& r = h.injuries[0];
  EXPECT_EQ(r.injury, InjuryKind::stress_fracture);
  EXPECT_EQ(r.side, Side::right);
  EXPECT_EQ(r.location, "shin");
  EXPECT_EQ(r.status, "");
  ASSERT_EQ(r.phases.size(), 2u);
  EXPECT_EQ(r.phases[0].rule, "bone-stop");
  EXPECT_EQ(r.phases[0].from, d("2026-03-02"));
  EXPECT_FALSE(r.phases[0].to.has_value());
  EXPECT_EQ(r.phases[1].to, d("2026-03-04"));
  EXPECT_EQ(r.care, Strings{"see a doctor"});

  ASSERT_EQ(plan.sessions.size(), 2u);
  const Session& s = plan.sessions[0];
  EXPECT_EQ(s.key_order, (Strings{"date", "type", "distance", "terrain", "adjustment"}));
  ASSERT_TRUE(s.adjustment.has_value());
  EXPECT_EQ(s.adjustment->rule, "reduced-load");
  EXPECT_EQ(s.adjustment->changes,
            (Strings{"speedwork_to_easy", "volume_reduced", "route_flattened"}));
  EXPECT_EQ(s.adjustment->reason,
            "achilles_tendinopathy (left), pain 4/10 on 2026-03-01: reduce load");
  const Original& o = s.adjustment->original;
  EXPECT_EQ(o.type, SessionType::intervals);
  EXPECT_EQ(o.distance, 10);
  ASSERT_TRUE(o.duration.has_value());
  EXPECT_EQ(o.duration->minutes, 50);
  EXPECT_EQ(o.duration->text, "50min");
  ASSERT_TRUE(o.terrain.has_value());    // terrain was changed ...
  EXPECT_FALSE(o.terrain->has_value());  // ... from no terrain key at all
  EXPECT_EQ(o.route, "Hill loop");
  EXPECT_EQ(o.elevation_gain, 200);
  const Original& o2 = plan.sessions[1].adjustment->original;
  EXPECT_EQ(o2.type, SessionType::long_run);
  EXPECT_EQ(o2.terrain, std::optional<Terrain>(Terrain::hilly));
  EXPECT_FALSE(o2.distance.has_value());
  EXPECT_FALSE(o2.route.has_value());
}

TEST(PlanReader, MalformedRevisionIsLocated) {
  const auto p = parse_plan(R"(athlete: a
adjusted:
  as_of: 2026-02-31
  summary: {sessions_changed: -1}
  referrals: [{injury: achilles}]
  injuries: 5
sessions:
  - date: 2026-03-03
    type: easy
    adjustment:
      changes: speedwork_to_easy
      original: {type: sprint, terrain: flat}
  - date: 2026-03-04
    type: easy
    adjustment: [rest]
)",
                            "rev.yaml");
  EXPECT_EQ(errors(p.diagnostics),
            (Strings{"rev.yaml:3:10: error: invalid date '2026-02-31' (expected a real calendar "
                     "date YYYY-MM-DD)",
                     "rev.yaml:4:31: error: sessions_changed must be a whole number >= 0, got -1",
                     "rev.yaml:5:24: error: unknown injury 'achilles' (did you mean "
                     "'achilles_tendinopathy'?)",
                     "rev.yaml:6:13: error: injuries must be a list of injury reports, got 5",
                     "rev.yaml:11:16: error: changes must be a list, got 'speedwork_to_easy'",
                     "rev.yaml:12:24: error: unknown session type 'sprint' (expected one of: "
                     "rest, cross_training, strength, recovery, easy, long, progression, tempo, "
                     "threshold, fartlek, hill_repeats, intervals, race)",
                     "rev.yaml:15:17: error: adjustment must be a mapping (rule, changes, "
                     "reason, original), got a sequence"}));
}

}  // namespace
}  // namespace planadj
