# Sourced by the headless-Chromium script tests (tests/scripts/*_render.sh), which set
# `work` (their temporary folder) first: one way to run the browser, and one check that a
# screenshot kept as a build artifact is a real picture.

# chromium headless, offline, with a fresh profile under $work; its log in $work/chromium.log.
chrome() {
  timeout 180 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d -p "$work")" "$@" 2>>"$work/chromium.log"
}

# keep_screenshot PNG WIDTHxHEIGHT URL: a screenshot of URL at that window size into PNG;
# fails the test unless it is a PNG of those dimensions of at least 30000 bytes.
keep_screenshot() {
  local png=$1 size=$2 url=$3
  mkdir -p "$(dirname "$png")"
  rm -f "$png"
  chrome --screenshot="$png" --window-size="${size/x/,}" "$url" >/dev/null || {
    echo "FAIL: chromium --screenshot failed"; tail -5 "$work/chromium.log"; exit 1; }
  if [ ! -s "$png" ]; then
    echo "FAIL: no screenshot written"
    exit 1
  fi
  local signature bytes dims
  signature=$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')
  bytes=$(stat -c %s "$png")
  dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}')
  if [ "$signature" != 89504e470d0a1a0a ] || [ "$bytes" -lt 30000 ] || [ "$dims" != "$size" ]; then
    echo "FAIL: screenshot is not a real $size picture (signature $signature, $bytes bytes, $dims)"
    exit 1
  fi
  echo "screenshot: $png ($bytes bytes, $dims)"
}
