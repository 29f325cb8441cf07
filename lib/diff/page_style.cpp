#include "planadj/page_style.h"

namespace planadj {

// Inlined whole in each page: a page opened from an e-mail fetches nothing.
constexpr std::string_view kStyle = R"(
:root { --before: #a3acb9; --after: #2463c7; --ink: #1d2433; --muted: #5b6577; --line: #e3e7ee; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #f5f7fa; }
main { max-width: 1120px; margin: 0 auto; padding: 28px 32px 40px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 12px; }
.files { color: var(--muted); margin: 0; font-size: 13px; word-break: break-all; }
.same { font-size: 18px; padding: 16px 20px; background: #e7f5ea; border-radius: 8px; }
.cards { display: grid; grid-template-columns: repeat(5, 1fr); gap: 12px; margin-top: 20px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; }
.card .k { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.card .v { font-size: 24px; font-weight: 650; margin-top: 2px; }
.card .s { color: var(--muted); font-size: 13px; }
.panel { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; }
svg { display: block; width: 100%; height: auto; }
svg text { font-family: inherit; fill: var(--muted); font-size: 12px; }
svg .wk { fill: var(--ink); font-weight: 600; }
svg .pct { font-size: 11px; font-weight: 600; }
svg .pct.down { fill: #1b5e20; }
svg .pct.up { fill: #a4262c; }
table { border-collapse: collapse; width: 100%; background: #fff; border: 1px solid var(--line); border-radius: 10px; overflow: hidden; font-size: 14px; }
th, td { text-align: left; padding: 7px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #eef1f6; font-weight: 600; font-size: 13px; color: var(--muted); }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.date, td.before, td.after { white-space: nowrap; font-variant-numeric: tabular-nums; }
.before { color: #8a3b3b; text-decoration: line-through; text-decoration-color: #d9a3a3; }
.after { color: #1b5e20; font-weight: 600; }
.arrow { color: var(--muted); }
td.date, td.arrow, td.rulecell { width: 1%; white-space: nowrap; }
.rule { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; white-space: nowrap; background: #e9ecf2; }
.rule-bone-stop { background: #f8d7d7; color: #8c1d1d; }
.rule-acute-rest { background: #fde2c8; color: #8a4300; }
.rule-reduced-load { background: #fbf0c4; color: #6d5600; }
.rule-return-ramp { background: #d8efd5; color: #22632a; }
.rule-added { background: #d7ecff; color: #0b4f8a; }
.rule-removed { background: #f3d9f0; color: #7a2670; }
.reason { color: var(--muted); font-size: 13px; }
.note { color: var(--muted); font-size: 13px; margin: 6px 4px 0; }
tr.changed td { background: #fbfcff; }
tr.changed td.wk { font-weight: 650; }
.down { color: #1b5e20; }
.up { color: #a4262c; }
footer { color: var(--muted); font-size: 12px; margin-top: 28px; }
.review { margin-top: 20px; }
.review h2 { font-size: 16px; margin: 10px 0 6px; }
.review ul { margin: 0 0 8px; padding-left: 22px; }
.referrals li { color: #8c1d1d; font-weight: 600; }
@media print { body { background: #fff; } .card, .panel, table { border-color: #ccc; } }
)";

std::string_view page_style() { return kStyle; }

}  // namespace planadj
