// `plan-adjust validate FILE|ROSTER...`: checks each file on its own, and a roster as a
// whole (docs/formats.md#diagnostics, docs/batch.md#checking-a-roster-validate).
#include <sys/stat.h>
#include <unistd.h>

#include <ostream>

#include "planadj/adjust.h"
#include "planadj/commands.h"
#include "planadj/plural.h"
#include "planadj/readers.h"
#include "planadj/revise.h"
#include "referral_lines.h"
#include "validate_roster.h"

namespace planadj {
namespace {

// A named file that cannot be read is exit 2, the same as a usage error
// (docs/formats.md#diagnostics).
constexpr int kAllValid = 0, kSomeInvalid = 1, kUsageError = 2, kTrouble = 2;

// Parses `text` as `kind`; returns the "(plan, 24 sessions)" summary when valid.
std::optional<std::string> check(FileKind kind, std::string_view text, const std::string& file,
                                 const Policy& policy, Diagnostics& ds) {
  const std::string name(name_of(kind));
  auto take = [&ds](auto parsed) {
    ds.insert(ds.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
    return parsed;
  };
  switch (kind) {
    case FileKind::plan:
      if (const auto p = take(parse_plan(text, file)); p.ok())
        return name + ", " + plural(p.value->sessions.size(), "session");
      break;
    case FileKind::injury_log:
      if (const auto p = take(parse_injury_log(text, file)); p.ok()) {
        // The log's own check the rules make first, under --policy (a typo in a place).
        Diagnostics places;
        check_locations(p.value->entries, policy, places);
        ds.insert(ds.end(), places.begin(), places.end());
        if (has_errors(places)) break;
        return name + ", " + std::to_string(p.value->entries.size()) +
               (p.value->entries.size() == 1 ? " entry" : " entries");
      }
      break;
    case FileKind::policy:
      if (const auto p = take(parse_policy(text, file)); p.ok()) return name;
      break;
    case FileKind::roster:
      if (const auto p = take(parse_roster(text, file)); p.ok())
        return name + ", " + plural(p.value->athletes.size(), "athlete");
      break;
  }
  return std::nullopt;
}

// A folder is a roster unless --kind says otherwise (then it is "not a file").
bool is_folder(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// The night's policy for a roster's checks, read as `batch` reads it; false (after
// saying why) when it cannot be, which is a usage error.
bool settle_policy(const ValidateOptions& opts, Policy& policy, std::ostream& err) {
  if (!opts.policy) return true;
  Diagnostics ds;
  const auto text = read_text_file(*opts.policy, ds);
  if (text) {
    auto parsed = parse_policy(*text, *opts.policy);
    ds = std::move(parsed.diagnostics);
    if (parsed.ok()) policy = *parsed.value;
  }
  for (const Diagnostic& d : ds) err << d.str() << "\n";
  return !has_errors(ds);
}

// One FILE argument; true when valid.
bool validate_file(const std::string& file, std::optional<FileKind> forced, const Policy& policy,
                   std::optional<Date> as_of, std::ostream& out, std::ostream& err) {
  Diagnostics ds;
  std::optional<std::string> summary;
  std::vector<Referral> referrals;
  if (const auto text = read_text_file(file, ds)) {
    std::optional<FileKind> kind = forced ? forced : detect_kind(*text);
    if (kind) {
      summary = check(*kind, *text, file, policy, ds);
      // An injury log with errors still raises its readable entries' referrals
      // (docs/rules.md#red-flags-survive-errors), under the night's policy and --as-of.
      if (!summary && *kind == FileKind::injury_log)
        referrals = readable_referrals({file, *text}, policy, as_of);
    } else {
      ds = check_yaml(*text, file);
      if (!has_errors(ds))
        add_error(ds, {file, 0, 0},
                  "cannot tell what kind of file this is (no 'sessions', 'entries', "
                  "'athletes' or policy key); use --kind plan|injury-log|policy|roster");
    }
  }
  for (const Diagnostic& d : ds) err << d.str() << "\n";
  print_referrals(file, referrals, true, err);
  if (summary) out << file << ": ok (" << *summary << ")\n";
  return summary.has_value();
}

// A FILE or ROSTER argument that does not exist or cannot be read is exit 2, as in every
// command; an athlete's missing file inside a roster is that roster's error instead
// (docs/formats.md#diagnostics). `-` is standard input, always there.
bool unreadable(const std::string& file) {
  return file != "-" && ::access(file.c_str(), R_OK) != 0;
}

// A manifest is told by its `athletes` key (or --kind roster), before it is read again
// as the batch reads it.
bool is_manifest(const std::string& file, std::optional<FileKind> forced) {
  if (forced) return *forced == FileKind::roster;
  Diagnostics ignored;  // validate_file reports them if it is not a manifest
  const auto text = read_text_file(file, ignored);
  return text && detect_kind(*text) == FileKind::roster;
}

}  // namespace

int run_validate(const ValidateOptions& opts, std::ostream& out, std::ostream& err) {
  const std::optional<FileKind> forced = opts.kind;  // checked by the tool (commands.h)
  Policy policy;
  if (!settle_policy(opts, policy, err)) return kUsageError;
  bool all_valid = true;
  bool trouble = false;
  for (const std::string& file : opts.files) {
    trouble = trouble || unreadable(file);
    const bool roster = (!forced || *forced == FileKind::roster) && is_folder(file);
    const bool valid =
        roster || is_manifest(file, forced)
            ? validate_roster(file, policy, opts.as_of, opts.allow_far_dates, out, err)
            : validate_file(file, forced, policy, opts.as_of, out, err);
    all_valid = all_valid && valid;
  }
  if (trouble) return kTrouble;
  return all_valid ? kAllValid : kSomeInvalid;
}

}  // namespace planadj
