#include "planadj/model.h"

#include <gtest/gtest.h>

#include "planadj/diagnostic.h"

namespace planadj {
namespace {

TEST(Model, SessionTypeNamesRoundTrip) {
  for (const auto name : session_type_names()) {
    const auto t = parse_session_type(name);
    ASSERT_TRUE(t.has_value()) << name;
    EXPECT_EQ(name_of(*t), name);
  }
  EXPECT_EQ(parse_session_type("long"), SessionType::long_run);
  EXPECT_FALSE(parse_session_type("long_run").has_value());
}

TEST(Model, IntensityOrderFollowsSpec) {
  EXPECT_LT(intensity(SessionType::rest), intensity(SessionType::cross_training));
  EXPECT_EQ(intensity(SessionType::cross_training), intensity(SessionType::strength));
  EXPECT_LT(intensity(SessionType::strength), intensity(SessionType::recovery));
  EXPECT_LT(intensity(SessionType::easy), intensity(SessionType::long_run));
  EXPECT_LT(intensity(SessionType::intervals), intensity(SessionType::race));
}

TEST(Model, SpeedworkAndRunning) {
  EXPECT_TRUE(is_speedwork(SessionType::progression));
  EXPECT_TRUE(is_speedwork(SessionType::intervals));
  EXPECT_FALSE(is_speedwork(SessionType::long_run));
  EXPECT_FALSE(is_speedwork(SessionType::race));
  EXPECT_FALSE(is_running(SessionType::strength));
  EXPECT_TRUE(is_running(SessionType::recovery));
  EXPECT_TRUE(is_bone(InjuryKind::shin_splints));
  EXPECT_FALSE(is_bone(InjuryKind::other_soft_tissue));
}

TEST(Model, EffectiveTerrainFromElevationGain) {
  Session s;
  s.distance = 10;
  EXPECT_EQ(effective_terrain(s, Units::km), Terrain::flat);
  s.elevation_gain = 151;  // 15.1 m per km
  EXPECT_EQ(effective_terrain(s, Units::km), Terrain::hilly);
  s.elevation_gain = 150;  // exactly 15: not above
  EXPECT_EQ(effective_terrain(s, Units::km), Terrain::rolling);
  s.elevation_gain = 75;
  EXPECT_EQ(effective_terrain(s, Units::km), Terrain::flat);
  s.elevation_gain = 241;  // 24.1 m per mile
  EXPECT_EQ(effective_terrain(s, Units::mi), Terrain::hilly);
  s.terrain = Terrain::flat;  // an explicit terrain wins
  EXPECT_EQ(effective_terrain(s, Units::mi), Terrain::flat);
}

TEST(Diagnostic, FormatsFileLineColumn) {
  Diagnostic d{Severity::error, {"plan.yaml", 3, 7}, "expected a date"};
  EXPECT_EQ(d.str(), "plan.yaml:3:7: error: expected a date");
  d.severity = Severity::warning;
  d.where.column = 0;
  EXPECT_EQ(d.str(), "plan.yaml:3: warning: expected a date");
}

}  // namespace
}  // namespace planadj
