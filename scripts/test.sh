#!/usr/bin/env bash
# Quick start, part two: install what is missing, build with warnings as
# errors, and run every test through ctest; then build again with
# AddressSanitizer and UndefinedBehaviorSanitizer (the asan preset, in
# build-asan/) and run the whole suite once more under them.
# Usage: scripts/test.sh [--no-sanitizers]   (the option skips the second pass)
# A test that skips itself (a missing tool or font) fails this script: the
# set-up installs everything the tests use, so a skip means a missing step.
set -euo pipefail
cd "$(dirname "$0")/.."
sanitizers=yes
[[ ${1:-} == --no-sanitizers ]] && sanitizers=no

# run_suite PRESET: configure, build and run ctest; fails on any skipped test.
run_suite() {
  local log
  log=$(mktemp)
  cmake --preset "$1" >/dev/null
  cmake --build --preset "$1"
  local status=0
  ctest --preset "$1" 2>&1 | tee "$log" || status=$?
  if grep -qE '\(Skipped\)|\*\*\*Not Run' "$log"; then
    echo "scripts/test.sh: tests were skipped in the $1 suite (see above); every test must run" >&2
    status=1
  fi
  rm -f "$log"
  return "$status"
}

scripts/setup.sh --tests
run_suite ci
[[ $sanitizers == no ]] || run_suite asan
