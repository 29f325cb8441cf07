#!/usr/bin/env bash
# What the per-layer include folders cannot stop (docs/architecture.md, "Layers"):
# system headers are on every layer's path, so only lib/io may include yaml-cpp and
# only tool/ Boost.Program_options; and nothing spells the version but the top
# CMakeLists.txt. Args: $1 binary, $2 source dir, $3 build dir.
set -u
src=$2
cd "$src" || exit 1
failed=0
bad() { echo "FAIL: $1"; echo "$2" | sed 's/^/  /'; failed=1; }

hits=$(grep -rnE '#include *[<"]yaml-cpp/' lib tool | grep -v '^lib/io/')
[ -z "$hits" ] || bad "yaml-cpp included outside lib/io" "$hits"

hits=$(grep -rnE '#include *[<"]boost/program_options' lib)
[ -z "$hits" ] || bad "Boost.Program_options included under lib/ (the tool's alone)" "$hits"

hits=$(grep -rnE 'kVersion *=|"[0-9]+\.[0-9]+\.[0-9]+"' lib tool)
[ -z "$hits" ] || bad "a version spelt in the code (cmake/version.h.in generates the one)" "$hits"

# A layer's private header is included by that layer alone ("adjust/x.h" from lib/adjust).
hits=$(grep -rnE '#include "[a-z_]+/[a-z_]+\.h"' lib | grep -v '"planadj/' |
       awk -F: '{ split($1, from, "/"); match($3, /"[a-z_]+\//);
                  to = substr($3, RSTART + 1, RLENGTH - 2); if (from[2] != to) print }')
[ -z "$hits" ] || bad "a private header included from another layer" "$hits"

[ "$failed" = 0 ] && echo "layers: yaml-cpp in io only, program_options in tool only, one version"
exit "$failed"
