# Shared helpers for the end-to-end tests (sourced, not run).
# CAREERGUIDE (the program), SOURCE_DIR and TEST_TMP come from ctest.
set -euo pipefail
: "${CAREERGUIDE:?run through ctest}" "${SOURCE_DIR:?}" "${TEST_TMP:?}"
# Messages are compared word for word, so their language is pinned.
export LC_ALL=C.UTF-8
rm -rf "$TEST_TMP" && mkdir -p "$TEST_TMP"
cd "$SOURCE_DIR"

fail() { echo "FAIL: $*" >&2; exit 1; }

# skip REASON: the test cannot run on this machine (ctest's skip code). CI
# fails on any skipped test, so a missing install step cannot hide.
skip() { echo "SKIP: $*" >&2; exit 77; }

# Tests read the data with Debian's Python and its python3-* packages, which
# scripts/setup.sh --tests installs, not whatever python3 is first on PATH.
PYTHON=/usr/bin/python3

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

# as_nobody_setup: for tests that run the program as nobody (root reads and
# writes everywhere). The checkout may sit in a folder other users cannot
# enter (a 0700 home or mktemp -d folder), so such tests work in their own
# world-traversable scratch folder under /tmp, removed on exit: it gets a
# copy of the program and of data/ ($NOBODY_DIR/careerguide,
# $NOBODY_DIR/data). Sets the array NOBODY (the command prefix). Skips when
# the user cannot switch to nobody.
as_nobody_setup() {
  NOBODY=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
  "${NOBODY[@]}" true 2>/dev/null || skip "setpriv cannot switch to nobody (not root?)"
  NOBODY_DIR=$(mktemp -d /tmp/careerguide-test.XXXXXX)
  trap 'rm -rf "$NOBODY_DIR"' EXIT
  chmod 755 "$NOBODY_DIR"
  cp "$CAREERGUIDE" "$NOBODY_DIR/careerguide"
  cp -r "$SOURCE_DIR/data" "$NOBODY_DIR/data"
  chmod -R a+rX "$NOBODY_DIR"
  "${NOBODY[@]}" "$NOBODY_DIR/careerguide" --version >/dev/null ||
    fail "nobody cannot run the copied program in $NOBODY_DIR"
}
