// The one human name of an injury (docs/rules.md#reasons): plain words, side before
// location, a strain or sprain named by its location.
#include "planadj/injury_label.h"

#include <gtest/gtest.h>

namespace planadj {
namespace {

TEST(InjuryLabel, PlainWordsWithTheSide) {
  EXPECT_EQ(injury_label(InjuryKind::achilles_tendinopathy, Side::left, std::nullopt),
            "Achilles tendinopathy (left)");
  EXPECT_EQ(injury_label(InjuryKind::itbs, Side::right, std::nullopt), "IT band syndrome (right)");
  EXPECT_EQ(injury_label(InjuryKind::runners_knee, std::nullopt, std::nullopt), "Runner's knee");
  EXPECT_EQ(injury_label(InjuryKind::plantar_fasciitis, Side::left, std::nullopt),
            "Plantar fasciitis (left)");
}

TEST(InjuryLabel, StrainAndSprainTakeTheirLocationIntoTheName) {
  EXPECT_EQ(injury_label(InjuryKind::muscle_strain, Side::left, std::string("hamstring")),
            "Hamstring strain (left)");
  EXPECT_EQ(injury_label(InjuryKind::muscle_strain, Side::right, std::string("Calf")),
            "Calf strain (right)");
  EXPECT_EQ(injury_label(InjuryKind::sprain, Side::right, std::string("ankle")),
            "Ankle sprain (right)");
  EXPECT_EQ(injury_label(InjuryKind::muscle_strain, std::nullopt, std::nullopt), "Muscle strain");
}

TEST(InjuryLabel, SideComesBeforeLocation) {
  EXPECT_EQ(injury_label(InjuryKind::stress_fracture, Side::left, std::string("foot")),
            "Stress fracture (left foot)");
  EXPECT_EQ(injury_label(InjuryKind::other_soft_tissue, std::nullopt, std::string("knee")),
            "Soft-tissue injury (knee)");
  EXPECT_EQ(injury_label(InjuryKind::bone_bruise, Side::both, std::string("heel")),
            "Bone bruise (both sides, heel)");
  EXPECT_EQ(injury_label(InjuryKind::shin_splints, Side::both, std::nullopt),
            "Shin splints (both sides)");
}

}  // namespace
}  // namespace planadj
