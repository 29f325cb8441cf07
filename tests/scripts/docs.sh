#!/usr/bin/env bash
# The repository's documents: every relative link and docs/*.md#anchor citation
# resolves, docs/rules.md has a heading for every rule id, the paths the documents name
# exist, and nothing names a document outside the repository (tests/scripts/check_docs.py).
# Args: $1 binary, $2 source dir, $3 build dir. Skips (tests/support/skip.sh) without python3.
set -euo pipefail
# shellcheck source=../support/skip.sh
source "$(dirname "${BASH_SOURCE[0]}")/../support/skip.sh"
src=$2
py=/usr/bin/python3
if [ ! -x "$py" ]; then
  skip "$py not installed (run: make deps)"
fi
exec "$py" "$src/tests/scripts/check_docs.py" --standalone "$src"
