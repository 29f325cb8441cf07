// acute-rest (docs/rules.md#acute-rest): "if the pain persists or was severe on the run, then rest
// for a few days up to a week"; the windows themselves are in timeline.cpp.
#include "adjust/reason.h"
#include "adjust/rules.h"
#include "adjust/session_edit.h"

namespace planadj::adjust {

void apply_acute_rest(Revision& r, std::size_t i) {
  Session& s = r.sessions[i];
  if (!is_running(s.type)) return;
  const EpisodeDay& d = r.status[i].decisive;
  replace_run(s, r.policy, r.units, "acute-rest", acute_rest_reason(d, r.policy),
              replacement_change("to_", r.policy));
}

}  // namespace planadj::adjust
