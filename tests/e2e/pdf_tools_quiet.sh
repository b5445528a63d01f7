# Every PDF tool accepts the default guide without a word: every font is
# embedded, subset (a six-letter tag before its name) and has a ToUnicode
# CMap; qpdf --check finds nothing; pdftotext, pdffonts, pdftoppm and
# mutool draw -q print nothing on stderr (-q drops its progress lines). mutool 1.21 as Debian 12 builds it
# prints "warning: ICC support is not available" for every file (a build
# artefact of the package, not about the PDF): exactly that line is ignored.
source "$(dirname "$0")/lib.bash"
pdf="$TEST_TMP/roles.pdf"
expect_exit 0 "$CAREERGUIDE" data/roles.yaml -o "$pdf"
[[ ! -s "$TEST_TMP/err" ]] || { cat "$TEST_TMP/err" >&2; fail "careerguide warns about the default guide"; }

# expect_quiet NAME COMMAND...: COMMAND succeeds with an empty stderr.
expect_quiet() {
  local name=$1; shift
  "$@" 2>"$TEST_TMP/$name.err" >/dev/null || { cat "$TEST_TMP/$name.err" >&2; fail "$name failed"; }
  [[ ! -s "$TEST_TMP/$name.err" ]] || { cat "$TEST_TMP/$name.err" >&2; fail "$name printed warnings"; }
}

expect_quiet pdffonts pdffonts "$pdf"
pdffonts "$pdf" >"$TEST_TMP/fonts"
fonts=$(tail -n +3 "$TEST_TMP/fonts" | wc -l)
[[ $fonts -ge 2 ]] || fail "expected at least 2 fonts, got $fonts"
# Columns: name type encoding emb sub uni object ID.
tail -n +3 "$TEST_TMP/fonts" |
  awk '$1 !~ /^[A-Z][A-Z][A-Z][A-Z][A-Z][A-Z]\+/ || $(NF-4) != "yes" || $(NF-3) != "yes" || $(NF-2) != "yes" { bad = 1 }
       END { exit bad }' ||
  { cat "$TEST_TMP/fonts" >&2; fail "a font is not embedded, subset and with ToUnicode"; }
grep -q 'CID TrueType *Identity-H' "$TEST_TMP/fonts" || fail "fonts are not CID TrueType, Identity-H"

qpdf --check "$pdf" >"$TEST_TMP/qpdf" 2>&1 || { cat "$TEST_TMP/qpdf" >&2; fail "qpdf --check failed"; }
expect_in "$TEST_TMP/qpdf" "No syntax or stream encoding errors found"
grep -qi 'warning' "$TEST_TMP/qpdf" && { cat "$TEST_TMP/qpdf" >&2; fail "qpdf --check warns"; }

expect_quiet pdftotext pdftotext "$pdf" "$TEST_TMP/text"
expect_quiet pdftotext-raw pdftotext -raw "$pdf" "$TEST_TMP/text-raw"
expect_quiet pdftotext-bbox pdftotext -bbox "$pdf" "$TEST_TMP/bbox.html"
expect_quiet pdfinfo pdfinfo "$pdf"
expect_quiet pdftoppm pdftoppm -r 36 -png "$pdf" "$TEST_TMP/page"
mutool draw -q -o /dev/null "$pdf" 2>"$TEST_TMP/mutool.err" || { cat "$TEST_TMP/mutool.err" >&2; fail "mutool draw failed"; }
grep -vx 'warning: ICC support is not available' "$TEST_TMP/mutool.err" >"$TEST_TMP/mutool.rest" || true
[[ ! -s "$TEST_TMP/mutool.rest" ]] || { cat "$TEST_TMP/mutool.rest" >&2; fail "mutool draw printed warnings"; }
mutool draw -q -F txt -o /dev/null "$pdf" 2>"$TEST_TMP/mutool-txt.err" || fail "mutool draw -F txt failed"
grep -vx 'warning: ICC support is not available' "$TEST_TMP/mutool-txt.err" >"$TEST_TMP/mutool-txt.rest" || true
[[ ! -s "$TEST_TMP/mutool-txt.rest" ]] || { cat "$TEST_TMP/mutool-txt.rest" >&2; fail "mutool draw -F txt printed warnings"; }
exit 0
