// The policy file (docs/formats.md#policy), merged over the defaults. Strict: an unknown key or
// a value of the wrong type is an error, since a typo would silently keep a default.
#include <algorithm>

#include "io/plan_parts.h"
#include "planadj/did_you_mean.h"
#include "planadj/joined.h"
#include "planadj/readers.h"

namespace planadj {
namespace io {

const std::vector<std::string_view>& policy_keys() {
  static const std::vector<std::string_view> keys{
      "pain",        "acute_rest_days",  "pop_needs_clearance", "reduced_load",
      "return_ramp", "bone_return_ramp", "long_run_growth_cap", "replace_runs_with",
      "rounding",    "locations"};
  return keys;
}

namespace {

const std::vector<std::string_view> kPainKeys{"moderate_from", "severe_from"};
const std::vector<std::string_view> kRestKeys{"persists", "swelling", "severe", "pop_or_snap"};
const std::vector<std::string_view> kReducedKeys{"days_after_last_pain", "volume",
                                                 "min_rest_days_per_week", "hill_sensitive"};
const std::vector<std::string_view> kVolumeKeys{"pain_free", "mild", "moderate", "severe"};
const std::vector<std::string_view> kStageKeys{"days", "volume", "speedwork", "flat_routes"};
const std::vector<std::string_view> kRoundingKeys{"distance", "duration_minutes"};
const std::vector<std::string_view> kReplacements{"rest", "cross_training"};

// The bounds of docs/formats.md#policy.
constexpr int kMaxDays = 3650;        ///< any count of days: ten years
constexpr int kMinutesPerDay = 1440;  ///< rounding.duration_minutes
constexpr const char* kFraction = "a number above 0 and at most 1";
bool fraction(double v) { return v > 0 && v <= 1; }

// The fields of a nested mapping, or nothing (after an error) when it is not one.
std::vector<Field> section(Checker& c, const Field& f, std::string_view keys_hint) {
  if (f.value->kind != YNode::Kind::mapping) {
    c.wrong(f, "a mapping (" + std::string(keys_hint) + ")");
    return {};
  }
  return c.fields(*f.value);
}

void set_days(Checker& c, const Field& f, int& out) {
  if (const auto v = c.whole(f, 0, kMaxDays, "a whole number of days >= 0")) out = *v;
}

void set_fraction(Checker& c, const Field& f, double& out) {
  if (const auto v = c.number(f, kFraction, fraction)) out = *v;
}

void set_pain(Checker& c, const Field& f, int& out) {
  if (const auto v = c.whole(f, 1, kPainMax, "a whole number from 1 to 10")) out = *v;
}

// A section each of whose keys sets one number of the policy: `keys[i]` sets `p.*members[i]`
// with `set`; any other key is refused.
template <class T>
struct NumberSection {
  std::string_view name;  ///< in messages: "acute_rest_days"
  const std::vector<std::string_view>& keys;
  std::vector<T Policy::*> members;
  void (*set)(Checker&, const Field&, T&);
};

template <class T>
void read_numbers(Checker& c, const Field& f, const NumberSection<T>& numbers, Policy& p) {
  for (const Field& g : section(c, f, joined(numbers.keys, ", "))) {
    const auto at = std::find(numbers.keys.begin(), numbers.keys.end(), g.key);
    if (at == numbers.keys.end())
      c.unknown_refused(g, numbers.name, numbers.keys);
    else
      numbers.set(c, g, p.*numbers.members[at - numbers.keys.begin()]);
  }
}

const NumberSection<int> kPain{
    "pain", kPainKeys, {&Policy::pain_moderate_from, &Policy::pain_severe_from}, set_pain};
const NumberSection<int> kRestDays{"acute_rest_days",
                                   kRestKeys,
                                   {&Policy::rest_days_persists, &Policy::rest_days_swelling,
                                    &Policy::rest_days_severe, &Policy::rest_days_pop_or_snap},
                                   set_days};
const NumberSection<double> kVolume{"reduced_load.volume",
                                    kVolumeKeys,
                                    {&Policy::volume_pain_free, &Policy::volume_mild,
                                     &Policy::volume_moderate, &Policy::volume_severe},
                                    set_fraction};

// One `hill_sensitive` or `locations` item (`what`): an injury id, or `id:location` for
// one place only ("muscle_strain:calf"). A hill_sensitive location is compared without
// regard to case.
std::optional<HillSensitive> read_injury_place(Checker& c, const YNode& item,
                                               std::string_view what) {
  const std::string in = std::string(what) + " item ";
  if (item.kind != YNode::Kind::scalar) {
    c.error(item, "each item of " + std::string(what) +
                      " must be an injury id or id:location, got " + describe(item));
    return std::nullopt;
  }
  const std::string& text = item.text;
  const auto colon = text.find(':');
  const std::string id = text.substr(0, colon);
  HillSensitive h;
  const auto& names = injury_kind_names();
  const auto known = std::find(names.begin(), names.end(), id);
  if (known == names.end()) {
    c.error(item, "unknown injury '" + id + "'" +
                      (colon == std::string::npos ? "" : " in " + in + describe(item)) +
                      suggestion(id, names, injury_aliases()));
    return std::nullopt;
  }
  h.injury = static_cast<InjuryKind>(known - names.begin());
  if (colon != std::string::npos) {
    const std::string place = text.substr(colon + 1);
    if (place.empty() || place.find_first_not_of(' ') == std::string::npos) {
      c.error(item, in + describe(item) +
                        " has no location after ':' (expected id or id:location, such as "
                        "muscle_strain:calf)");
      return std::nullopt;
    }
    h.location = place;
  }
  return h;
}

void read_hill_sensitive(Checker& c, const Field& f, Policy& p) {
  if (f.value->kind != YNode::Kind::sequence) {
    c.wrong(f, "a list of injury ids or id:location");
    return;
  }
  std::vector<HillSensitive> items;
  for (const YNode* item : f.value->items)
    if (const auto h = read_injury_place(c, *item, "hill_sensitive")) items.push_back(*h);
  p.hill_sensitive = std::move(items);
}

// `locations`: places added to the known locations of their injury
// (docs/formats.md#locations), each `id:location`.
void read_locations(Checker& c, const Field& f, Policy& p) {
  if (f.value->kind != YNode::Kind::sequence) {
    c.wrong(f, "a list of id:location items (such as \"muscle_strain:adductor\")");
    return;
  }
  for (const YNode* item : f.value->items) {
    const auto h = read_injury_place(c, *item, "locations");
    if (!h) continue;
    if (!h->location) {
      c.error(*item, "locations item " + describe(*item) +
                         " names no place (expected id:location, such as muscle_strain:adductor)");
      continue;
    }
    const ExtraLocation x{h->injury, *h->location};
    if (std::find(p.extra_locations.begin(), p.extra_locations.end(), x) == p.extra_locations.end())
      p.extra_locations.push_back(x);
  }
}

void read_reduced_load(Checker& c, const Field& f, Policy& p) {
  for (const Field& g : section(c, f, "days_after_last_pain, volume, ...")) {
    if (g.key == "days_after_last_pain") {
      set_days(c, g, p.days_after_last_pain);
    } else if (g.key == "min_rest_days_per_week") {
      if (const auto v = c.whole(g, 0, kDaysPerWeek, "a whole number from 0 to 7"))
        p.min_rest_days_per_week = *v;
    } else if (g.key == "hill_sensitive") {
      read_hill_sensitive(c, g, p);
    } else if (g.key == "volume") {
      read_numbers(c, g, kVolume, p);
    } else {
      c.unknown_refused(g, "reduced_load", kReducedKeys);
    }
  }
}

// A ramp replaces the default ramp as a whole; every stage gives all four keys so
// that no stage silently allows speedwork.
void read_ramp(Checker& c, const Field& f, std::vector<RampStage>& out) {
  if (f.value->kind != YNode::Kind::sequence) {
    c.wrong(f, "a list of stages {days, volume, speedwork, flat_routes}");
    return;
  }
  std::vector<RampStage> stages;
  bool ok = true;
  for (const YNode* item : f.value->items) {
    if (!c.mapping_item(*item, "each stage of " + f.key)) {
      ok = false;
      continue;
    }
    RampStage s;
    std::vector<std::string_view> seen;
    for (const Field& g : c.fields(*item, /*merge=*/true)) {
      if (g.key == "days") {
        if (const auto v = c.whole(g, 1, kMaxDays, "a whole number of days >= 1")) s.days = *v;
      } else if (g.key == "volume") {
        set_fraction(c, g, s.volume);
      } else if (g.key == "speedwork" || g.key == "flat_routes") {
        if (const auto v = c.boolean(g)) (g.key == "speedwork" ? s.speedwork : s.flat_routes) = *v;
      } else {
        c.unknown_refused(g, f.key + " stage", kStageKeys);
        continue;
      }
      seen.push_back(g.key == "days"        ? "days"
                     : g.key == "volume"    ? "volume"
                     : g.key == "speedwork" ? "speedwork"
                                            : "flat_routes");
    }
    for (const auto key : kStageKeys) {
      if (std::find(seen.begin(), seen.end(), key) == seen.end()) {
        c.missing(*item, key, f.key + " stage");
        ok = false;
      }
    }
    stages.push_back(s);
  }
  if (ok) out = std::move(stages);
}

void read_rounding(Checker& c, const Field& f, Policy& p) {
  for (const Field& g : section(c, f, "distance, duration_minutes")) {
    if (g.key == "distance") {
      if (const auto v = c.number(g, "a number above 0", [](double x) { return x > 0; }))
        p.rounding_distance = *v;
    } else if (g.key == "duration_minutes") {
      if (const auto v = c.whole(g, 1, kMinutesPerDay, "a whole number of minutes >= 1"))
        p.rounding_duration_minutes = *v;
    } else {
      c.unknown_refused(g, "rounding", kRoundingKeys);
    }
  }
}

// Reads one top-level key of a policy file into `p`; `pain_at` notes where `pain` is.
void read_policy_field(Checker& c, const Field& f, Policy& p, const YNode*& pain_at) {
  if (f.key == "pain") {
    pain_at = f.key_node;
    read_numbers(c, f, kPain, p);
  } else if (f.key == "acute_rest_days") {
    read_numbers(c, f, kRestDays, p);
  } else if (f.key == "pop_needs_clearance") {
    if (const auto v = c.boolean(f)) p.pop_needs_clearance = *v;
  } else if (f.key == "reduced_load") {
    read_reduced_load(c, f, p);
  } else if (f.key == "return_ramp") {
    read_ramp(c, f, p.return_ramp);
  } else if (f.key == "bone_return_ramp") {
    read_ramp(c, f, p.bone_return_ramp);
  } else if (f.key == "long_run_growth_cap") {
    if (const auto v = c.number(f, "a number >= 1", [](double x) { return x >= 1; }))
      p.long_run_growth_cap = *v;
  } else if (f.key == "replace_runs_with") {
    if (const auto r = c.named<Replacement>(f, "replacement", kReplacements))
      p.replace_runs_with = *r;
  } else if (f.key == "rounding") {
    read_rounding(c, f, p);
  } else if (f.key == "locations") {
    read_locations(c, f, p);
  } else {
    c.unknown_refused(f, "policy", policy_keys());
  }
}

// The file's values merged over `base`.
std::optional<Policy> read_policy(Checker& c, const YNode& root, const Policy& base) {
  Policy p = base;
  const YNode* pain_at = &root;
  for (const Field& f : c.fields(root)) read_policy_field(c, f, p, pain_at);
  if (!c.has_errors() && p.pain_moderate_from >= p.pain_severe_from)
    c.error(*pain_at, "pain.moderate_from (" + std::to_string(p.pain_moderate_from) +
                          ") must be below pain.severe_from (" +
                          std::to_string(p.pain_severe_from) + ")");
  return c.unless_errors(std::move(p));
}

}  // namespace
}  // namespace io

Parsed<Policy> parse_policy(std::string_view text, const std::string& file, const Policy& base) {
  return io::read_document<Policy>(
      text, file, "a policy: a mapping with keys such as 'pain' or 'return_ramp'",
      [&base](io::Checker& c, const io::YNode& root, const io::YamlDoc&) {
        return io::read_policy(c, root, base);
      });
}

}  // namespace planadj
