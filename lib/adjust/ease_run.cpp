// Easing a run, the part reduced-load and return-ramp share (docs/rules.md#reduced-load,
// docs/rules.md#return-ramp): speedwork to easy, volume by the day's factor, flat routes.
#include "adjust/rules.h"
#include "adjust/session_edit.h"
#include "adjust/session_text.h"

namespace planadj::adjust {

void ease_run(Revision& r, std::size_t i) {
  Session& s = r.sessions[i];
  const Session planned = s;
  const DayStatus& st = r.status[i];
  const bool eased = !st.speedwork && is_speedwork(s.type);
  if (eased) {
    set_type(s, SessionType::easy);
    add_change(s, "speedwork_to_easy");
  }
  if (scale_volume(s, st.volume, r.policy)) add_change(s, "volume_reduced");
  const bool flattened = st.flat_routes && flatten_route(s, r.units);
  if (flattened) add_change(s, "route_flattened");
  // An easy run no longer says "10 x 400 m" (docs/rules.md#changed-sessions).
  if (eased) replace_description(s, eased_run_description(planned, flattened, r.units));
}

}  // namespace planadj::adjust
