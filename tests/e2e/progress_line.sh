# The progress line: on a terminal (a pty from script(1)) a run past the
# delay shows one updating line on stderr (pages laid out, pages drawn, bytes
# written) and clears it before the success line; nothing when stderr is
# not a terminal, with --quiet, or before the delay. The delay is the test
# hook CAREERGUIDE_PROGRESS_AFTER_MS (0: at once) so that no test depends
# on the machine's speed.
source "$(dirname "$0")/lib.bash"
command -v script >/dev/null || skip "script(1) (util-linux) is not installed"
guide=tests/data/chart/sixty-roles.yaml
# The same date in every run, so that the PDFs can be compared.
export SOURCE_DATE_EPOCH=1720742400

# on_terminal ARGS...: runs the program on a pty; its terminal output in $TEST_TMP/tty.
on_terminal() {
  local command
  printf -v command '%q ' "$CAREERGUIDE" "$@"
  script -qec "$command" /dev/null >"$TEST_TMP/tty" </dev/null || fail "exit $?: $*"
}

# Not a terminal: stderr carries no progress, even at once.
CAREERGUIDE_PROGRESS_AFTER_MS=0 expect_exit 0 "$CAREERGUIDE" "$guide" -o "$TEST_TMP/a.pdf"
if grep -q 'laying out\|drawing pages\|writing ' "$TEST_TMP/err" || grep -q $'\r' "$TEST_TMP/err"; then
  fail "progress on a stderr that is not a terminal: $(cat -v "$TEST_TMP/err")"
fi

# A terminal: every phase, each redrawn in place, then cleared before "wrote".
export CAREERGUIDE_PROGRESS_AFTER_MS=0
on_terminal "$guide" -o "$TEST_TMP/b.pdf"
expect_in "$TEST_TMP/tty" $'\rcareerguide: laying out pages: '
expect_in "$TEST_TMP/tty" $'\rcareerguide: drawing pages: '
expect_in "$TEST_TMP/tty" $'\rcareerguide: writing '
expect_in "$TEST_TMP/tty" $'\r\e[Kwrote '
pages=$(pdfinfo "$TEST_TMP/b.pdf" | awk '/^Pages:/ { print $2 }')
expect_in "$TEST_TMP/tty" "drawing pages: $pages of $pages"
cmp -s "$TEST_TMP/a.pdf" "$TEST_TMP/b.pdf" || fail "the progress line changed the PDF"

# --quiet on a terminal: nothing at all.
on_terminal "$guide" -o "$TEST_TMP/c.pdf" --quiet
[[ ! -s $TEST_TMP/tty ]] || fail "--quiet printed: $(cat -v "$TEST_TMP/tty")"

# Before the delay: nothing.
CAREERGUIDE_PROGRESS_AFTER_MS=600000 on_terminal "$guide" -o "$TEST_TMP/d.pdf"
if grep -q 'careerguide: ' "$TEST_TMP/tty"; then fail "progress before the delay: $(cat -v "$TEST_TMP/tty")"; fi
expect_in "$TEST_TMP/tty" "wrote "
