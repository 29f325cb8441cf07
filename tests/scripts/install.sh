#!/usr/bin/env bash
# `cmake --install` into a temporary prefix, then use what it put there as a user
# would (docs/install.md): a consumer project finds the CMake package, links
# planadj::planadj, compiles every installed header on its own and revises a sample
# plan (compared with the reviewed golden); each man page renders with `man -l`; the
# bash completion loads and completes; the schemas are there.
# Args: $1 binary, $2 source dir, $3 build dir.
set -u
src=$(cd "$2" && pwd) build=$(cd "$3" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
failed=0
fail() { echo "FAIL: $*"; failed=1; }

echo "== cmake --install"
cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 ||
  { cat "$tmp/install.log"; echo "FAIL: cmake --install"; exit 1; }
for f in bin/plan-adjust include/planadj/model.h include/planadj/readers.h \
         include/planadj/writers.h include/planadj/adjust.h include/planadj/diff.h \
         include/planadj/version.h lib/cmake/planadj/planadjConfig.cmake \
         lib/cmake/planadj/planadjConfigVersion.cmake lib/cmake/planadj/planadjTargets.cmake \
         share/man/man1/plan-adjust.1 share/bash-completion/completions/plan-adjust \
         share/zsh/site-functions/_plan-adjust share/plan-adjust/schemas/plan.schema.json; do
  [ -e "$prefix/$f" ] || fail "not installed: $f"
done
for f in commands.h batch.h fs.h progress.h; do
  [ ! -e "$prefix/include/planadj/$f" ] || fail "internal header installed: $f"
done
[ "$("$prefix/bin/plan-adjust" --version)" = "$("$1" --version)" ] || fail "installed --version"

echo "== a consumer project builds against the package"
cfg=(-S "$src/tests/install/consumer" -B "$tmp/consumer" -DCMAKE_PREFIX_PATH="$prefix"
     -DCMAKE_BUILD_TYPE=)
launcher=$(grep -m1 '^CMAKE_CXX_COMPILER_LAUNCHER:' "$build/CMakeCache.txt" | cut -d= -f2)
[ -n "$launcher" ] && cfg+=(-DCMAKE_CXX_COMPILER_LAUNCHER="$launcher")
# A library built with sanitizers (`make sanitize`) links only into a program built with
# them: the consumer gets the build's compiler and linker flags, as a user of that build would.
for var in CMAKE_CXX_FLAGS CMAKE_EXE_LINKER_FLAGS; do
  value=$(grep -m1 "^$var:" "$build/CMakeCache.txt" | cut -d= -f2-)
  [ -n "$value" ] && cfg+=("-D$var=$value")
done
if cmake "${cfg[@]}" >"$tmp/consumer.log" 2>&1 &&
   cmake --build "$tmp/consumer" -j 2 >>"$tmp/consumer.log" 2>&1; then
  "$tmp/consumer/revise" "$src/samples/plans/half-marathon.yaml" \
    "$src/samples/injuries/achilles.yaml" >"$tmp/revised.yaml" || fail "consumer exited $?"
  diff -u "$src/tests/golden/adjust/half-marathon--achilles.yaml" "$tmp/revised.yaml" ||
    fail "the consumer's revised plan differs from the golden"
  n=$(ls "$tmp/consumer/alone" | wc -l)
  echo "consumer built; $n installed headers compiled on their own"
else
  cat "$tmp/consumer.log"; fail "consumer project did not build"
fi

echo "== man pages render"
for page in "$prefix"/share/man/man1/*.1; do
  out=$(MANWIDTH=80 man -l "$page" 2>&1 >/dev/null) || fail "man -l $page"
  [ -z "$out" ] || fail "man -l $(basename "$page") warns: $out"
  MANWIDTH=80 man -l "$page" 2>/dev/null | grep -q 'SYNOPSIS' || fail "no SYNOPSIS in $page"
done
for c in adjust diff batch validate; do
  [ -e "$prefix/share/man/man1/plan-adjust-$c.1" ] || fail "no man page for $c"
done

echo "== bash completion loads and completes"
comp=$prefix/share/bash-completion/completions/plan-adjust
loaded=$(bash -c "source '$comp'; complete -p plan-adjust") || fail "completion does not load"
[ "$loaded" = "complete -F _plan_adjust plan-adjust" ] || fail "complete -p says: $loaded"
complete_words() {  # complete_words CWORD WORD... -> the candidates, one a line
  bash -c 'source "$1"; shift; cword=$1; shift; COMP_WORDS=("$@"); COMP_CWORD=$cword
           _plan_adjust; printf "%s\n" "${COMPREPLY[@]}"' _ "$comp" "$@"
}
[ "$(complete_words 1 plan-adjust b)" = batch ] || fail "command completion"
[ "$(complete_words 3 plan-adjust diff --format j)" = json ] || fail "diff --format values"
[ "$(complete_words 3 plan-adjust adjust -f "" | tr '\n' ' ')" = "yaml json ics message " ] ||
  fail "adjust -f values"
[ "$(complete_words 2 plan-adjust batch --sh)" = --shard ] || fail "batch option names"
(cd "$src/samples" && [ "$(complete_words 2 plan-adjust validate pla)" = plans ]) ||
  fail "file names"

echo "== zsh completion parses"
if command -v zsh >/dev/null; then
  zsh -n "$prefix/share/zsh/site-functions/_plan-adjust" || fail "zsh -n _plan-adjust"
  head -1 "$prefix/share/zsh/site-functions/_plan-adjust" | grep -qx '#compdef plan-adjust' ||
    fail "_plan-adjust does not start with #compdef plan-adjust"
else
  echo "(no zsh here: not parsed)"
fi

[ "$failed" = 0 ] && echo "install: all checks passed"
exit "$failed"
