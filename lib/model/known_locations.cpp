// The places each injury's `location` may name (docs/formats.md#locations). One list per
// injury, so a typo (`hamstrng`) is refused with "did you mean" instead of quietly
// opening a second episode of a new injury.
#include <array>

#include "planadj/model.h"

namespace planadj {

const std::vector<std::string_view>& known_locations(InjuryKind k) {
  // Indexed by InjuryKind (planadj/model.h); the other_* kinds take any place.
  static const std::array<std::vector<std::string_view>, 11> lists{{
      /* achilles_tendinopathy */ {"achilles", "heel", "insertional", "midportion"},
      /* plantar_fasciitis */ {"heel", "arch", "foot"},
      /* itbs */ {"knee", "hip", "thigh"},
      /* runners_knee */ {"knee", "kneecap"},
      /* muscle_strain */
      {"hamstring", "calf", "quadriceps", "adductor", "groin", "hip flexor", "glute", "soleus",
       "gastrocnemius", "tibialis anterior", "abdominal", "lower back", "foot"},
      /* sprain */ {"ankle", "foot", "knee", "toe"},
      /* other_soft_tissue */ {},
      /* stress_fracture */
      {"foot", "metatarsal", "navicular", "heel", "calcaneus", "tibia", "fibula", "shin",
       "lower leg", "femur", "hip", "pelvis", "sacrum"},
      /* shin_splints */ {"shin", "tibia", "lower leg"},
      /* bone_bruise */ {"knee", "heel", "foot", "ankle", "tibia"},
      /* other_bone */ {},
  }};
  static_assert(lists.size() == static_cast<std::size_t>(InjuryKind::other_bone) + 1,
                "one list per injury");
  return lists[static_cast<std::size_t>(k)];
}

}  // namespace planadj
