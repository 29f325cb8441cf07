// Numbers the rules fix rather than the policy (docs/rules.md#fixed-numbers): each
// named once, with the section that says where it comes from.
#pragma once

namespace planadj::adjust {

/// The growth cap looks back over the prior 30 days of the revised plan, D-30 ... D-1:
/// the window of the single-run spike rule (docs/rules.md#growth-cap).
constexpr int kGrowthCapLookBackDays = 30;

/// `persists` on entries more than a week apart is a referral: the acute phase (24-72 h)
/// and the seed's "rest for a few days up to a week" are over (docs/rules.md#referrals).
constexpr int kPersistsDays = 7;

/// `swelling` on entries more than 3 days apart is a referral: swelling past the acute
/// phase of 24-72 h is not the ordinary inflammation of a fresh injury
/// (docs/rules.md#referrals).
constexpr int kSwellingDays = 3;

/// How far outside the plan an entry may be dated before it is a warning: four weeks
/// covers the niggle that led to the plan's change; further out is usually a typo in the
/// year or month (docs/rules.md#dates-outside-the-plan).
constexpr int kEntryDateSlackDays = 28;

/// An easy pace, only to compare runs of different measures (which run of a double
/// stays, docs/rules.md#weekly-rest-days): 6 min/km, 10 min/mi.
constexpr double kEasyMinutesPerKm = 6.0;
constexpr double kEasyMinutesPerMile = 10.0;

/// How far past the longest chain of windows an episode's phases are traced: the day
/// the last window ends and the day after it, so the last phase is seen to close
/// (docs/rules.md#fixed-numbers).
constexpr int kPhaseTraceMarginDays = 2;

}  // namespace planadj::adjust
