# The default guide: a valid PDF with every font embedded and every role
# title and salary figure in its text.
source "$(dirname "$0")/lib.bash"
pdf="$TEST_TMP/roles.pdf"
expect_exit 0 "$CAREERGUIDE" data/roles.yaml -o "$pdf"
expect_in "$TEST_TMP/out" "wrote $pdf (10 pages"

qpdf --check "$pdf" >"$TEST_TMP/qpdf" || fail "qpdf --check failed"
pdffonts "$pdf" >"$TEST_TMP/fonts"
fonts=$(tail -n +3 "$TEST_TMP/fonts" | wc -l)
[[ $fonts -ge 2 ]] || fail "expected at least 2 fonts, got $fonts"
# Columns: name type encoding emb sub uni object ID; every font embedded.
tail -n +3 "$TEST_TMP/fonts" | awk '$(NF-4) != "yes" { bad = 1 } END { exit bad }' ||
  { cat "$TEST_TMP/fonts" >&2; fail "a font is not embedded"; }

pdftotext -raw "$pdf" "$TEST_TMP/text"
for title in 提示工程师 人工智能研究科学家 人工智能软件工程师 人工智能产品经理 人工智能顾问 人工智能初创公司创始人; do
  expect_in "$TEST_TMP/text" "$title"
done
for figure in '$127,000' '$130,000' '$147,000' '$148,000' '$155,500'; do
  expect_in "$TEST_TMP/text" "$figure"
done
pdfinfo "$pdf" >"$TEST_TMP/info"
expect_in "$TEST_TMP/info" "Pages:           10"
expect_in "$TEST_TMP/info" "Page size:       595.28 x 841.89 pts (A4)"
