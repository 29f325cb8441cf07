#!/usr/bin/env bash
# Renders the HTML diff of a sample plan and its revision in headless Chromium and checks that the
# browser draws the chart: the DOM holds the <svg> with one bar per week and side, the
# referrals panel is laid out on top (above the cards, the chart and the tables, starting with
# the referral), and the screenshot is a real picture. Keeps the PNG as a build artifact,
# BUILD/artifacts/diff.png, and prints its path.
# Args: $1 plan-adjust binary, $2 source dir, $3 build dir. Skips (tests/support/skip.sh).
set -euo pipefail
# shellcheck source=../support/skip.sh
source "$(dirname "${BASH_SOURCE[0]}")/../support/skip.sh"
# shellcheck source=../support/chromium.sh
source "$(dirname "${BASH_SOURCE[0]}")/../support/chromium.sh"
bin=$1 src=$2 build=$3

if ! command -v chromium >/dev/null 2>&1; then
  skip "chromium not installed (html rendering test)"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
html=$work/diff.html
# A real pair: a sample plan and its revision by `adjust` around a suspected stress
# fracture, which brings a referral, two race warnings and care.
plan=samples/plans/half-marathon.yaml
(cd "$src" && "$bin" adjust "$plan" --injuries samples/injuries/stress-fracture.yaml \
   -o "$work/revised.yaml") 2>"$work/stderr" || {
  echo "FAIL: plan-adjust adjust failed"; cat "$work/stderr"; exit 1; }

diff_to() {  # diff_to FORMAT OUT: the sample pair's diff; the plans differ, so exit 1
  local code=0
  (cd "$src" && "$bin" diff "$plan" "$work/revised.yaml" --format "$1" -o "$2") \
    2>"$work/stderr" || code=$?
  if [ "$code" != 1 ]; then
    echo "FAIL: plan-adjust diff --format $1 exited $code (expected 1: the plans differ)"
    cat "$work/stderr"
    exit 1
  fi
}
diff_to html "$html"
diff_to json "$work/diff.json"
weeks=$(grep -c '"iso_week":' "$work/diff.json")
want_phases=$(grep -c '"from":' "$work/diff.json")
if [ "$weeks" -lt 4 ] || [ "$want_phases" -lt 1 ]; then
  echo "FAIL: expected a plan of several weeks and injury phases ($weeks weeks, $want_phases phases)"
  exit 1
fi

# Self-contained: nothing for the browser to fetch.
if grep -Eiq '<(script|link|img|iframe)\b|url\(|@import|src=' "$html"; then
  echo "FAIL: the page refers to something outside itself"
  exit 1
fi

chrome --dump-dom "file://$html" >"$work/dom.html" || {
  echo "FAIL: chromium --dump-dom failed"; tail -5 "$work/chromium.log"; exit 1; }
svgs=$(grep -o '<svg id="volume-chart"' "$work/dom.html" | wc -l)
before=$(grep -o 'class="bar bar-before"' "$work/dom.html" | wc -l)
after=$(grep -o 'class="bar bar-after"' "$work/dom.html" | wc -l)
phases=$(grep -o 'class="phase"' "$work/dom.html" | wc -l)
echo "rendered DOM: $svgs chart, $before before-bars, $after after-bars, $phases injury phases"
if [ "$svgs" != 1 ] || [ "$before" != "$weeks" ] || [ "$after" != "$weeks" ] ||
   [ "$phases" != "$want_phases" ]; then
  echo "FAIL: expected 1 chart, $weeks bars per side and $want_phases phases"
  exit 1
fi

# On top as the browser lays it out: a copy of the page with a probe that writes where
# each part starts (px from the top) and the panel's first heading into the DOM.
sed 's|</body>|<script>const top_of = e => e ? Math.round(e.getBoundingClientRect().top + scrollY) : -1; const review = document.getElementById("review"); const first = review ? review.querySelector("h2, li") : null; document.body.setAttribute("data-layout", [top_of(review), top_of(document.querySelector(".cards")), top_of(document.getElementById("volume-chart")), top_of(document.querySelector("table")), first ? first.textContent : ""].join("\|"));</script></body>|' \
  "$html" >"$work/probe.html"
chrome --dump-dom "file://$work/probe.html" >"$work/probe-dom.html" || {
  echo "FAIL: chromium --dump-dom of the probe failed"; tail -5 "$work/chromium.log"; exit 1; }
layout=$(grep -o 'data-layout="[^"]*"' "$work/probe-dom.html" | sed 's/^data-layout="//; s/"$//')
IFS='|' read -r review_top cards_top chart_top table_top first_heading <<<"$layout"
echo "laid out (px from the top): review panel $review_top, cards $cards_top, chart $chart_top, first table $table_top; panel opens with '$first_heading'"
if [ -z "$layout" ] || [ "$review_top" -lt 0 ] || [ "$review_top" -ge "$cards_top" ] ||
   [ "$cards_top" -ge "$chart_top" ] || [ "$chart_top" -ge "$table_top" ] ||
   [ "$review_top" -gt 200 ] || [ "$first_heading" != Referrals ]; then
  echo "FAIL: expected the referrals panel first, within 200 px of the top, above the cards, chart and tables"
  exit 1
fi
if ! grep -q '<ul class="referrals">' "$work/dom.html" ||
   ! grep -q 'Stress fracture (left foot)' "$work/dom.html"; then
  echo "FAIL: the referrals panel does not name the stress fracture"
  exit 1
fi

keep_screenshot "$build/artifacts/diff.png" 1200x1600 "file://$html"
