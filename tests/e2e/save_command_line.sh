# The command line's own messages (exit 2, the whole stderr), values in any
# case, and a --help that reads like the README's table.
source "$(dirname "$0")/lib.bash"
hint="Run 'careerguide --help' for the options."

# expect_usage STDERR-FIRST-LINE ARGS...: exit 2 and exactly that line and the hint.
expect_usage() {
  local want=$1; shift
  expect_exit 2 "$CAREERGUIDE" "$@"
  [[ $(cat "$TEST_TMP/err") == "$want"$'\n'"$hint" ]] || { cat "$TEST_TMP/err" >&2; fail "stderr differs for: $*"; }
}
expect_usage 'careerguide: error: --paper: expected a4 or letter (got "A5")' --paper A5
expect_usage 'careerguide: error: --paper: expected a4 or letter (got "1")' --paper 1
expect_usage 'careerguide: error: --paper: expected a4 or letter (got "")' --paper=
expect_usage 'careerguide: error: --paper: expected a4 or letter after it' --paper
expect_usage 'careerguide: error: unknown option "--papr" (did you mean "--paper"?)' --papr a4
expect_usage 'careerguide: error: unknown option "--chek" (did you mean "--check"?)' data/roles.yaml --chek
expect_usage 'careerguide: error: unknown option "--frobnicate"' --frobnicate
expect_usage 'careerguide: error: -o: expected a file name after it' data/roles.yaml -o
expect_usage 'careerguide: error: unexpected argument "more.yaml": give one data file' data/roles.yaml more.yaml

# Values in any case, and both spellings of a value option.
out="$TEST_TMP/pdfs"
mkdir -p "$out"
expect_exit 0 "$CAREERGUIDE" data/roles-en.yaml --paper=LETTER --output="$out/letter.pdf" --quiet
pdfinfo "$out/letter.pdf" | grep -q 'Page size: *612 x 792 pts' || fail "--paper=LETTER did not give Letter"
expect_exit 0 "$CAREERGUIDE" data/roles-en.yaml --paper A4 -o "$out/a4.pdf" --quiet
pdfinfo "$out/a4.pdf" | grep -q 'Page size: *595.* x 841.* pts' || fail "--paper A4 did not give A4"

# --help lists every option like the README's table, with no parser internals.
expect_exit 0 "$CAREERGUIDE" --help
for text in "Usage: careerguide [DATA.yaml]" "-o, --output OUT.pdf" "--paper a4|letter" "--check" \
            "-q, --quiet" "--dump-layout" "--version" "-h, --help" "Exit codes: 0 written"; do
  expect_in "$TEST_TMP/out" "$text"
done
! grep -qE 'ENUM|TEXT|value in|\{a4->' "$TEST_TMP/out" || fail "--help shows parser internals"
[[ ! -s $TEST_TMP/err ]] || fail "--help wrote to stderr"
echo "command line: own messages, any-case values, readable help"
