#!/usr/bin/env bash
# Renders the batch's report.html (docs/batch.md#reporthtml) of the sample roster, plus an
# athlete whose log has a typo, in headless Chromium, and checks the page as the browser
# lays it out: the referrals panel on top, above the first athlete section, opening with
# a referral; one drawn chart per injured athlete (as report.json counts them); the
# failed athlete's located error; printed, every page A4. Keeps the screenshot as a build
# artifact, BUILD/artifacts/report.png, and prints its path.
# Args: $1 plan-adjust binary, $2 source dir, $3 build dir. Skips (tests/support/skip.sh).
set -euo pipefail
# shellcheck source=../support/skip.sh
source "$(dirname "${BASH_SOURCE[0]}")/../support/skip.sh"
# shellcheck source=../support/chromium.sh
source "$(dirname "${BASH_SOURCE[0]}")/../support/chromium.sh"
bin=$1 src=$2 build=$3

if ! command -v chromium >/dev/null 2>&1; then
  skip "chromium not installed (report.html rendering test)"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The sample roster, and one more athlete whose log names an injury that does not exist.
cp -rL "$src/samples/roster" "$work/roster"
mkdir "$work/roster/zoe-typo"
cp "$src/samples/plans/5k.yaml" "$work/roster/zoe-typo/plan.yaml"
sed -i 's/^athlete: .*/athlete: zoe-typo/' "$work/roster/zoe-typo/plan.yaml"
printf 'version: 1\nathlete: zoe-typo\nentries:\n  - date: 2026-05-10\n    injury: achilles_tendonitis\n    pain: 3\n' \
  >"$work/roster/zoe-typo/injuries.yaml"
code=0
# From inside $work, so the page (and its screenshot in the README) names roster/... .
(cd "$work" && "$bin" batch roster --out out --as-of 2026-05-20 --quiet) 2>"$work/stderr" || code=$?
if [ "$code" != 1 ]; then
  echo "FAIL: plan-adjust batch exited $code (expected 1: zoe-typo is not revised)"
  cat "$work/stderr"
  exit 1
fi
html=$work/out/report.html
[ -s "$html" ] || { echo "FAIL: no report.html written"; exit 1; }
# The injured athletes as report.json has them: revised, with an injury on the plan.
want=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(sum(1 for a in r["athletes"] if a["status"] != "error" and a["injuries_today"]))' "$work/out/report.json")
if [ "$want" -lt 2 ]; then
  echo "FAIL: expected several injured athletes in the sample roster, report.json has $want"
  exit 1
fi

# Self-contained: nothing for the browser to fetch, nothing to run.
if grep -Eiq '<(script|link|img|iframe)\b|url\(|@import|src=' "$html"; then
  echo "FAIL: the page refers to something outside itself or runs a script"
  exit 1
fi

# As the browser lays it out: a copy of the page with a probe that writes into the DOM
# where the referrals panel and the first athlete section start (px from the top), the
# panel's first referral, how many charts are drawn with a real size, and how many
# athlete sections there are.
probe='<script>const top_of = e => e ? Math.round(e.getBoundingClientRect().top + scrollY) : -1; const r = document.getElementById("referrals"); const li = r ? r.querySelector("ul.referrals li") : null; const drawn = [...document.querySelectorAll("section.athlete svg.volume-chart")].filter(s => s.getBoundingClientRect().height > 100).length; document.body.setAttribute("data-layout", [top_of(r), top_of(document.querySelector("section.athlete")), top_of(document.getElementById("errors")), drawn, document.querySelectorAll("section.athlete").length, document.querySelectorAll("svg").length, li ? li.textContent : ""].join("|"));</script>'
sed "s|</body>|${probe//|/\\|}</body>|" "$html" >"$work/probe.html"
chrome --dump-dom "file://$work/probe.html" >"$work/probe-dom.html" || {
  echo "FAIL: chromium --dump-dom of the probe failed"; tail -5 "$work/chromium.log"; exit 1; }
layout=$(grep -o 'data-layout="[^"]*"' "$work/probe-dom.html" | sed 's/^data-layout="//; s/"$//')
IFS='|' read -r referrals_top athlete_top errors_top drawn sections svgs first_referral <<<"$layout"
echo "laid out (px from the top): referrals $referrals_top, not revised $errors_top, first athlete $athlete_top; $drawn charts drawn, $sections athlete sections, $svgs svg; first referral: '$first_referral'"
if [ -z "$layout" ] || [ "$referrals_top" -lt 0 ] || [ "$referrals_top" -gt 200 ] ||
   [ "$referrals_top" -ge "$errors_top" ] || [ "$errors_top" -ge "$athlete_top" ]; then
  echo "FAIL: expected the referrals panel within 200 px of the top, above the athletes not revised and the first athlete section"
  exit 1
fi
if [ "$drawn" != "$want" ] || [ "$sections" != "$want" ] || [ "$svgs" != "$want" ]; then
  echo "FAIL: expected one drawn chart in each of $want injured athletes' sections"
  exit 1
fi
case $first_referral in
  *"sam-lee: 2026-05-08, Hamstring strain (left): "*) ;;
  *) echo "FAIL: the referrals panel does not open with sam-lee's hamstring referral"; exit 1 ;;
esac
chrome --dump-dom "file://$html" >"$work/dom.html"
if ! grep -q "<code>roster/zoe-typo/injuries.yaml:5:13</code> unknown injury" "$work/dom.html"; then
  echo "FAIL: zoe-typo's located error is not on the page"
  exit 1
fi

# Printed: every page A4 (595 x 842 points), as the page's @page asks.
chrome --print-to-pdf="$work/report.pdf" --no-pdf-header-footer "file://$html" >/dev/null || {
  echo "FAIL: chromium --print-to-pdf failed"; tail -5 "$work/chromium.log"; exit 1; }
pages=$(grep -a -o '/MediaBox \[[^]]*\]' "$work/report.pdf" | wc -l)
not_a4=$(grep -a -o '/MediaBox \[[^]]*\]' "$work/report.pdf" |
  awk '{ w = $4; h = substr($5, 1, length($5) - 1); if (w < 594 || w > 596 || h < 841 || h > 843) n++ } END { print n + 0 }')
echo "printed: $pages pages, $not_a4 not A4"
if [ "$pages" -lt 1 ] || [ "$not_a4" != 0 ]; then
  echo "FAIL: expected the printed report on A4 pages"
  exit 1
fi

keep_screenshot "$build/artifacts/report.png" 1200x1800 "file://$html"
