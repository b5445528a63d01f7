# Shared helpers for the end-to-end tests (sourced, not run).
# CAREERGUIDE (the program), SOURCE_DIR and TEST_TMP come from ctest.
set -euo pipefail
: "${CAREERGUIDE:?run through ctest}" "${SOURCE_DIR:?}" "${TEST_TMP:?}"
rm -rf "$TEST_TMP" && mkdir -p "$TEST_TMP"
cd "$SOURCE_DIR"

fail() { echo "FAIL: $*" >&2; exit 1; }

# expect_exit CODE COMMAND...: runs COMMAND, keeps stdout/stderr in
# $TEST_TMP/out and $TEST_TMP/err, and fails unless it exits with CODE.
expect_exit() {
  local want=$1; shift
  local got=0
  "$@" >"$TEST_TMP/out" 2>"$TEST_TMP/err" || got=$?
  [[ $got -eq $want ]] || { cat "$TEST_TMP/err" >&2; fail "exit $got, expected $want: $*"; }
}

# expect_in FILE TEXT: FILE contains TEXT literally.
expect_in() {
  grep -qF -- "$2" "$1" || { echo "--- $1:" >&2; cat "$1" >&2; fail "missing: $2"; }
}
