// The plain data of plan-adjust: plans, injury logs, policies and rosters.
// No I/O here; readers and writers live in lib/io, rules in lib/adjust.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "planadj/diagnostic.h"
#include "planadj/value.h"

namespace planadj {

using Date = boost::gregorian::date;

/// The days of a week, Monday to Sunday: ISO weeks (planadj/iso_week.h) and the policy's
/// `min_rest_days_per_week` (docs/formats.md#policy).
inline constexpr int kDaysPerWeek = 7;

// ---- enums (docs/formats.md) ---------------------------------------------------

/// Session types in the intensity order of docs/rules.md#terms (cross_training and strength tie).
enum class SessionType {
  rest,
  cross_training,
  strength,
  recovery,
  easy,
  long_run,
  progression,
  tempo,
  threshold,
  fartlek,
  hill_repeats,
  intervals,
  race
};
enum class Terrain { flat, rolling, hilly };
enum class Units { km, mi };
enum class InjuryKind {
  achilles_tendinopathy,
  plantar_fasciitis,
  itbs,
  runners_knee,
  muscle_strain,
  sprain,
  other_soft_tissue,
  stress_fracture,
  shin_splints,
  bone_bruise,
  other_bone
};
enum class Side { left, right, both };

/// The YAML spelling of each enum value (`long_run` is written `long`).
std::string_view name_of(SessionType t);
std::string_view name_of(Terrain t);
std::string_view name_of(Units u);
std::string_view name_of(InjuryKind k);
std::string_view name_of(Side s);

/// Parses a YAML spelling; std::nullopt when it is not one of the names.
std::optional<SessionType> parse_session_type(std::string_view s);
std::optional<Terrain> parse_terrain(std::string_view s);
std::optional<Units> parse_units(std::string_view s);
std::optional<InjuryKind> parse_injury_kind(std::string_view s);
std::optional<Side> parse_side(std::string_view s);

/// Every spelling of the enum, in declaration order (for "did you mean" and schemas).
const std::vector<std::string_view>& session_type_names();
const std::vector<std::string_view>& terrain_names();
const std::vector<std::string_view>& units_names();
const std::vector<std::string_view>& injury_kind_names();
const std::vector<std::string_view>& side_names();

/// Rank in the intensity order of docs/rules.md#terms: rest 0, cross_training = strength 1,
/// … race 11.
int intensity(SessionType t);
/// progression, tempo, threshold, fartlek, hill_repeats, intervals.
bool is_speedwork(SessionType t);
/// Every type but rest, cross_training and strength.
bool is_running(SessionType t);
/// stress_fracture, shin_splints, bone_bruise, other_bone.
bool is_bone(InjuryKind k);
/// The places an entry's `location` may name for the injury (docs/formats.md#locations);
/// empty for other_soft_tissue and other_bone, which take any place. A policy adds
/// places (Policy::extra_locations).
const std::vector<std::string_view>& known_locations(InjuryKind k);

// ---- plan (docs/formats.md#plan) -------------------------------------------------------

/// A duration in minutes; `text` is the input spelling, kept while the value is unchanged.
struct Duration {
  double minutes = 0;
  std::string text;  ///< empty: write from `minutes` (e.g. `36min`, `1h12min`)
};

/// The values an adjustment replaced, so a revision can be restored
/// (docs/rules.md#invariants, invariant 5).
/// A field that is set held that value before; an unset field was not changed.
struct Original {
  std::optional<SessionType> type;
  std::optional<double> distance;
  std::optional<Duration> duration;
  /// The tool gave the session a duration it had none of (a cross-training day keeps
  /// the run's time); written `duration: null`, restoring drops the duration.
  bool duration_added = false;
  /// Set: terrain was changed; the inner nullopt means the key was absent.
  std::optional<std::optional<Terrain>> terrain;
  std::optional<std::string> route;
  std::optional<double> elevation_gain;
  /// Set: the description was replaced by the tool's own (docs/rules.md#changed-sessions);
  /// the inner nullopt means the session had none.
  std::optional<std::optional<std::string>> description;
};

/// Why and how the tool changed a session (docs/formats.md#revised-plan).
struct Adjustment {
  std::string rule;                  ///< rule id: bone-stop, acute-rest, …
  std::vector<std::string> changes;  ///< e.g. speedwork_to_easy, volume_reduced
  std::string reason;                ///< one human sentence naming injury, pain, date
  Original original;
  /// What the tool wrote in the fields `original` names, so a later run can tell a
  /// session the coach edited by hand (docs/rules.md#locked-sessions). Unset in a v1
  /// revision.
  std::optional<Original> wrote;
};

// ---- where a plan's bytes came from (docs/formats.md#revised-plan-as-text) ------

struct Session;
struct Plan;

/// A session's own bytes in the text it was read from, so the YAML writer copies a
/// session the tool did not change. `text` is null for a session built in code.
struct SourceSpan {
  std::shared_ptr<const std::string> text;  ///< the whole input file
  std::size_t lead = 0;      ///< start of the comments and blank lines before the item
  std::size_t begin = 0;     ///< start of the item's `-` line
  std::size_t end = 0;       ///< past the item's last line, its newline included
  int indent = 0;            ///< column of the `-`
  bool flow = false;         ///< written `- {…}`
  std::vector<int> anchors;  ///< anchors the item defines (ids within `text`)
  std::vector<int> aliases;  ///< anchors defined in other items that this one refers to
  std::shared_ptr<const Session> as_read;  ///< the session as read: unchanged while equal
};

/// The layout of a plan's text around its sessions. `text` is null for a plan built in
/// code, or when its layout is not one the writer can keep (it then writes it whole).
struct PlanLayout {
  std::shared_ptr<const std::string> text;
  std::size_t items_begin = 0;  ///< just past the `sessions:` line
  std::size_t items_end = 0;    ///< just past the last item
  std::size_t header_at = 0;    ///< where an `adjusted` header the input lacks goes
  std::optional<std::pair<std::size_t, std::size_t>> header;  ///< the input's `adjusted`
  int indent = 0;                                             ///< column of the sessions' `-`
  bool crlf = false;                                          ///< lines end in CR LF
  std::vector<int> anchors_used_outside;  ///< defined in a session, aliased outside any
  std::shared_ptr<const Plan> as_read;    ///< the top level as read, sessions left out
};

struct Session {
  Location where;  ///< the session's mapping in the input
  Date date;
  SessionType type = SessionType::easy;
  std::optional<double> distance;  ///< plan units, >= 0
  std::optional<Duration> duration;
  std::optional<Terrain> terrain;
  std::optional<std::string> route;
  std::optional<double> elevation_gain;  ///< metres
  std::optional<std::string> description;
  std::optional<Adjustment> adjustment;
  /// `locked: true`: the tool never changes this session (docs/rules.md#locked-sessions).
  bool locked = false;
  std::vector<std::string> key_order;  ///< keys as written in the input, known and unknown
  ExtraKeys extra;                     ///< unknown keys, in input order
  SourceSpan span;                     ///< its bytes in the input, if read from text
};

/// Terrain as docs/rules.md#terms defines it: explicit, else from elevation gain per unit,
/// else flat.
Terrain effective_terrain(const Session& s, Units units);

// ---- the `adjusted` header (docs/formats.md#revised-plan) ---------------------------------------

struct Summary {
  int sessions_changed = 0;
  int rest_days_inserted = 0;
  int speedwork_replaced = 0;
  int routes_flattened = 0;
  double volume_before = 0;  ///< distance, plan units
  double volume_after = 0;
  double minutes_before = 0;  ///< duration of sessions without a distance
  double minutes_after = 0;
};

struct Referral {
  InjuryKind injury = InjuryKind::other_soft_tissue;
  std::optional<Side> side;
  std::optional<std::string> location;
  Date date;
  std::string reason;
};

struct Phase {
  std::string rule;  ///< bone-stop | acute-rest | reduced-load | awaiting-clearance | return-ramp
  Date from;
  std::optional<Date> to;  ///< unset: open-ended (waiting for a clinician's clearance)
};

struct InjuryReport {
  InjuryKind injury = InjuryKind::other_soft_tissue;
  std::optional<Side> side;
  std::optional<std::string> location;
  /// Status on the report day (--as-of): bone-stop | acute-rest | reduced-load |
  /// awaiting-clearance | return-ramp | resolved. It moves with the date alone, so it is
  /// not written in the header but in the batch report (docs/rules.md#status-and-phases).
  std::string status;
  std::vector<Phase> phases;
  std::vector<std::string> care;
};

struct AdjustedHeader {
  std::string by;  ///< "plan-adjust 0.1.0"
  std::string notice;
  Summary summary;
  std::vector<Referral> referrals;
  std::vector<std::string> warnings;
  std::vector<InjuryReport> injuries;
};

struct Plan {
  std::string source;  ///< file name, for diagnostics
  int version = 1;
  std::string athlete;
  Location athlete_where;  ///< the `athlete` value in the input, for diagnostics
  std::optional<std::string> name;
  Units units = Units::km;
  bool units_given = false;  ///< `units` was written in the input
  std::vector<Session> sessions;
  std::optional<AdjustedHeader> adjusted;
  std::vector<std::string> key_order;  ///< top-level keys as written in the input
  ExtraKeys extra;                     ///< unknown top-level keys, in input order
  PlanLayout layout;                   ///< the input text around the sessions
};

// ---- injury log (docs/formats.md#injury-log) --------------------------------------------------

/// The pain scale of an entry and of the policy's thresholds: the 0-10 numeric rating
/// scale (docs/formats.md#injury-log), 0 no pain, 10 the worst imaginable.
inline constexpr int kPainMin = 0;
inline constexpr int kPainMax = 10;

struct InjuryEntry {
  Location where;
  Date date;
  InjuryKind injury = InjuryKind::other_soft_tissue;
  std::optional<Side> side;
  std::optional<std::string> location;  ///< hamstring, calf, ankle, …
  int pain = 0;                         ///< 0-10 numeric rating scale
  bool during_run = true;
  bool persists = false;
  bool pop_or_snap = false;
  bool swelling = false;
  bool resolved = false;
  bool cleared = false;
  bool suspected_bone = false;
  std::optional<std::string> notes;

  /// A bone injury by type or by `suspected_bone: true`.
  bool bone() const { return suspected_bone || is_bone(injury); }
};

struct InjuryLog {
  std::string source;
  int version = 1;
  std::string athlete;
  Location athlete_where;
  std::vector<InjuryEntry> entries;  ///< in file order
};

// ---- policy (docs/formats.md#policy) ------------------------------------------------------

struct RampStage {
  int days = 7;
  double volume = 1.0;
  bool speedwork = true;
  bool flat_routes = false;
};

enum class Replacement { rest, cross_training };

/// One `reduced_load.hill_sensitive` item: an injury id, or `id:location` (docs/rules.md).
struct HillSensitive {
  InjuryKind injury = InjuryKind::other_soft_tissue;
  std::optional<std::string> location;  ///< unset: every location of the injury
  bool operator==(const HillSensitive& o) const {
    return injury == o.injury && location == o.location;
  }
};

/// Every number of docs/formats.md#policy; the defaults are those of docs/rules.md#policy-defaults.
/// A place a policy adds to an injury's known locations (`locations:
/// ["muscle_strain:adductor longus"]`, docs/formats.md#locations).
struct ExtraLocation {
  InjuryKind injury = InjuryKind::other_soft_tissue;
  std::string location;
  bool operator==(const ExtraLocation& o) const {
    return injury == o.injury && location == o.location;
  }
};

struct Policy {
  int pain_moderate_from = 4;
  int pain_severe_from = 7;
  int rest_days_persists = 3;
  int rest_days_swelling = 3;
  int rest_days_severe = 5;
  int rest_days_pop_or_snap = 7;
  bool pop_needs_clearance = true;  ///< after a pop, no return ramp until `cleared`
  int days_after_last_pain = 7;
  double volume_pain_free = 0.9;
  double volume_mild = 0.8;
  double volume_moderate = 0.7;
  double volume_severe = 0.6;
  int min_rest_days_per_week = 2;
  std::vector<HillSensitive> hill_sensitive{{InjuryKind::achilles_tendinopathy, std::nullopt},
                                            {InjuryKind::itbs, std::nullopt},
                                            {InjuryKind::runners_knee, std::nullopt},
                                            {InjuryKind::muscle_strain, "calf"}};
  std::vector<RampStage> return_ramp{{7, 0.8, false, true}, {7, 0.9, true, false}};
  std::vector<RampStage> bone_return_ramp{
      {7, 0.5, false, true}, {7, 0.65, false, true}, {7, 0.8, false, false}, {7, 0.9, true, false}};
  double long_run_growth_cap = 1.10;
  Replacement replace_runs_with = Replacement::rest;
  double rounding_distance = 0.1;
  int rounding_duration_minutes = 1;
  std::vector<ExtraLocation> extra_locations;  ///< added to known_locations
};

// ---- roster (docs/formats.md#roster) ------------------------------------------------------

struct RosterAthlete {
  Location where;
  std::string id;
  std::string plan;                     ///< path, relative to the manifest's folder
  std::optional<std::string> injuries;  ///< path, relative to the manifest's folder
  /// Errors about this athlete's id (unsafe, or listed twice). Such an athlete is
  /// kept so a batch can refuse just them; the errors are in the parse's diagnostics too.
  Diagnostics problems;
};

struct Roster {
  std::string source;
  std::vector<RosterAthlete> athletes;
};

}  // namespace planadj
