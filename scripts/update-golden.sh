#!/usr/bin/env bash
# Rewrites tests/golden/*.txt from the current layout; review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target cli_test
UPDATE_GOLDEN=1 build/tests/cli_test --test-case='golden*'
git --no-pager diff --stat -- tests/golden
