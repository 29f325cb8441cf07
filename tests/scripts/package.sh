#!/usr/bin/env bash
# The Debian package (`make package`, docs/install.md): CPack builds it from this build
# tree; its control file names the package, version and the Debian runtime libraries
# it depends on; it holds the tool, its man pages, completion and schemas, and no
# development files; the tool runs from a tree extracted with dpkg-deb -x.
# Args: $1 binary, $2 source dir, $3 build dir. Skips (tests/support/skip.sh) without dpkg-deb.
set -u
# shellcheck source=../support/skip.sh
source "$(dirname "${BASH_SOURCE[0]}")/../support/skip.sh"
build=$(cd "$3" && pwd)
command -v dpkg-deb >/dev/null || skip "no dpkg-deb"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

version=$("$1" --version | cut -d' ' -f2)
cpack --config "$build/CPackConfig.cmake" -B "$tmp" >"$tmp/cpack.log" 2>&1 ||
  { cat "$tmp/cpack.log"; echo "FAIL: cpack"; exit 1; }
deb=$tmp/plan-adjust_${version}_amd64.deb
[ -f "$deb" ] || { ls "$tmp"; echo "FAIL: no $deb"; exit 1; }

echo "== control"
dpkg-deb -f "$deb" >"$tmp/control"
cat "$tmp/control"
[ "$(dpkg-deb -f "$deb" Package)" = plan-adjust ] || fail "Package"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version"
[ "$(dpkg-deb -f "$deb" Architecture)" = amd64 ] || fail "Architecture"
# Every shared library the binary needs comes from a package the .deb depends on.
depends=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | awk '{print $1}')
needed=$(readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
[ -n "$needed" ] || fail "readelf found no NEEDED libraries in $1"
for lib in $needed; do
  path=$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64/ {print $NF; exit}')
  pkg=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -1 | cut -d: -f1)
  [ -n "$pkg" ] || pkg=$(dpkg -S "$path" 2>/dev/null | head -1 | cut -d: -f1)
  echo "$depends" | grep -qxF "$pkg" || fail "$lib is in $pkg, which Depends lacks"
done
for pkg in libyaml-cpp0.7 libboost-program-options1.74.0 libc6 libstdc++6; do
  echo "$depends" | grep -qxF "$pkg" || fail "Depends lacks $pkg"
done

echo "== contents"
dpkg-deb -c "$deb" | awk '{print $6}' >"$tmp/contents"
for f in ./usr/bin/plan-adjust ./usr/share/man/man1/plan-adjust.1 \
         ./usr/share/man/man1/plan-adjust-batch.1 \
         ./usr/share/bash-completion/completions/plan-adjust \
         ./usr/share/zsh/site-functions/_plan-adjust \
         ./usr/share/plan-adjust/schemas/plan.schema.json; do
  grep -qxF "$f" "$tmp/contents" || fail "not in the package: $f"
done
! grep -E '\.(h|a)$|/cmake/' "$tmp/contents" || fail "development files in the package"

echo "== runs from an extracted tree"
dpkg-deb -x "$deb" "$tmp/root"
[ "$("$tmp/root/usr/bin/plan-adjust" --version)" = "plan-adjust $version" ] ||
  fail "plan-adjust --version from the package"

[ "$failed" = 0 ] && echo "package: plan-adjust_${version}_amd64.deb checked"
exit "$failed"
