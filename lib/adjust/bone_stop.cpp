// bone-stop (SPEC §6): "if you think you might have a stress fracture, stop running
// and visit a doctor". Every run from D+1 until a clearance becomes rest.
#include "adjust/rules.h"

#include "adjust/reason.h"
#include "adjust/session_edit.h"

namespace planadj::adjust {

void apply_bone_stop(Revision& r, std::size_t i) {
  Session& s = r.sessions[i];
  if (!is_running(s.type)) return;
  const std::string reason = reason_prefix(r.status[i].decisive) +
                             ": possible bone injury, no running until a clinician clears it";
  replace_run(s, r.policy, "bone-stop", reason, replacement_change("to_", r.policy));
}

}  // namespace planadj::adjust
