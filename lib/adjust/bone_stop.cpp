// bone-stop (docs/rules.md#bone-stop): "if you think you might have a stress fracture, stop running
// and visit a doctor". Every run from D+1 until a clearance becomes rest.
#include "adjust/reason.h"
#include "adjust/rules.h"
#include "adjust/session_edit.h"

namespace planadj::adjust {

void apply_bone_stop(Revision& r, std::size_t i) {
  Session& s = r.sessions[i];
  if (!is_running(s.type)) return;
  replace_run(s, r.policy, r.units, "bone-stop", bone_stop_reason(r.status[i].decisive),
              replacement_change("to_", r.policy));
}

}  // namespace planadj::adjust
