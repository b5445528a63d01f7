# The command-line contract: --help, --version, --check, usage errors (2)
# and environment failures (3).
source "$(dirname "$0")/lib.bash"
expect_exit 0 "$CAREERGUIDE" --help
expect_in "$TEST_TMP/out" "--paper"
expect_exit 0 "$CAREERGUIDE" --version
expect_in "$TEST_TMP/out" "careerguide "

expect_exit 0 "$CAREERGUIDE" data/roles.yaml --check -o "$TEST_TMP/never.pdf"
expect_in "$TEST_TMP/out" "data/roles.yaml: OK, 6 roles"
[[ ! -e "$TEST_TMP/never.pdf" ]] || fail "--check wrote a file"

expect_exit 2 "$CAREERGUIDE" --paper a5
expect_in "$TEST_TMP/err" "--paper"
expect_exit 2 "$CAREERGUIDE" --no-such-option

expect_exit 3 "$CAREERGUIDE" "$TEST_TMP/missing.yaml"
expect_in "$TEST_TMP/err" "missing.yaml"

mkdir "$TEST_TMP/a-folder.pdf"
expect_exit 3 "$CAREERGUIDE" data/roles.yaml -o "$TEST_TMP/a-folder.pdf"
expect_in "$TEST_TMP/err" "is not a regular file"

# A font that does not exist, named relative to the data file.
sed 's/^theme:.*//' data/roles.yaml >"$TEST_TMP/font.yaml"
printf 'theme:\n  fonts: {regular: no-such-font.ttf}\n' >>"$TEST_TMP/font.yaml"
expect_exit 3 "$CAREERGUIDE" "$TEST_TMP/font.yaml" -o "$TEST_TMP/font.pdf"
expect_in "$TEST_TMP/err" "no-such-font.ttf"
[[ ! -e "$TEST_TMP/font.pdf" ]] || fail "a PDF was written despite the missing font"

# The default output path: output/<data stem>.pdf, folder created as needed.
mkdir -p "$TEST_TMP/work/data"
cp data/roles.yaml "$TEST_TMP/work/data/mine.yaml"
(cd "$TEST_TMP/work" && "$CAREERGUIDE" data/mine.yaml --quiet) || fail "default output failed"
[[ -s "$TEST_TMP/work/output/mine.pdf" ]] || fail "output/mine.pdf not written"
