#!/usr/bin/env bash
# Quick start, part two: install what is missing, build with warnings as
# errors, and run every test through ctest; then build again with
# AddressSanitizer and UndefinedBehaviorSanitizer (the asan preset, in
# build-asan/) and run the whole suite once more under them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan
