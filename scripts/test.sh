#!/usr/bin/env bash
# Quick start, part two: install what is missing, build with warnings as
# errors, and run every test through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci
