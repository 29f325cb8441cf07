// `plan-adjust diff ORIGINAL REVISED`: read both plans, compare, render, write.
// Exit codes as diff(1): 0 same, 1 different, 2 trouble.
#include <ostream>

#include "planadj/commands.h"
#include "planadj/diff.h"
#include "planadj/fs.h"
#include "planadj/readers.h"

namespace planadj {
namespace {

constexpr int kSame = 0, kDifferent = 1, kTrouble = 2;

/// Reads and parses one plan, printing every error; nullopt on any error. Warnings
/// (unknown keys, kept on purpose by coaches) are `validate`'s business, not diff's.
std::optional<Plan> load_plan(const std::string& path, std::ostream& err) {
  Diagnostics ds;
  std::optional<Plan> plan;
  if (const auto text = read_text_file(path, ds)) {
    Parsed<Plan> parsed = parse_plan(*text, path);
    ds.insert(ds.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
    if (parsed.ok()) plan = std::move(parsed.value);
  }
  for (const Diagnostic& d : ds)
    if (d.severity == Severity::error) err << d.str() << "\n";
  if (has_errors(ds)) return std::nullopt;
  return plan;
}

std::string render(const PlanDiff& d, const DiffOptions& opts) {
  if (opts.format == "markdown") return render_markdown(d);
  if (opts.format == "json") return render_json(d);
  if (opts.format == "html") return render_html(d);
  return render_text(d, opts.color);
}

}  // namespace

int run_diff(const DiffOptions& opts, std::ostream& out, std::ostream& err) {
  if (opts.format != "text" && opts.format != "markdown" && opts.format != "json" &&
      opts.format != "html") {
    err << "plan-adjust: error: unknown format '" << opts.format
        << "' (expected text, markdown, json or html)\n";
    return kTrouble;
  }
  if (opts.out && (same_file(*opts.out, opts.original) || same_file(*opts.out, opts.revised))) {
    err << "plan-adjust: error: refusing to write the diff over its input " << *opts.out << "\n";
    return kTrouble;
  }
  // Both files are read before giving up, so the coach sees every problem at once.
  const std::optional<Plan> original = load_plan(opts.original, err);
  const std::optional<Plan> revised = load_plan(opts.revised, err);
  if (!original || !revised) return kTrouble;

  const PlanDiff d = diff_plans(*original, *revised);
  const std::string bytes = render(d, opts);
  if (opts.out) {
    std::string error;
    if (!write_file_atomic(*opts.out, bytes, error)) {
      err << "plan-adjust: error: " << error << "\n";
      return kTrouble;
    }
  } else {
    out << bytes;
    out.flush();
    if (!out) {
      err << "plan-adjust: error: cannot write to standard output\n";
      return kTrouble;
    }
  }
  return d.same ? kSame : kDifferent;
}

}  // namespace planadj
