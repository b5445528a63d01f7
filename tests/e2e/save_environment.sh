# Faults of the environment, each exit 3 with exactly one message and
# nothing written: a FIFO or a device as the data file (never waited on,
# with or without --check), a SOURCE_DATE_EPOCH the PDF cannot hold, --help
# and --version on a closed or full standard output, a font path in a
# symbolic link loop, and a huge sparse "font" (refused by its size before
# any of it is read).
source "$(dirname "$0")/lib.bash"
out="$TEST_TMP/pdfs"
mkdir -p "$out"
guide=tests/guides/save-workshop-links.yaml

# expect_fault STDERR ARGS...: exit 3 within 10 s, exactly STDERR, no file written.
expect_fault() {
  local want=$1; shift
  expect_exit 3 timeout 10 "$CAREERGUIDE" "$@"
  [[ $(cat "$TEST_TMP/err") == "$want" ]] || { cat "$TEST_TMP/err" >&2; fail "stderr differs for: $*"; }
  [[ -z $(ls -A "$out") ]] || fail "something was written by: $*"
}

mkfifo "$TEST_TMP/pipe.yaml"
expect_fault "careerguide: error: cannot read $TEST_TMP/pipe.yaml: it is a FIFO (named pipe), not a data file; give a regular file" \
  "$TEST_TMP/pipe.yaml" -o "$out/guide.pdf"
expect_fault "careerguide: error: cannot read $TEST_TMP/pipe.yaml: it is a FIFO (named pipe), not a data file; give a regular file" \
  "$TEST_TMP/pipe.yaml" --check
expect_fault "careerguide: error: cannot read /dev/zero: it is a device, not a data file; give a regular file" \
  /dev/zero -o "$out/guide.pdf"

for epoch in 253402300800 -1 yesterday 1e9; do
  SOURCE_DATE_EPOCH=$epoch expect_fault "careerguide: error: SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 from 0 to 253402300799 (9999-12-31) (got \"$epoch\"); unset it to use the current time" \
    "$guide" -o "$out/guide.pdf" --quiet
  SOURCE_DATE_EPOCH=$epoch expect_exit 3 "$CAREERGUIDE" "$guide" --check --quiet
done
SOURCE_DATE_EPOCH=253402300799 expect_exit 0 "$CAREERGUIDE" "$guide" -o "$out/last.pdf" --quiet
pdfinfo "$out/last.pdf" | grep -q 'CreationDate: *Fri Dec 31 23:59:59 9999' || fail "wrong date for the last second"
rm "$out/last.pdf"

# --help and --version on a closed and on a full standard output.
for option in --help --version; do
  rc=0; "$CAREERGUIDE" "$option" >&- 2>"$TEST_TMP/err" || rc=$?
  [[ $rc -eq 3 ]] || fail "$option >&-: exit $rc"
  [[ $(cat "$TEST_TMP/err") == "careerguide: error: cannot write to standard output (Bad file descriptor)" ]] ||
    fail "$option >&-: $(cat "$TEST_TMP/err")"
  rc=0; "$CAREERGUIDE" "$option" >/dev/full 2>"$TEST_TMP/err" || rc=$?
  [[ $rc -eq 3 ]] || fail "$option >/dev/full: exit $rc"
  [[ $(cat "$TEST_TMP/err") == "careerguide: error: cannot write to standard output (No space left on device)" ]] ||
    fail "$option >/dev/full: $(cat "$TEST_TMP/err")"
done

# guide_with_font FILE FONT: the test guide with theme.fonts.regular FONT.
guide_with_font() {
  sed "s|^currency:|theme:\n  fonts: {regular: $2}\ncurrency:|" "$guide" >"$1"
}
ln -s loop-b.ttf "$TEST_TMP/loop-a.ttf"
ln -s loop-a.ttf "$TEST_TMP/loop-b.ttf"
guide_with_font "$TEST_TMP/loop.yaml" loop-a.ttf
expect_fault "careerguide: error: failed to load font $TEST_TMP/loop-a.ttf (symbolic link loop)" \
  "$TEST_TMP/loop.yaml" -o "$out/guide.pdf"
truncate -s 3G "$TEST_TMP/sparse.ttf"
guide_with_font "$TEST_TMP/sparse.yaml" sparse.ttf
# 256 MiB of address space proves the file is not read; ASan reserves
# terabytes, so there the limit is left off. (ldd's output is read whole:
# `ldd | grep -q` under pipefail can fail at random.)
memory_kb=$((256 * 1024))
[[ $(ldd "$CAREERGUIDE") != *libasan* ]] || memory_kb=unlimited
(ulimit -v "$memory_kb"; expect_fault "careerguide: error: failed to load font $TEST_TMP/sparse.ttf (the file is 3221225472 bytes; the limit for a font is 134217728 bytes (128 MiB))" \
  "$TEST_TMP/sparse.yaml" -o "$out/guide.pdf")
rm -f "$TEST_TMP/sparse.ttf"
echo "environment faults: exit 3, one message each, nothing written"
