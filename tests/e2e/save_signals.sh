# SIGINT, SIGTERM, SIGHUP and SIGPIPE arriving while the PDF is being saved
# (raised from inside the save's fsync by an LD_PRELOAD helper) still kill
# the program, but only once the save is over: no temporary file is left and
# the output is the complete new PDF.
source "$(dirname "$0")/lib.bash"
helper="$(dirname "$CAREERGUIDE")/tests/libraise_in_fsync.so"
[[ -f $helper ]] || fail "missing $helper (built by tests/CMakeLists.txt)"
# ASan wants to be the first library loaded; the helper is not instrumented
# and only wraps fsync, so the check may be switched off. (ldd's output is
# read whole: `ldd | grep -q` under pipefail can fail at random.)
if [[ $(ldd "$CAREERGUIDE") == *libasan* ]]; then
  export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
fi
out="$TEST_TMP/pdfs"
mkdir -p "$out"
for signal in INT TERM HUP PIPE; do
  number=$(kill -l "$signal")
  echo "%PDF-1.5 an older guide" >"$out/guide.pdf"
  rc=0
  CAREERGUIDE_RAISE_IN_FSYNC=$number LD_PRELOAD=$helper \
    "$CAREERGUIDE" data/roles.yaml -o "$out/guide.pdf" --quiet 2>"$TEST_TMP/err" || rc=$?
  # A signal ignored where the test runs (SIGINT under some runners) lets it finish.
  [[ $rc -eq $((128 + number)) || ($rc -eq 0 && $signal != TERM) ]] ||
    fail "SIG$signal: exit $rc, expected $((128 + number))"
  [[ -z $(find "$out" -name '.guide.pdf.*') ]] || fail "SIG$signal left a temporary file"
  qpdf --check "$out/guide.pdf" >/dev/null || fail "SIG$signal: the output is not a complete PDF"
  echo "SIG$signal: exit $rc, no temporary file, complete PDF"
done
