// The policy file (docs/formats.md#policy), merged over the defaults. Strict: an unknown key or
// a value of the wrong type is an error, since a typo would silently keep a default.
#include <algorithm>

#include "io/plan_parts.h"
#include "planadj/did_you_mean.h"
#include "planadj/readers.h"

namespace planadj {
namespace io {
namespace {

const std::vector<std::string_view> kPainKeys{"moderate_from", "severe_from"};
const std::vector<std::string_view> kRestKeys{"persists", "swelling", "severe", "pop_or_snap"};
const std::vector<std::string_view> kReducedKeys{"days_after_last_pain", "volume",
                                                 "min_rest_days_per_week", "hill_sensitive"};
const std::vector<std::string_view> kVolumeKeys{"pain_free", "mild", "moderate", "severe"};
const std::vector<std::string_view> kStageKeys{"days", "volume", "speedwork", "flat_routes"};
const std::vector<std::string_view> kRoundingKeys{"distance", "duration_minutes"};
const std::vector<std::string_view> kReplacements{"rest", "cross_training"};

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
  if (const auto v = c.whole(f, 0, 3650, "a whole number of days >= 0")) out = *v;
}

void set_fraction(Checker& c, const Field& f, double& out) {
  if (const auto v = c.number(f, kFraction, fraction)) out = *v;
}

void read_pain(Checker& c, const Field& f, Policy& p) {
  for (const Field& g : section(c, f, "moderate_from, severe_from")) {
    int* target = g.key == "moderate_from" ? &p.pain_moderate_from
                  : g.key == "severe_from" ? &p.pain_severe_from
                                           : nullptr;
    if (!target) {
      c.unknown_refused(g, "pain", kPainKeys);
    } else if (const auto v = c.whole(g, 1, 10, "a whole number from 1 to 10")) {
      *target = *v;
    }
  }
}

void read_rest_days(Checker& c, const Field& f, Policy& p) {
  for (const Field& g : section(c, f, "persists, swelling, severe, pop_or_snap")) {
    if (g.key == "persists")
      set_days(c, g, p.rest_days_persists);
    else if (g.key == "swelling")
      set_days(c, g, p.rest_days_swelling);
    else if (g.key == "severe")
      set_days(c, g, p.rest_days_severe);
    else if (g.key == "pop_or_snap")
      set_days(c, g, p.rest_days_pop_or_snap);
    else
      c.unknown_refused(g, "acute_rest_days", kRestKeys);
  }
}

// One `hill_sensitive` item: an injury id, or `id:location` for one place only
// ("muscle_strain:calf"); the location is compared without regard to case.
std::optional<HillSensitive> read_hill_item(Checker& c, const YNode& item) {
  if (item.kind != YNode::Kind::scalar) {
    c.error(item, "each item of hill_sensitive must be an injury id or id:location, got " +
                      describe(item));
    return std::nullopt;
  }
  const std::string& text = item.text;
  const auto colon = text.find(':');
  const std::string id = text.substr(0, colon);
  HillSensitive h;
  const auto& names = injury_kind_names();
  const auto known = std::find(names.begin(), names.end(), id);
  if (known == names.end()) {
    c.error(item,
            "unknown injury '" + id + "'" +
                (colon == std::string::npos ? "" : " in hill_sensitive item " + describe(item)) +
                suggestion(id, names));
    return std::nullopt;
  }
  h.injury = static_cast<InjuryKind>(known - names.begin());
  if (colon != std::string::npos) {
    const std::string place = text.substr(colon + 1);
    if (place.empty() || place.find_first_not_of(' ') == std::string::npos) {
      c.error(item, "hill_sensitive item " + describe(item) +
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
    if (const auto h = read_hill_item(c, *item)) items.push_back(*h);
  p.hill_sensitive = std::move(items);
}

void read_reduced_load(Checker& c, const Field& f, Policy& p) {
  for (const Field& g : section(c, f, "days_after_last_pain, volume, ...")) {
    if (g.key == "days_after_last_pain") {
      set_days(c, g, p.days_after_last_pain);
    } else if (g.key == "min_rest_days_per_week") {
      if (const auto v = c.whole(g, 0, 7, "a whole number from 0 to 7"))
        p.min_rest_days_per_week = *v;
    } else if (g.key == "hill_sensitive") {
      read_hill_sensitive(c, g, p);
    } else if (g.key == "volume") {
      for (const Field& h : section(c, g, "pain_free, mild, moderate, severe")) {
        if (h.key == "pain_free")
          set_fraction(c, h, p.volume_pain_free);
        else if (h.key == "mild")
          set_fraction(c, h, p.volume_mild);
        else if (h.key == "moderate")
          set_fraction(c, h, p.volume_moderate);
        else if (h.key == "severe")
          set_fraction(c, h, p.volume_severe);
        else
          c.unknown_refused(h, "reduced_load.volume", kVolumeKeys);
      }
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
    if (item->kind != YNode::Kind::mapping) {
      c.error(*item, "each stage of " + f.key + " must be a mapping, got " + describe(*item));
      ok = false;
      continue;
    }
    RampStage s;
    std::vector<std::string_view> seen;
    for (const Field& g : c.fields(*item, /*merge=*/true)) {
      if (g.key == "days") {
        if (const auto v = c.whole(g, 1, 3650, "a whole number of days >= 1")) s.days = *v;
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
      if (const auto v = c.whole(g, 1, 1440, "a whole number of minutes >= 1"))
        p.rounding_duration_minutes = *v;
    } else {
      c.unknown_refused(g, "rounding", kRoundingKeys);
    }
  }
}

}  // namespace

const std::vector<std::string_view>& policy_keys() {
  static const std::vector<std::string_view> keys{
      "pain",        "acute_rest_days",  "pop_needs_clearance", "reduced_load",
      "return_ramp", "bone_return_ramp", "long_run_growth_cap", "replace_runs_with",
      "rounding"};
  return keys;
}

}  // namespace io

Parsed<Policy> parse_policy(std::string_view text, const std::string& file, const Policy& base) {
  using namespace io;
  Parsed<Policy> out;
  Checker c(file, out.diagnostics);
  YamlDoc doc;
  const YNode* root = load_root(text, c, doc, out.diagnostics,
                                "a policy: a mapping with keys such as 'pain' or 'return_ramp'");
  if (!root) return out;
  Policy p = base;
  const YNode* pain_at = root;
  for (const Field& f : c.fields(*root)) {
    if (f.key == "pain") {
      pain_at = f.key_node;
      read_pain(c, f, p);
    } else if (f.key == "acute_rest_days") {
      read_rest_days(c, f, p);
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
      if (const auto r = c.name(f, "replacement", kReplacements))
        p.replace_runs_with = static_cast<Replacement>(*r);
    } else if (f.key == "rounding") {
      read_rounding(c, f, p);
    } else {
      c.unknown_refused(f, "policy", policy_keys());
    }
  }
  if (!c.has_errors() && p.pain_moderate_from >= p.pain_severe_from)
    c.error(*pain_at, "pain.moderate_from (" + std::to_string(p.pain_moderate_from) +
                          ") must be below pain.severe_from (" +
                          std::to_string(p.pain_severe_from) + ")");
  c.finish();
  if (!c.has_errors()) out.value = std::move(p);
  return out;
}

}  // namespace planadj
