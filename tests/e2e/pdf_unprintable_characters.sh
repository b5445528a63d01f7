# Characters the fonts cannot print (outside the BMP, or missing from every
# configured font) are warned about with FILE:LINE:COLUMN and printed as the
# documented substitute □ U+25A1, never as a space or the font's .notdef box;
# --quiet silences the warnings, not the substitution.
source "$(dirname "$0")/lib.bash"
data=tests/data/coverage/unprintable.yaml
pdf="$TEST_TMP/unprintable.pdf"
expect_exit 0 "$CAREERGUIDE" "$data" -o "$pdf"
expect_in "$TEST_TMP/err" "$data:5:12: warning: title: 😀 (U+1F600) cannot be printed (outside the Basic Multilingual Plane: the PDF library draws only U+0000 to U+FFFF); it is shown as □"
expect_in "$TEST_TMP/err" "$data:9:27: warning: roles[0].summary: ก (U+0E01) cannot be printed (no configured font has it; theme.fonts.fallback can name a font that does); it is shown as □"
# (The guide's thin role also gets the advice pass's warnings: only these are counted.)
[[ $(grep -c ": warning: .* cannot be printed " "$TEST_TMP/err") -eq 11 ]] || { cat "$TEST_TMP/err" >&2; fail "expected 11 warnings"; }

pdftotext -raw "$pdf" "$TEST_TMP/text"
expect_in "$TEST_TMP/text" "职业指南□"
expect_in "$TEST_TMP/text" "负责设计提示词□和□，以及□。"
expect_in "$TEST_TMP/text" "书写□"
grep -qE '😀|ꀀ|ก|𠀀' "$TEST_TMP/text" && fail "an unprintable character reached the PDF"
qpdf --check "$pdf" >/dev/null || fail "qpdf --check failed"
pdffonts "$pdf" 2>"$TEST_TMP/fonts.err" >/dev/null
[[ ! -s "$TEST_TMP/fonts.err" ]] || fail "pdffonts warns"

# The substitute is a real glyph of the subset, not .notdef (glyph 0), and
# no character of the document is drawn as .notdef.
mutool trace "$pdf" >"$TEST_TMP/trace.xml" 2>/dev/null
grep -q '<g unicode="□" glyph="[1-9]' "$TEST_TMP/trace.xml" || fail "□ is not drawn from a glyph of the font"
grep -q '<g [^>]*glyph="0"' "$TEST_TMP/trace.xml" && fail "a character is drawn as .notdef"

expect_exit 0 "$CAREERGUIDE" --quiet "$data" -o "$pdf"
[[ ! -s "$TEST_TMP/err" ]] || { cat "$TEST_TMP/err" >&2; fail "--quiet still prints warnings"; }
pdftotext -raw "$pdf" - | grep -F "职业指南□" >/dev/null || fail "--quiet changed the substitution"
exit 0
