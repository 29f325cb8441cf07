// `plan-adjust validate FILE...`: checks each file on its own (SPEC §2).
#include <ostream>

#include "planadj/commands.h"
#include "planadj/did_you_mean.h"
#include "planadj/plural.h"
#include "planadj/readers.h"

namespace planadj {
namespace {

// Parses `text` as `kind`; returns the "(plan, 24 sessions)" summary when valid.
std::optional<std::string> check(FileKind kind, std::string_view text, const std::string& file,
                                 Diagnostics& ds) {
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
      if (const auto p = take(parse_injury_log(text, file)); p.ok())
        return name + ", " + std::to_string(p.value->entries.size()) +
               (p.value->entries.size() == 1 ? " entry" : " entries");
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

}  // namespace

int run_validate(const ValidateOptions& opts, std::ostream& out, std::ostream& err) {
  std::optional<FileKind> forced;
  if (opts.kind) {
    forced = parse_file_kind(*opts.kind);
    if (!forced) {
      err << "plan-adjust: error: unknown kind '" << *opts.kind << "'"
          << suggestion(*opts.kind, file_kind_names()) << "\n";
      return 2;
    }
  }
  bool all_valid = true;
  for (const std::string& file : opts.files) {
    Diagnostics ds;
    std::optional<std::string> summary;
    if (const auto text = read_text_file(file, ds)) {
      std::optional<FileKind> kind = forced ? forced : detect_kind(*text);
      if (kind) {
        summary = check(*kind, *text, file, ds);
      } else {
        ds = check_yaml(*text, file);
        if (!has_errors(ds))
          add_error(ds, {file, 0, 0},
                    "cannot tell what kind of file this is (no 'sessions', 'entries', "
                    "'athletes' or policy key); use --kind plan|injury-log|policy|roster");
      }
    }
    for (const Diagnostic& d : ds) err << d.str() << "\n";
    if (summary) {
      out << file << ": ok (" << *summary << ")\n";
    } else {
      all_valid = false;
    }
  }
  return all_valid ? 0 : 1;
}

}  // namespace planadj
