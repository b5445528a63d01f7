# Saves that fail: a file-size limit (RLIMIT_FSIZE, as a full disk behaves),
# a read-only output folder (as nobody, since root writes anywhere), an
# output path that is a folder or a device, and an output folder that cannot
# be created. Each is exit code 3 naming the output, and each leaves the
# previous PDF byte for byte and no temporary file.
source "$(dirname "$0")/lib.bash"
out="$TEST_TMP/pdfs"
pdf="$out/guide.pdf"
mkdir -p "$out"
expect_exit 0 "$CAREERGUIDE" data/roles.yaml -o "$pdf" --quiet
cp "$pdf" "$TEST_TMP/before.pdf"
size=$(stat -c %s "$pdf")

expect_kept() {
  cmp -s "$pdf" "$TEST_TMP/before.pdf" || fail "the previous PDF was changed"
  [[ -z $(find "$out" -name '.guide.pdf.*') ]] || fail "temporary file left behind"
}

# A size limit below the PDF's size: the write fails part way, like a full
# disk. The English guide gives a different PDF, so a replaced file would show.
[[ $size -gt 20480 ]] || fail "the default guide's PDF is only $size bytes"
(ulimit -f 20; expect_exit 3 "$CAREERGUIDE" data/roles-en.yaml -o "$pdf")
expect_in "$TEST_TMP/err" "careerguide: error: cannot write $pdf: writing failed (File too large)"
expect_kept

# The output path is a folder, a device, or inside a file.
mkdir "$out/folder.pdf"
expect_exit 3 "$CAREERGUIDE" data/roles.yaml -o "$out/folder.pdf"
expect_in "$TEST_TMP/err" "careerguide: error: cannot write $out/folder.pdf: it exists and is not a regular file (it is a folder)"
[[ -z $(find "$out" -name '.folder.pdf.*') ]] || fail "temporary file left behind"
expect_exit 3 "$CAREERGUIDE" data/roles.yaml -o /dev/full
expect_in "$TEST_TMP/err" "careerguide: error: cannot write /dev/full: it exists and is not a regular file"
expect_exit 3 "$CAREERGUIDE" data/roles.yaml -o "$pdf/inside.pdf"
expect_in "$TEST_TMP/err" "careerguide: error: cannot write $pdf/inside.pdf: cannot create folder $pdf"
expect_kept

# A missing output folder is created, as for the default output/.
expect_exit 0 "$CAREERGUIDE" data/roles.yaml -o "$TEST_TMP/new/folder/guide.pdf" --quiet
[[ $(head -c 5 "$TEST_TMP/new/folder/guide.pdf") == %PDF- ]] || fail "no PDF in the new folder"

# A read-only output folder, and one that nobody may create, as nobody, in
# a scratch folder of its own that nobody can reach whatever the checkout's
# permissions.
as_nobody_setup
ro="$NOBODY_DIR/pdfs"
mkdir "$ro"
cp "$TEST_TMP/before.pdf" "$ro/guide.pdf"
expect_exit 3 "${NOBODY[@]}" "$NOBODY_DIR/careerguide" "$NOBODY_DIR/data/roles-en.yaml" -o "$ro/guide.pdf"
expect_in "$TEST_TMP/err" "careerguide: error: cannot write $ro/guide.pdf: cannot create a temporary file in $ro (Permission denied)"
cmp -s "$ro/guide.pdf" "$TEST_TMP/before.pdf" || fail "the previous PDF was changed"
[[ -z $(find "$ro" -name '.guide.pdf.*') ]] || fail "temporary file left behind"
expect_exit 3 "${NOBODY[@]}" "$NOBODY_DIR/careerguide" "$NOBODY_DIR/data/roles-en.yaml" -o "$ro/sub/guide.pdf"
expect_in "$TEST_TMP/err" "careerguide: error: cannot write $ro/sub/guide.pdf: cannot create folder $ro/sub (Permission denied)"
[[ ! -e $ro/sub ]] || fail "a folder was created"
echo "failed saves: all reported with exit 3, the previous PDF kept"
