#include "planadj/writers.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <limits>
#include <string>
#include <vector>

#include "io/yaml_scalars.h"
#include "support/golden.h"

namespace planadj {
namespace {

using boost::gregorian::date;

// ---- helpers ------------------------------------------------------------------

std::string golden_path(const std::string& name) {
  return std::string(PLANADJ_SOURCE_DIR) + "/tests/golden/writers/" + name;
}

// Compares with tests/golden/writers/NAME (tests/support/golden.h).
void expect_golden(const std::string& name, const std::string& actual) {
  testing::expect_golden_file(golden_path(name), actual);
}

Value scalar(std::string text, bool quoted = false) {
  Value v;
  v.kind = Value::Kind::scalar;
  v.text = std::move(text);
  v.quoted = quoted;
  return v;
}

Session session(date d, SessionType t, std::vector<std::string> keys) {
  Session s;
  s.date = d;
  s.type = t;
  s.key_order = std::move(keys);
  return s;
}

// A revised plan as the pipeline would hand it over: unknown keys, a double day,
// lookalike strings, an adjusted session whose route moved into `original`.
Plan revised_plan() {
  Plan p;
  p.athlete = "jane-doe";
  p.name = "Spring Half Marathon";
  p.units = Units::km;
  p.units_given = true;
  p.key_order = {"version", "athlete", "name", "coach", "units", "sharing", "sessions"};
  p.extra.emplace_back("coach", scalar("Maria Lopez"));
  Value sharing;
  sharing.kind = Value::Kind::mapping;
  sharing.entries.emplace_back("public", scalar("no"));           // bool to a 1.1 reader
  sharing.entries.emplace_back("revision", scalar("010", true));  // quoted: a string
  sharing.entries.emplace_back("limit", scalar("0x1F"));
  sharing.entries.emplace_back(
      "tags", Value{Value::Kind::sequence, "", false, {scalar("spring"), scalar("true")}, {}});
  sharing.entries.emplace_back("owner", Value{});
  p.extra.emplace_back("sharing", sharing);

  p.sessions.push_back(session(date(2026, 3, 2), SessionType::rest, {"date", "type"}));

  Session intervals = session(date(2026, 3, 3), SessionType::easy,
                              {"date", "type", "distance", "terrain", "route", "elevation_gain",
                               "description", "coach_note"});
  intervals.distance = 7;
  intervals.terrain = Terrain::flat;
  intervals.description = "6 x 800 m at 5K pace, 400 m jog";
  intervals.extra.emplace_back("coach_note", scalar("keep the recoveries honest"));
  Adjustment a;
  a.rule = "reduced-load";
  a.changes = {"speedwork_to_easy", "volume_reduced", "route_flattened"};
  a.reason =
      "achilles_tendinopathy (left), pain 4/10 on 2026-03-01: reduce load, no speedwork, "
      "flat routes";
  a.original.type = SessionType::intervals;
  a.original.distance = 10;
  a.original.terrain = std::optional<Terrain>(Terrain::hilly);
  a.original.route = "Cemetery hill";
  a.original.elevation_gain = 120;
  intervals.adjustment = a;
  p.sessions.push_back(intervals);

  Session strength =
      session(date(2026, 3, 3), SessionType::strength, {"date", "type", "duration", "description"});
  strength.duration = Duration{30, "30min"};
  strength.description = "no";
  p.sessions.push_back(strength);

  Session tempo = session(date(2026, 3, 5), SessionType::easy,
                          {"date", "type", "duration", "route", "description"});
  tempo.duration = Duration{72, ""};
  tempo.route = "010";
  tempo.description = "1:30:00";
  Adjustment t;
  t.rule = "reduced-load";
  t.changes = {"speedwork_to_easy", "volume_reduced"};
  t.reason = "achilles_tendinopathy (left), pain 4/10 on 2026-03-01: reduce load, no speedwork";
  t.original.type = SessionType::tempo;
  t.original.duration = Duration{90, "1:30:00"};
  tempo.adjustment = t;
  p.sessions.push_back(tempo);

  // The input had no terrain; the tool set one, so `original.terrain` is null.
  Session long_run = session(date(2026, 3, 7), SessionType::long_run,
                             {"date", "type", "distance", "elevation_gain", "splits"});
  long_run.distance = 0.8 * 8;
  long_run.terrain = Terrain::flat;
  long_run.extra.emplace_back(
      "splits",
      Value{Value::Kind::sequence, "", false, {scalar("1.5"), scalar("2026-03-07"), Value{}}, {}});
  Adjustment l;
  l.rule = "return-ramp";
  l.changes = {"volume_reduced", "route_flattened"};
  l.reason = "achilles_tendinopathy (left): return ramp stage 1, 80% volume, flat routes";
  l.original.distance = 8;
  l.original.terrain = std::optional<Terrain>();
  l.original.elevation_gain = 200;
  long_run.adjustment = l;
  p.sessions.push_back(long_run);

  AdjustedHeader h;
  h.by = "plan-adjust 0.1.0";
  h.notice = "guidance from general running-coach advice, not medical advice";
  h.summary = {3, 0, 2, 2, 18, 13.4, 45, 36};
  h.referrals.push_back({InjuryKind::stress_fracture, Side::left, std::string("foot"),
                         date(2026, 3, 6), "possible bone injury: stop running and see a doctor"});
  InjuryReport achilles;
  achilles.injury = InjuryKind::achilles_tendinopathy;
  achilles.side = Side::left;
  achilles.status = "reduced-load";
  achilles.phases = {{"reduced-load", date(2026, 3, 2), date(2026, 3, 8)},
                     {"return-ramp", date(2026, 3, 9), date(2026, 3, 22)}};
  achilles.care = {"ice the sore area 10-15 min, 2-3 times a day while it is inflamed",
                   "eccentric heel drops, daily, and keep doing them after the pain is gone"};
  InjuryReport bone;
  bone.injury = InjuryKind::stress_fracture;
  bone.side = Side::left;
  bone.location = "foot";
  bone.status = "bone-stop";
  bone.phases = {{"bone-stop", date(2026, 3, 7), std::nullopt}};
  h.injuries = {achilles, bone};
  p.adjusted = h;
  return p;
}

// ---- numbers ------------------------------------------------------------------

TEST(FormatNumber, ShortestRoundTrip) {
  EXPECT_EQ(format_number(6.4), "6.4");
  EXPECT_EQ(format_number(0.8 * 8), "6.4");
  EXPECT_EQ(format_number(8), "8");
  EXPECT_EQ(format_number(21.1), "21.1");
  EXPECT_EQ(format_number(0.1 + 0.2), "0.30000000000000004");  // not 0.3: that is another double
  EXPECT_EQ(format_number(0.3), "0.3");
  EXPECT_EQ(format_number(212.0), "212");
  EXPECT_EQ(format_number(-0.0), "0");
  EXPECT_EQ(format_number(-2.5), "-2.5");
}

TEST(FormatNumber, BigAndSmall) {
  EXPECT_EQ(format_number(123456789), "123456789");
  EXPECT_EQ(format_number(1e21), "1e+21");
  EXPECT_EQ(format_number(1e-7), "1e-07");
  EXPECT_EQ(format_number(0.001), "0.001");
}

TEST(FormatNumber, ReadsBackExactly) {
  for (const double v : {6.4, 0.1 + 0.2, 1.0 / 3, 2.0 / 3 * 42, 1e300, 5e-324, 171.4, 0.7 * 10}) {
    EXPECT_EQ(std::strtod(format_number(v).c_str(), nullptr), v) << format_number(v);
  }
}

TEST(FormatNumber, NonFinite) {
  EXPECT_EQ(format_number(std::numeric_limits<double>::infinity()), ".inf");
  EXPECT_EQ(format_number(-std::numeric_limits<double>::infinity()), "-.inf");
  EXPECT_EQ(format_number(std::numeric_limits<double>::quiet_NaN()), ".nan");
}

TEST(FormatDuration, ToolSpelling) {
  EXPECT_EQ(format_duration(45), "45min");
  EXPECT_EQ(format_duration(36), "36min");
  EXPECT_EQ(format_duration(60), "1h");
  EXPECT_EQ(format_duration(72), "1h12min");
  EXPECT_EQ(format_duration(600), "10h");
  EXPECT_EQ(format_duration(0), "0min");
  EXPECT_EQ(format_duration(0.7 * 60), "42min");  // 41.99999999999999 is 42 minutes
}

TEST(FormatDuration, SecondsUseClockSpelling) {
  EXPECT_EQ(format_duration(90.5), "1:30:30");
  EXPECT_EQ(format_duration(0.25), "0:00:15");
}

// ---- YAML scalar resolution ---------------------------------------------------------

TEST(YamlScalars, Yaml11LookalikesAreQuoted) {
  for (const char* s : {"no",
                        "No",
                        "NO",
                        "n",
                        "N",
                        "on",
                        "On",
                        "off",
                        "OFF",
                        "yes",
                        "Y",
                        "y",
                        "true",
                        "False",
                        "~",
                        "null",
                        "Null",
                        "",
                        "010",
                        "0x1F",
                        "0b101",
                        "1_000",
                        "1.5",
                        "-2",
                        "+3",
                        ".5",
                        "1e5",
                        "1:30:00",
                        "45:00",
                        ".inf",
                        "-.Inf",
                        ".NaN",
                        "2026-03-02",
                        "2026-3-2",
                        "2026-03-02 10:00:00",
                        "2026-03-02T10:00:00Z",
                        "<<",
                        "="}) {
    EXPECT_TRUE(io::reads_as_non_string(s)) << '"' << s << '"';
  }
}

TEST(YamlScalars, WordsStayPlain) {
  for (const char* s : {"River path", "easy", "nope", "yesterday", "online", "offset", "tilde",
                        "6 x 800 m at 5K pace", "2026-03-02 long run", "10K", "1h30min", "45min",
                        "0xZZ", "1.2.3", "-", "Null island", "trueish"}) {
    EXPECT_FALSE(io::reads_as_non_string(s)) << '"' << s << '"';
  }
}

TEST(YamlScalars, LongTextSkipsTheRegexes) {
  EXPECT_FALSE(io::reads_as_non_string("1 " + std::string(100000, 'x')));
  EXPECT_TRUE(io::reads_as_non_string(std::string(100000, '7')));
  EXPECT_EQ(io::core_schema_type(std::string(100000, '7')), io::CoreType::integer);
  EXPECT_EQ(io::core_schema_type("1 " + std::string(100000, 'x')), io::CoreType::string);
}

TEST(YamlScalars, CoreSchemaTypes) {
  using io::CoreType;
  EXPECT_EQ(io::core_schema_type("true"), CoreType::boolean);
  EXPECT_EQ(io::core_schema_type("FALSE"), CoreType::boolean);
  EXPECT_EQ(io::core_schema_type("yes"), CoreType::string);  // 1.2: only true/false
  EXPECT_EQ(io::core_schema_type("~"), CoreType::null);
  EXPECT_EQ(io::core_schema_type(""), CoreType::null);
  EXPECT_EQ(io::core_schema_type("010"), CoreType::integer);
  EXPECT_EQ(io::core_schema_type("0o17"), CoreType::integer);
  EXPECT_EQ(io::core_schema_type("1.5"), CoreType::floating);
  EXPECT_EQ(io::core_schema_type(".inf"), CoreType::floating);
  EXPECT_EQ(io::core_schema_type("1:30:00"), CoreType::string);
  EXPECT_EQ(io::core_schema_type("2026-03-02"), CoreType::string);
}

TEST(YamlScalars, JsonNumbers) {
  using io::CoreType;
  EXPECT_EQ(io::json_number("+5", CoreType::integer), "5");
  EXPECT_EQ(io::json_number("010", CoreType::integer), "10");
  EXPECT_EQ(io::json_number("-00", CoreType::integer), "0");
  EXPECT_EQ(io::json_number("0x1F", CoreType::integer), "31");
  EXPECT_EQ(io::json_number("0o17", CoreType::integer), "15");
  EXPECT_EQ(io::json_number("123456789012345678901234567890", CoreType::integer),
            "123456789012345678901234567890");
  EXPECT_EQ(io::json_number("1.", CoreType::floating), "1");
  EXPECT_EQ(io::json_number(".5", CoreType::floating), "0.5");
  EXPECT_EQ(io::json_number("1e5", CoreType::floating), "1e+05");  // valid JSON
  EXPECT_EQ(io::json_number("-.Inf", CoreType::floating), "");
  EXPECT_EQ(io::json_number(".inf", CoreType::floating), "");
}

// ---- YAML writer ----------------------------------------------------------------

Plan one_session_plan(Session s) {
  Plan p;
  p.athlete = "sam-lee";
  p.key_order = {"athlete", "sessions"};
  p.sessions.push_back(std::move(s));
  return p;
}

TEST(YamlWriter, QuotesFreeTextLookalikes) {
  for (const char* s : {"no", "on", "yes", "y", "off", "~", "null", "true", "010", "1.5", "1:30:00",
                        "2026-03-02"}) {
    Session x = session(date(2026, 3, 2), SessionType::easy, {"date", "type", "description"});
    x.description = s;
    const std::string out = write_plan_yaml(one_session_plan(x));
    EXPECT_NE(out.find(std::string("description: \"") + s + "\"\n"), std::string::npos) << out;
  }
}

TEST(YamlWriter, PlainWhereSafe) {
  Session x = session(date(2026, 3, 2), SessionType::easy,
                      {"date", "type", "distance", "route", "description"});
  x.distance = 6.4;
  x.route = "River path";
  x.description = "Easy, conversational";
  EXPECT_EQ(write_plan_yaml(one_session_plan(x)),
            "athlete: sam-lee\n"
            "sessions:\n"
            "  - date: 2026-03-02\n"
            "    type: easy\n"
            "    distance: 6.4\n"
            "    route: River path\n"
            "    description: Easy, conversational\n");
}

TEST(YamlWriter, UnknownKeysKeepTheirPlace) {
  Plan p;
  p.athlete = "sam-lee";
  p.key_order = {"team", "athlete", "sessions", "season"};
  p.extra = {
      {"team", scalar("Harriers")}, {"season", scalar("2026", true)}, {"late", scalar("yes")}};
  Session s = session(date(2026, 3, 2), SessionType::easy, {"note", "type", "date"});
  s.extra = {{"note", scalar("first")}};
  s.distance = 5;           // set but not in key_order: after the listed keys
  s.description = "added";  // likewise, in canonical order
  p.sessions.push_back(s);
  EXPECT_EQ(write_plan_yaml(p),
            "team: Harriers\n"
            "athlete: sam-lee\n"
            "sessions:\n"
            "  - note: first\n"
            "    type: easy\n"
            "    date: 2026-03-02\n"
            "    distance: 5\n"
            "    description: added\n"
            "season: \"2026\"\n"
            "late: yes\n");
}

TEST(YamlWriter, KnownKeysNowUnsetAreSkipped) {
  Session s = session(date(2026, 3, 2), SessionType::easy,
                      {"date", "type", "distance", "terrain", "route", "elevation_gain"});
  s.distance = 5;
  s.terrain = Terrain::flat;
  const std::string out = write_plan_yaml(one_session_plan(s));
  EXPECT_EQ(out.find("route"), std::string::npos);
  EXPECT_EQ(out.find("elevation_gain"), std::string::npos);
  EXPECT_NE(out.find("terrain: flat"), std::string::npos);
}

TEST(YamlWriter, HeaderGoesBeforeSessionsOrWhereTheInputHadIt) {
  Plan p = one_session_plan(session(date(2026, 3, 2), SessionType::rest, {"date", "type"}));
  p.key_order = {"athlete", "sessions", "coach"};
  p.extra = {{"coach", scalar("Maria")}};
  p.adjusted = AdjustedHeader{};
  p.adjusted->by = "plan-adjust 0.1.0";
  std::string out = write_plan_yaml(p);
  EXPECT_LT(out.find("athlete:"), out.find("adjusted:"));
  EXPECT_LT(out.find("adjusted:"), out.find("sessions:"));
  EXPECT_LT(out.find("sessions:"), out.find("coach:"));

  p.key_order = {"adjusted", "athlete", "sessions", "coach"};
  out = write_plan_yaml(p);
  EXPECT_EQ(out.rfind("adjusted:\n", 0), 0u) << out;

  p.adjusted.reset();  // an input header the tool dropped is not written
  out = write_plan_yaml(p);
  EXPECT_EQ(out.find("adjusted"), std::string::npos);
}

TEST(YamlWriter, HandBuiltPlanGetsCanonicalKeys) {
  Plan p;
  p.athlete = "sam-lee";
  Session s;
  s.date = date(2026, 3, 2);
  s.type = SessionType::tempo;
  s.duration = Duration{45, ""};
  s.description = "20 min at tempo";
  p.sessions.push_back(s);
  EXPECT_EQ(write_plan_yaml(p),
            "version: 1\n"
            "athlete: sam-lee\n"
            "units: km\n"
            "sessions:\n"
            "  - date: 2026-03-02\n"
            "    type: tempo\n"
            "    duration: 45min\n"
            "    description: 20 min at tempo\n");
}

TEST(YamlWriter, EmptySessions) {
  Plan p;
  p.athlete = "sam-lee";
  p.key_order = {"athlete", "sessions"};
  EXPECT_EQ(write_plan_yaml(p), "athlete: sam-lee\nsessions: []\n");
}

TEST(YamlWriter, WholeRevisedPlan) {
  expect_golden("revised.yaml", write_plan_yaml(revised_plan()));
}

// ---- JSON writer -----------------------------------------------------------------

TEST(JsonWriter, WholeRevisedPlan) {
  expect_golden("revised.json", write_plan_json(revised_plan()));
}

TEST(JsonWriter, EscapesStrings) {
  Session s = session(date(2026, 3, 2), SessionType::easy, {"date", "type", "description"});
  s.description = std::string("say \"hi\"\\ \n\t\x01 caf\xc3\xa9");
  const std::string out = write_plan_json(one_session_plan(s));
  EXPECT_NE(out.find(R"("description": "say \"hi\"\\ \n\t\u0001 café")"), std::string::npos) << out;
}

TEST(JsonWriter, EmptyPlan) {
  Plan p;
  p.athlete = "sam-lee";
  p.key_order = {"athlete", "sessions"};
  EXPECT_EQ(write_plan_json(p), "{\n  \"athlete\": \"sam-lee\",\n  \"sessions\": []\n}\n");
}

// ---- iCalendar writer ----------------------------------------------------------------

TEST(IcsWriter, WholeRevisedPlan) { expect_golden("revised.ics", write_plan_ics(revised_plan())); }

std::vector<std::string> ics_lines(const std::string& ics) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t at; (at = ics.find("\r\n", start)) != std::string::npos; start = at + 2)
    lines.push_back(ics.substr(start, at - start));
  EXPECT_EQ(start, ics.size()) << "output must end with CRLF";
  return lines;
}

TEST(IcsWriter, CrlfAndFoldedAt75Octets) {
  Session s = session(date(2026, 3, 2), SessionType::easy, {"date", "type", "description"});
  std::string long_text;
  for (int i = 0; i < 40; ++i) long_text += "caf\xc3\xa9 run; easy, ";
  s.description = long_text;
  const std::string ics = write_plan_ics(one_session_plan(s));
  EXPECT_EQ(ics.find('\n'), ics.find("\r\n") + 1);
  std::string unfolded;
  for (const auto& line : ics_lines(ics)) {
    EXPECT_LE(line.size(), 75u) << line;
    EXPECT_NE(static_cast<unsigned char>(line.empty() ? 'x' : line[line.size() - 1]), 0xC3)
        << "folded inside a UTF-8 sequence";
    if (!line.empty() && line[0] == ' ')
      unfolded += line.substr(1);
    else
      unfolded += "\n" + line;
  }
  std::string escaped;
  for (int i = 0; i < 40; ++i) escaped += "caf\xc3\xa9 run\\; easy\\, ";
  EXPECT_NE(unfolded.find("\nDESCRIPTION:" + escaped + "\n"), std::string::npos) << unfolded;
}

TEST(IcsWriter, UidsCountWithinTheDateAndStampHasNoClock) {
  Plan p = revised_plan();
  p.adjusted.reset();
  const std::string ics = write_plan_ics(p);
  EXPECT_NE(ics.find("UID:jane-doe-20260303-1@plan-adjust\r\n"), std::string::npos);
  EXPECT_NE(ics.find("UID:jane-doe-20260303-2@plan-adjust\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTSTAMP:20260302T000000Z\r\n"), std::string::npos);  // earliest session
  EXPECT_NE(ics.find("SUMMARY:Easy run 7 km\r\n"), std::string::npos);
  EXPECT_NE(ics.find("SUMMARY:Rest\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20260307\r\nDTEND;VALUE=DATE:20260308\r\n"),
            std::string::npos);
}

}  // namespace
}  // namespace planadj
