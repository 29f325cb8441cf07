// Known locations and injury aliases (docs/formats.md#locations, #injury-log): a typo in a
// place or an injury id is an error that says what was meant, never a new injury.
#include <gtest/gtest.h>

#include <string>

#include "planadj/adjust.h"
#include "planadj/readers.h"

namespace planadj {
namespace {

const char* const kPlan =
    "version: 1\nathlete: sam\nsessions:\n"
    "  - {date: 2026-03-09, type: easy, distance: 8}\n"
    "  - {date: 2026-03-12, type: intervals, distance: 10}\n"
    "  - {date: 2026-03-15, type: long, distance: 18}\n";

std::string log_with(const std::string& entry) {
  return "version: 1\nathlete: sam\nentries:\n  - " + entry + "\n";
}

// The errors a revision of kPlan gives for the log, one line each.
std::string revision_errors(const std::string& log_text, const Policy& policy = Policy{}) {
  const auto plan = parse_plan(kPlan, "plan.yaml");
  const auto log = parse_injury_log(log_text, "injuries.yaml");
  EXPECT_TRUE(plan.ok() && log.ok());
  if (!plan.ok() || !log.ok()) return "unreadable";
  std::string out;
  for (const Diagnostic& d :
       adjust_plan(*plan.value, &*log.value, policy, std::nullopt).diagnostics)
    if (d.severity == Severity::error) out += d.str() + "\n";
  return out;
}

std::string first_error(const Diagnostics& ds) {
  for (const Diagnostic& d : ds)
    if (d.severity == Severity::error) return d.str();
  return {};
}

TEST(KnownLocations, ATypoInAPlaceIsAnErrorWithDidYouMean) {
  EXPECT_EQ(
      revision_errors(log_with(
          "{date: 2026-03-10, injury: muscle_strain, side: left, location: hamstrng, pain: 4}")),
      "injuries.yaml:4:5: error: unknown location 'hamstrng' for muscle_strain on "
      "2026-03-10 (did you mean 'hamstring'?); a policy adds a place with locations: "
      "[\"muscle_strain:hamstrng\"]\n");
  // Case counts: `Calf` would be an episode apart from `calf`.
  EXPECT_NE(
      revision_errors(log_with("{date: 2026-03-10, injury: sprain, location: Ankle, pain: 3}"))
          .find("unknown location 'Ankle' for sprain on 2026-03-10 (did you mean 'ankle'?)"),
      std::string::npos);
}

TEST(KnownLocations, KnownPlacesAndTheOtherKindsAreAccepted) {
  EXPECT_EQ(revision_errors(log_with(
                "{date: 2026-03-10, injury: muscle_strain, location: hip flexor, pain: 4}")),
            "");
  EXPECT_EQ(revision_errors(log_with(
                "{date: 2026-03-10, injury: stress_fracture, location: metatarsal, pain: 5}")),
            "");
  EXPECT_EQ(revision_errors(log_with(
                "{date: 2026-03-10, injury: other_soft_tissue, location: left elbow, pain: 2}")),
            "");
}

TEST(KnownLocations, APolicyAddsPlaces) {
  const auto policy = parse_policy("locations: [\"muscle_strain:adductor longus\"]\n", "p.yaml");
  ASSERT_TRUE(policy.ok()) << first_error(policy.diagnostics);
  ASSERT_EQ(policy.value->extra_locations.size(), 1u);
  const std::string entry =
      "{date: 2026-03-10, injury: muscle_strain, location: adductor longus, pain: 4}";
  EXPECT_NE(revision_errors(log_with(entry)), "");
  EXPECT_EQ(revision_errors(log_with(entry), *policy.value), "");
  // Only for that injury.
  EXPECT_NE(revision_errors(
                log_with("{date: 2026-03-10, injury: sprain, location: adductor longus, pain: 4}"),
                *policy.value),
            "");
}

TEST(KnownLocations, APolicyLocationNamesAnInjuryAndAPlace) {
  EXPECT_EQ(first_error(parse_policy("locations: [muscle_strain]\n", "p.yaml").diagnostics),
            "p.yaml:1:13: error: locations item 'muscle_strain' names no place (expected "
            "id:location, such as muscle_strain:adductor)");
  EXPECT_EQ(first_error(parse_policy("locations: [\"it_band:hip\"]\n", "p.yaml").diagnostics),
            "p.yaml:1:13: error: unknown injury 'it_band' in locations item 'it_band:hip' (did "
            "you mean 'itbs'?)");
}

TEST(InjuryAliases, CommonNamesSuggestTheId) {
  const std::pair<const char*, const char*> cases[] = {{"it_band", "itbs"},
                                                       {"ITB", "itbs"},
                                                       {"IT band", "itbs"},
                                                       {"pf", "plantar_fasciitis"},
                                                       {"achilles", "achilles_tendinopathy"},
                                                       {"hamstring", "muscle_strain"},
                                                       {"shin", "shin_splints"},
                                                       {"itbz", "itbs"}};
  for (const auto& [typed, id] : cases) {
    SCOPED_TRACE(typed);
    const auto log = parse_injury_log(
        log_with("{date: 2026-03-10, injury: \"" + std::string(typed) + "\", pain: 3}"), "l.yaml");
    EXPECT_EQ(first_error(log.diagnostics), "l.yaml:4:32: error: unknown injury '" +
                                                std::string(typed) + "' (did you mean '" + id +
                                                "'?)");
  }
}

}  // namespace
}  // namespace planadj
