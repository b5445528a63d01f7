# Faults around the data: a data file that is missing, unreadable (tested as
# nobody, since root reads everything) or a folder, and fonts that are
# missing, truncated or not TrueType. Each is exit code 3 with a message that
# names the file as resolved, and each leaves the previous PDF byte for byte.
source "$(dirname "$0")/lib.bash"
pdf="$TEST_TMP/pdfs/guide.pdf"
mkdir -p "$TEST_TMP/pdfs"
expect_exit 0 "$CAREERGUIDE" data/roles.yaml -o "$pdf" --quiet
cp "$pdf" "$TEST_TMP/before.pdf"

# expect_kept: the previous PDF is untouched and no temporary file is left.
expect_kept() {
  cmp -s "$pdf" "$TEST_TMP/before.pdf" || fail "the previous PDF was changed"
  [[ -z $(find "$TEST_TMP/pdfs" -name '.guide.pdf.*') ]] || fail "temporary file left behind"
}
# guide_with_fonts FILE FONTS: a small valid guide whose theme.fonts is FONTS.
guide_with_fonts() {
  cat >"$1" <<YAML
title: 测试指南
theme:
  fonts: $2
roles:
  - {id: prompt-engineer, title: 提示工程师, summary: 设计提示。}
YAML
}

# The data file: missing, a folder, unreadable.
expect_exit 3 "$CAREERGUIDE" "$TEST_TMP/missing.yaml" -o "$pdf"
expect_in "$TEST_TMP/err" "careerguide: error: cannot read $TEST_TMP/missing.yaml: No such file or directory"
expect_kept
mkdir "$TEST_TMP/folder.yaml"
expect_exit 3 "$CAREERGUIDE" "$TEST_TMP/folder.yaml" -o "$pdf"
expect_in "$TEST_TMP/err" "careerguide: error: cannot read $TEST_TMP/folder.yaml: it is a folder, not a data file"
expect_kept

# Root reads any file, so the unreadable file (mode 000) is tried as nobody,
# in a scratch folder of its own that nobody can reach whatever the
# checkout's permissions.
as_nobody_setup
cp data/roles.yaml "$NOBODY_DIR/secret.yaml"
chmod 000 "$NOBODY_DIR/secret.yaml"
expect_exit 3 "${NOBODY[@]}" "$NOBODY_DIR/careerguide" "$NOBODY_DIR/secret.yaml" -o "$NOBODY_DIR/guide.pdf"
expect_in "$TEST_TMP/err" "careerguide: error: cannot read $NOBODY_DIR/secret.yaml: Permission denied"
[[ ! -e $NOBODY_DIR/guide.pdf ]] || fail "a PDF was written from an unreadable file"

# A configured font that is missing: the message names it resolved against
# the data file's folder.
mkdir -p "$TEST_TMP/guide/fonts"
guide_with_fonts "$TEST_TMP/guide/missing-font.yaml" "{regular: fonts/nothing.ttf}"
expect_exit 3 "$CAREERGUIDE" "$TEST_TMP/guide/missing-font.yaml" -o "$pdf"
expect_in "$TEST_TMP/err" "careerguide: error: failed to load font $TEST_TMP/guide/fonts/nothing.ttf (no such file)"
expect_kept
relative=$(realpath --relative-to=. "$TEST_TMP/guide/missing-font.yaml")
expect_exit 3 "$CAREERGUIDE" "$relative" -o "$pdf"
expect_in "$TEST_TMP/err" "careerguide: error: failed to load font ${relative%/*}/fonts/nothing.ttf (no such file)"

# A truncated TrueType font (its first 4 KiB) and a text file named .ttf.
regular=$(find /usr/share/fonts -name LXGWWenKai-Regular.ttf -print -quit)
[[ -n $regular ]] || fail "LXGW WenKai Regular is not installed (fonts-lxgw-wenkai)"
head -c 4096 "$regular" >"$TEST_TMP/guide/fonts/truncated.ttf"
guide_with_fonts "$TEST_TMP/guide/truncated-font.yaml" "{regular: fonts/truncated.ttf}"
expect_exit 3 "$CAREERGUIDE" "$TEST_TMP/guide/truncated-font.yaml" -o "$pdf"
expect_in "$TEST_TMP/err" "careerguide: error: failed to load font $TEST_TMP/guide/fonts/truncated.ttf (truncated file: table '"
expect_kept
echo "not a font at all" >"$TEST_TMP/guide/fonts/text.ttf"
guide_with_fonts "$TEST_TMP/guide/text-font.yaml" "{bold: fonts/text.ttf}"
expect_exit 3 "$CAREERGUIDE" "$TEST_TMP/guide/text-font.yaml" -o "$pdf"
expect_in "$TEST_TMP/err" "careerguide: error: failed to load font $TEST_TMP/guide/fonts/text.ttf (not a TrueType font)"
expect_kept

# No font configured, none in ./fonts and none known to fontconfig.
mkdir -p "$TEST_TMP/bare"
cat >"$TEST_TMP/bare/fonts.conf" <<'XML'
<?xml version="1.0"?>
<fontconfig><dir>/nonexistent</dir><cachedir>/nonexistent</cachedir></fontconfig>
XML
(cd "$TEST_TMP/bare" && FONTCONFIG_FILE="$TEST_TMP/bare/fonts.conf" \
  expect_exit 3 "$CAREERGUIDE" "$SOURCE_DIR/data/roles.yaml" -o "$pdf")
expect_in "$TEST_TMP/err" "careerguide: error: font not found: LXGW WenKai Regular (tried theme.fonts.regular in the data: not set; fonts/LXGWWenKai-Regular.ttf: no such file; fontconfig: no \"LXGW WenKai\" Regular installed)"
expect_kept
echo "environment faults: all reported with exit 3, the previous PDF kept"
