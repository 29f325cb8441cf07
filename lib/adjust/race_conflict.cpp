// race-conflict (docs/rules.md#race-conflict): a race inside a window.
#include "adjust/reason.h"
#include "adjust/rules.h"
#include "adjust/session_edit.h"
#include "planadj/adjust.h"
#include "planadj/date_text.h"

namespace planadj::adjust {

// `race on 2026-04-26 (City 10K)`: the race named by its route, else its description
// (docs/rules.md "Races called off").
std::string race_name(const Session& s) {
  std::string out = "race on " + iso_date(s.date);
  const auto& name = s.route ? s.route : s.description;
  if (name && !name->empty()) out += " (" + *name + ")";
  return out;
}

bool apply_race_conflict(Revision& r, std::size_t i) {
  Session& s = r.sessions[i];
  const DayStatus& st = r.status[i];
  if (s.type != SessionType::race || st.stage == Stage::none) return false;
  if (st.stage == Stage::bone_stop || st.stage == Stage::acute_rest) {
    const std::string race = race_name(s);
    const std::string why = race_rest_reason(st, r.policy);
    replace_run(s, r.policy, r.units, "race-conflict", why,
                replacement_change("race_to_", r.policy));
    r.warnings.emplace_back(i, race + " is off: " + why);
    return true;
  }
  const std::string message = "race on " + iso_date(s.date) + " falls in the " +
                              std::string(rule_id(st.stage)) + " window of " +
                              injury_label(*st.decisive.episode) +
                              ": the coach should decide whether to run it";
  r.warnings.emplace_back(i, message);
  return true;
}

}  // namespace planadj::adjust

namespace planadj {

std::optional<std::string> called_off_warning(const Session& s) {
  if (!s.adjustment || s.adjustment->rule != "race-conflict" || s.type == SessionType::race)
    return std::nullopt;
  // The race's own name (route, description) is in `original` once it is made rest.
  return adjust::race_name(original_session(s)) + " is off: " + s.adjustment->reason;
}

}  // namespace planadj
