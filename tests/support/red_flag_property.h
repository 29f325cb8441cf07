// Invariant 8 (docs/rules.md#invariants, #red-flags-survive-errors): a mistake in an
// athlete's files never hides a referral. The generated log (or plan) gets one injected
// mistake, goes through the real readers and `revise` as batch runs it, and the
// referrals it reports must be those the whole pipeline gives the same case with the
// bad entry left out, computed from the model without any text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "planadj/adjust.h"
#include "planadj/revise.h"
#include "planadj/writers.h"
#include "support/case_dump.h"
#include "support/property.h"
#include "support/rng.h"

namespace planadj::testing {

/// The mistakes injected, one per case: an entry made unreadable (a misspelt injury, a
/// pain out of range, a date that does not exist), the log's `athlete` left out (an
/// error of the log that spoils no entry), or a plan that does not read.
enum class Mistake { injury_typo, pain_out_of_range, impossible_date, no_athlete, bad_plan };

inline std::string with_mistake(const std::string& entry, Mistake m) {
  auto replace_value = [&](const std::string& key, const std::string& value) {
    const auto at = entry.find(key + ": ");
    const auto end = entry.find_first_of(",}", at);
    return entry.substr(0, at) + key + ": " + value + entry.substr(end);
  };
  switch (m) {
    case Mistake::injury_typo:
      return replace_value("injury", "hamstring_strian");
    case Mistake::pain_out_of_range:
      return replace_value("pain", "11");
    default:
      return replace_value("date", "2026-02-30");
  }
}

inline Property red_flags_survive_errors(long* checked = nullptr) {
  return [checked](const Case& c) -> std::string {
    if (c.prior_log || c.log.entries.empty()) return {};
    Rng rng(c.seed * 7919 + 8);
    const auto m = static_cast<Mistake>(rng.between(0, 4));
    const bool spoils_entry = m == Mistake::injury_typo || m == Mistake::pain_out_of_range ||
                              m == Mistake::impossible_date;
    const std::size_t bad =
        static_cast<std::size_t>(rng.between(0, static_cast<long>(c.log.entries.size()) - 1));

    std::string log =
        m == Mistake::no_athlete ? "entries:\n" : "athlete: " + c.log.athlete + "\nentries:\n";
    InjuryLog good = c.log;
    for (std::size_t i = 0; i < c.log.entries.size(); ++i) {
      const std::string entry = dump_entry(c.log.entries[i]);
      log += "  - " + (spoils_entry && i == bad ? with_mistake(entry, m) : entry) + "\n";
    }
    if (spoils_entry) good.entries.erase(good.entries.begin() + static_cast<long>(bad));

    // The expectation: the header of the pipeline's own revision of the good log.
    const AdjustResult clean = adjust_plan(c.plan, &good, c.policy, c.as_of);
    if (has_errors(clean.diagnostics)) return {};  // refused for another reason: no header
    std::vector<std::string> want;
    for (const Referral& r : clean.revised.adjusted->referrals)
      want.push_back(describe_referral(r));

    ReviseInputs in;
    in.plan = {"plan.yaml", m == Mistake::bad_plan ? "sessions: 5\n" : write_plan_yaml(c.plan)};
    in.log = InputText{"injuries.yaml", log};
    const Revision night = revise(in, c.policy, c.as_of);
    if (night.ok()) return "the injected mistake was not an error:\n" + log;
    std::vector<std::string> got;
    for (const Referral& r : night.referrals) got.push_back(describe_referral(r));
    if (checked && !want.empty()) ++*checked;
    if (got == want) return {};
    std::string why = "with the mistake the referrals are\n";
    for (const auto& g : got) why += "  " + g + "\n";
    why += "but the log without the bad entry gives\n";
    for (const auto& w : want) why += "  " + w + "\n";
    return why + "log as read:\n" + log;
  };
}

}  // namespace planadj::testing
