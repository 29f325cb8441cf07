// Fuzz target: the whole path a file takes through the tool. The input is up to three
// YAML texts separated by a line `%%` (a plan or any other kind, an injury log, a policy);
// the first byte picks an --as-of. Kind detection -> reader -> adjust -> YAML, JSON and
// iCalendar writers, the athlete's message and the referral lines -> the revision read
// back -> diff of the plan against its revision in every rendering. Oracles: nothing throws or
// crashes; a revision the tool wrote reads back without error (docs/rules.md#invariants).
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_entry.h"
#include "planadj/adjust.h"
#include "planadj/diff.h"
#include "planadj/message.h"
#include "planadj/readers.h"
#include "planadj/writers.h"

namespace {

using namespace planadj;

std::vector<std::string_view> split_parts(std::string_view text) {
  constexpr std::string_view kSeparator = "\n%%\n";
  std::vector<std::string_view> parts;
  while (parts.size() < 2) {
    const auto at = text.find(kSeparator);
    if (at == std::string_view::npos) break;
    parts.push_back(text.substr(0, at));
    text.remove_prefix(at + kSeparator.size());
  }
  parts.push_back(text);
  return parts;
}

// Reads a text that is not a plan with the reader of its kind (validate's path).
void read_other(std::string_view text, FileKind kind) {
  switch (kind) {
    case FileKind::injury_log:
      parse_injury_log(text, "in.yaml");
      break;
    case FileKind::policy:
      parse_policy(text, "in.yaml");
      break;
    case FileKind::roster:
      parse_roster(text, "in.yaml");
      break;
    case FileKind::plan:
      break;
  }
}

std::optional<Date> as_of_for(const Plan& plan, std::uint8_t pick) {
  if (pick % 4 == 0 || plan.sessions.empty()) return std::nullopt;
  return plan.sessions.front().date + boost::gregorian::days(pick / 4);
}

void write_and_diff(const Plan& plan, const AdjustResult& r, const InjuryLog* log,
                    std::optional<Date> as_of) {
  const std::string yaml = write_plan_yaml(r.revised);
  write_plan_json(r.revised);
  write_plan_ics(r.revised);
  write_athlete_message(r.revised, message_day(log, as_of));
  if (r.revised.adjusted)
    for (const auto& f : r.revised.adjusted->referrals) describe_referral(f);
  const auto back = parse_plan(yaml, "revised.yaml");
  planadj::fuzz::require(back.ok(), "the revision the tool wrote does not read back");
  const PlanDiff d = diff_plans(plan, *back.value);
  render_text(d, true);
  render_markdown(d);
  render_json(d);
  render_html(d);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t pick = data[0];
  const auto parts =
      split_parts(std::string_view(reinterpret_cast<const char*>(data + 1), size - 1));
  const auto kind = detect_kind(parts[0]);
  if (kind && *kind != FileKind::plan) {
    read_other(parts[0], *kind);
    return 0;
  }
  const auto plan = parse_plan(parts[0], "plan.yaml");
  if (!plan.ok()) return 0;
  std::optional<InjuryLog> log;
  if (parts.size() > 1) {
    auto l = parse_injury_log(parts[1], "injuries.yaml");
    if (!l.ok()) return 0;
    log = std::move(l.value);
  }
  Policy policy;
  if (parts.size() > 2) {
    auto p = parse_policy(parts[2], "policy.yaml");
    if (!p.ok()) return 0;
    policy = *p.value;
  }
  const auto as_of = as_of_for(*plan.value, pick);
  if (as_of && !date_in_range(*as_of)) return 0;  // the tool refuses such an --as-of
  const AdjustResult r = adjust_plan(*plan.value, log ? &*log : nullptr, policy, as_of);
  if (has_errors(r.diagnostics)) return 0;  // the tool writes nothing then
  write_and_diff(*plan.value, r, log ? &*log : nullptr, as_of);
  return 0;
}
