// Read -> write -> read gives the same model, and writing again gives the same bytes,
// for every sample plan and for a hand-built revised plan (docs/formats.md#plan "keys are kept",
// docs/rules.md#invariants, invariant 6).
#include <dirent.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "planadj/readers.h"
#include "planadj/writers.h"

namespace planadj {
namespace {

using boost::gregorian::date;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::vector<std::string> yaml_files_in(const std::string& dir) {
  std::vector<std::string> out;
  if (DIR* d = opendir(dir.c_str())) {
    while (const dirent* e = readdir(d)) {
      const std::string name = e->d_name;
      if (name.size() > 5 && name.substr(name.size() - 5) == ".yaml")
        out.push_back(dir + "/" + name);
    }
    closedir(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> sample_plans() {
  const std::string root = std::string(PLANADJ_SOURCE_DIR) + "/samples";
  std::vector<std::string> plans = yaml_files_in(root + "/plans");
  for (const char* athlete : {"jane-doe", "sam-lee", "alex-kim", "priya-shah", "tom-okafor"})
    plans.push_back(root + "/roster/" + athlete + "/plan.yaml");
  return plans;
}

std::string messages(const Diagnostics& ds) {
  std::string out;
  for (const auto& d : ds) out += d.str() + "\n";
  return out;
}

// ---- model equality, field by field (the model has no operator==) -----------------

void expect_same(const Value& a, const Value& b, const std::string& at) {
  ASSERT_EQ(a.kind, b.kind) << at;
  EXPECT_EQ(a.text, b.text) << at;
  EXPECT_EQ(a.quoted, b.quoted) << at;
  ASSERT_EQ(a.items.size(), b.items.size()) << at;
  for (std::size_t i = 0; i < a.items.size(); ++i)
    expect_same(a.items[i], b.items[i], at + "[" + std::to_string(i) + "]");
  ASSERT_EQ(a.entries.size(), b.entries.size()) << at;
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    EXPECT_EQ(a.entries[i].first, b.entries[i].first) << at;
    expect_same(a.entries[i].second, b.entries[i].second, at + "." + a.entries[i].first);
  }
}

void expect_same(const ExtraKeys& a, const ExtraKeys& b, const std::string& at) {
  ASSERT_EQ(a.size(), b.size()) << at;
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].first, b[i].first) << at;
    expect_same(a[i].second, b[i].second, at + "." + a[i].first);
  }
}

void expect_same(const std::optional<Duration>& a, const std::optional<Duration>& b,
                 const std::string& at) {
  ASSERT_EQ(a.has_value(), b.has_value()) << at;
  if (a) {
    EXPECT_EQ(a->minutes, b->minutes) << at;
  }
}

void expect_same(const Session& a, const Session& b, const std::string& at, bool key_order) {
  EXPECT_EQ(a.date, b.date) << at;
  EXPECT_EQ(a.type, b.type) << at;
  EXPECT_EQ(a.distance, b.distance) << at;
  expect_same(a.duration, b.duration, at + ".duration");
  EXPECT_EQ(a.terrain, b.terrain) << at;
  EXPECT_EQ(a.route, b.route) << at;
  EXPECT_EQ(a.elevation_gain, b.elevation_gain) << at;
  EXPECT_EQ(a.description, b.description) << at;
  if (key_order) {
    EXPECT_EQ(a.key_order, b.key_order) << at;
  }
  expect_same(a.extra, b.extra, at);
  ASSERT_EQ(a.adjustment.has_value(), b.adjustment.has_value()) << at;
  if (!a.adjustment) return;
  const Adjustment &x = *a.adjustment, &y = *b.adjustment;
  EXPECT_EQ(x.rule, y.rule) << at;
  EXPECT_EQ(x.changes, y.changes) << at;
  EXPECT_EQ(x.reason, y.reason) << at;
  EXPECT_EQ(x.original.type, y.original.type) << at;
  EXPECT_EQ(x.original.distance, y.original.distance) << at;
  expect_same(x.original.duration, y.original.duration, at + ".original.duration");
  EXPECT_EQ(x.original.terrain, y.original.terrain) << at;
  EXPECT_EQ(x.original.route, y.original.route) << at;
  EXPECT_EQ(x.original.elevation_gain, y.original.elevation_gain) << at;
}

void expect_same(const AdjustedHeader& a, const AdjustedHeader& b) {
  EXPECT_EQ(a.by, b.by);
  EXPECT_EQ(a.notice, b.notice);
  EXPECT_EQ(a.summary.sessions_changed, b.summary.sessions_changed);
  EXPECT_EQ(a.summary.rest_days_inserted, b.summary.rest_days_inserted);
  EXPECT_EQ(a.summary.speedwork_replaced, b.summary.speedwork_replaced);
  EXPECT_EQ(a.summary.routes_flattened, b.summary.routes_flattened);
  EXPECT_EQ(a.summary.volume_before, b.summary.volume_before);
  EXPECT_EQ(a.summary.volume_after, b.summary.volume_after);
  EXPECT_EQ(a.summary.minutes_before, b.summary.minutes_before);
  EXPECT_EQ(a.summary.minutes_after, b.summary.minutes_after);
  ASSERT_EQ(a.referrals.size(), b.referrals.size());
  for (std::size_t i = 0; i < a.referrals.size(); ++i) {
    EXPECT_EQ(a.referrals[i].injury, b.referrals[i].injury);
    EXPECT_EQ(a.referrals[i].side, b.referrals[i].side);
    EXPECT_EQ(a.referrals[i].location, b.referrals[i].location);
    EXPECT_EQ(a.referrals[i].date, b.referrals[i].date);
    EXPECT_EQ(a.referrals[i].reason, b.referrals[i].reason);
  }
  EXPECT_EQ(a.warnings, b.warnings);
  ASSERT_EQ(a.injuries.size(), b.injuries.size());
  for (std::size_t i = 0; i < a.injuries.size(); ++i) {
    const InjuryReport &x = a.injuries[i], &y = b.injuries[i];
    EXPECT_EQ(x.injury, y.injury);
    EXPECT_EQ(x.side, y.side);
    EXPECT_EQ(x.location, y.location);
    // `status` (the status today) is not written: nothing to compare after a round trip.
    EXPECT_EQ(x.care, y.care);
    ASSERT_EQ(x.phases.size(), y.phases.size());
    for (std::size_t j = 0; j < x.phases.size(); ++j) {
      EXPECT_EQ(x.phases[j].rule, y.phases[j].rule);
      EXPECT_EQ(x.phases[j].from, y.phases[j].from);
      EXPECT_EQ(x.phases[j].to, y.phases[j].to);
    }
  }
}

void expect_same(const Plan& a, const Plan& b, bool key_order) {
  EXPECT_EQ(a.version, b.version);
  EXPECT_EQ(a.athlete, b.athlete);
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.units, b.units);
  if (key_order) {
    EXPECT_EQ(a.units_given, b.units_given);
    EXPECT_EQ(a.key_order, b.key_order);
  }
  expect_same(a.extra, b.extra, "plan");
  ASSERT_EQ(a.sessions.size(), b.sessions.size());
  for (std::size_t i = 0; i < a.sessions.size(); ++i)
    expect_same(a.sessions[i], b.sessions[i], "session " + std::to_string(i), key_order);
  ASSERT_EQ(a.adjusted.has_value(), b.adjusted.has_value());
  if (a.adjusted) expect_same(*a.adjusted, *b.adjusted);
}

// ---- the tests ---------------------------------------------------------------------

class WriterRoundTrip : public ::testing::Test {};

TEST_F(WriterRoundTrip, EverySamplePlan) {
  const auto plans = sample_plans();
  ASSERT_GE(plans.size(), 8u);
  for (const auto& path : plans) {
    SCOPED_TRACE(path);
    const auto first = parse_plan(slurp(path), path);
    ASSERT_TRUE(first.ok()) << messages(first.diagnostics);
    const std::string bytes = write_plan_yaml(*first.value);
    const auto second = parse_plan(bytes, "written.yaml");
    ASSERT_TRUE(second.ok()) << messages(second.diagnostics) << bytes;
    expect_same(*first.value, *second.value, true);
    EXPECT_EQ(write_plan_yaml(*second.value), bytes) << "writing again changed the bytes";
  }
}

TEST_F(WriterRoundTrip, SampleUnknownKeysAndTemplatesSurvive) {
  const std::string path = std::string(PLANADJ_SOURCE_DIR) + "/samples/plans/half-marathon.yaml";
  const auto plan = parse_plan(slurp(path), path);
  ASSERT_TRUE(plan.ok()) << messages(plan.diagnostics);
  const std::string yaml = write_plan_yaml(*plan.value);
  EXPECT_NE(yaml.find("coach: Maria Lopez\n"), std::string::npos);
  EXPECT_NE(yaml.find("    coach_note: keep the jog recoveries honest, no walking\n"),
            std::string::npos);
  // Nothing changed: the plan's own bytes, its `<<: *easy` sessions and comments included
  // (docs/formats.md#revised-plan-as-text).
  EXPECT_EQ(yaml, slurp(path));
}

TEST_F(WriterRoundTrip, RevisedPlanWithHeader) {
  Plan p;
  p.athlete = "jane-doe";
  p.key_order = {"athlete", "sessions"};
  Session s;
  s.date = date(2026, 3, 3);
  s.type = SessionType::easy;
  s.key_order = {"date", "type", "distance", "terrain", "route"};
  s.distance = 0.7 * 10;
  s.terrain = Terrain::flat;
  Adjustment a;
  a.rule = "reduced-load";
  a.changes = {"speedwork_to_easy", "volume_reduced", "route_flattened"};
  a.reason = "achilles_tendinopathy (left), pain 4/10 on 2026-03-01: reduce load";
  a.original.type = SessionType::intervals;
  a.original.distance = 10;
  a.original.terrain = std::optional<Terrain>();
  a.original.route = "Cemetery hill";
  a.original.duration = Duration{90, "1:30:00"};
  s.adjustment = a;
  p.sessions.push_back(s);
  AdjustedHeader h;
  h.by = "plan-adjust 0.1.0";
  h.notice = "guidance from general running-coach advice, not medical advice";
  h.summary = {1, 0, 1, 1, 10, 7, 0, 0};
  h.referrals.push_back({InjuryKind::muscle_strain, Side::left, std::string("hamstring"),
                         date(2026, 3, 1), "pop or snap: see a medical professional"});
  h.warnings = {"race on 2026-03-08 falls in reduced-load: the coach decides"};
  InjuryReport r;
  r.injury = InjuryKind::stress_fracture;
  r.status = "bone-stop";
  r.phases = {{"bone-stop", date(2026, 3, 2), std::nullopt}};
  r.care = {"no foam rolling over a bone injury"};
  h.injuries.push_back(r);
  p.adjusted = h;

  const std::string bytes = write_plan_yaml(p);
  const auto back = parse_plan(bytes, "revised.yaml");
  ASSERT_TRUE(back.ok()) << messages(back.diagnostics) << bytes;
  expect_same(p, *back.value, false);
  EXPECT_EQ(write_plan_yaml(*back.value), bytes);
}

TEST_F(WriterRoundTrip, LookalikeStringsStayStrings) {
  // YAML 1.1 / 1.2 lookalikes, then text yaml-cpp must quote or escape itself.
  const std::vector<std::string> lookalikes{"no",
                                            "on",
                                            "yes",
                                            "y",
                                            "off",
                                            "~",
                                            "null",
                                            "true",
                                            "010",
                                            "1.5",
                                            "1:30:00",
                                            "2026-03-02",
                                            "0x1F",
                                            ".inf",
                                            "1e5",
                                            "<<",
                                            "=",
                                            "line one\nline two",
                                            " leading",
                                            "trailing ",
                                            "a: b",
                                            "# hash",
                                            "- dash",
                                            "caf\xc3\xa9",
                                            "quote \" and ' both",
                                            "tab\tin",
                                            "[x]",
                                            "{y}",
                                            "&anchor",
                                            "*alias",
                                            "!tag",
                                            "%directive",
                                            "@at",
                                            "`tick",
                                            "---",
                                            "..."};
  for (const auto& s : lookalikes) {
    SCOPED_TRACE(s);
    Plan p;
    p.athlete = "sam-lee";
    p.name = s;
    p.key_order = {"athlete", "name", "label", "sessions"};
    p.extra = {{"label", Value{Value::Kind::scalar, s, true, {}, {}}}};
    Session x;
    x.date = date(2026, 3, 2);
    x.type = SessionType::easy;
    x.route = s;
    x.description = s;
    p.sessions.push_back(x);
    const std::string bytes = write_plan_yaml(p);
    const auto back = parse_plan(bytes, "lookalike.yaml");
    ASSERT_TRUE(back.ok()) << messages(back.diagnostics) << bytes;
    EXPECT_EQ(back.value->name, s);
    ASSERT_EQ(back.value->sessions.size(), 1u);
    EXPECT_EQ(back.value->sessions[0].route, s);
    EXPECT_EQ(back.value->sessions[0].description, s);
    ASSERT_EQ(back.value->extra.size(), 1u);
    EXPECT_TRUE(back.value->extra[0].second.quoted);
    EXPECT_EQ(back.value->extra[0].second.text, s);
  }
}

TEST_F(WriterRoundTrip, NestedUnknownValuesSurvive) {
  auto scalar = [](std::string t, bool quoted = false) {
    return Value{Value::Kind::scalar, std::move(t), quoted, {}, {}};
  };
  Value empty_seq{Value::Kind::sequence, "", false, {}, {}};
  Value empty_map{Value::Kind::mapping, "", false, {}, {}};
  Value lap{Value::Kind::mapping, "", false, {}, {{"km", scalar("1")}, {"pace", scalar("4:30")}}};
  Value laps{Value::Kind::sequence, "", false, {lap, lap, scalar("yes"), Value{}}, {}};
  Value nested{Value::Kind::sequence, "", false, {laps, empty_seq, empty_map}, {}};
  Value watch{Value::Kind::mapping,
              "",
              false,
              {},
              {{"laps", laps},
               {"nested", nested},
               {"no", scalar("off", true)},
               {"empty", empty_map},
               {"none", Value{}}}};
  Plan p;
  p.athlete = "sam-lee";
  p.key_order = {"athlete", "watch", "sessions"};
  p.extra = {{"watch", watch}};
  Session x;
  x.date = date(2026, 3, 2);
  x.type = SessionType::easy;
  x.key_order = {"date", "watch", "type"};
  x.extra = {{"watch", watch}};
  p.sessions.push_back(x);
  const std::string bytes = write_plan_yaml(p);
  const auto back = parse_plan(bytes, "nested.yaml");
  ASSERT_TRUE(back.ok()) << messages(back.diagnostics) << bytes;
  expect_same(p, *back.value, true);
  EXPECT_EQ(write_plan_yaml(*back.value), bytes);
}

}  // namespace
}  // namespace planadj
