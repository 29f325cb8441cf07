#!/usr/bin/env bash
# The repository's documents: every relative link and docs/*.md#anchor citation
# resolves, and docs/rules.md has a heading for every rule id (tests/scripts/check_docs.py).
# Args: $1 binary, $2 source dir, $3 build dir. Exit 77 (SKIP) without python3.
set -euo pipefail
src=$2
py=/usr/bin/python3
if [ ! -x "$py" ]; then
  echo "SKIP: $py not installed (run: make deps)"
  exit 77
fi
exec "$py" "$src/tests/scripts/check_docs.py" "$src"
