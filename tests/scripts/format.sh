#!/usr/bin/env bash
# Every C++ file as .clang-format lays it out (docs/architecture.md, "Style"), so a
# change never mixes layout with meaning. `make format` fixes what this finds.
# Args: $1 binary, $2 source dir, $3 build dir.
set -u
cd "$2" || exit 1
if ! command -v clang-format >/dev/null; then
  echo "SKIP: clang-format is not installed (make deps installs it)"
  exit 77
fi
files=$(find lib tool tests bench fuzz -name '*.cpp' -o -name '*.h' 2>/dev/null | sort)
out=$(echo "$files" | xargs clang-format --dry-run 2>&1 | grep 'warning:' | cut -d: -f1 | sort | uniq -c)
if [ -n "$out" ]; then
  echo "FAIL: not laid out as .clang-format says (lines to change per file); run: make format"
  echo "$out"
  exit 1
fi
echo "format: $(echo "$files" | wc -l) files as .clang-format lays them out"
