# 60 roles: the chart continues on 薪资概览（续） pages; together the chart
# pages list every role once, with the no-figure list and the data note on
# the last of them. With every role lacking a figure, no axis is drawn.
source "$(dirname "$0")/lib.bash"

# chart_pages PDF: the text of every page whose running header names the
# chart, one file per page ($TEST_TMP/chart-N.txt), and their count in $count.
chart_pages() {
  local pages page
  pages=$(pdfinfo "$1" | awk '/^Pages:/ { print $2 }')
  count=0
  for ((page = 2; page <= pages; page++)); do
    pdftotext -f "$page" -l "$page" -raw "$1" "$TEST_TMP/page.txt"
    if head -n 2 "$TEST_TMP/page.txt" | grep -q '薪资概览'; then
      count=$((count + 1))
      mv "$TEST_TMP/page.txt" "$TEST_TMP/chart-$count.txt"
    fi
  done
}

expect_exit 0 "$CAREERGUIDE" tests/data/chart/sixty-roles.yaml -o "$TEST_TMP/sixty.pdf"
chart_pages "$TEST_TMP/sixty.pdf"
[[ $count -ge 2 ]] || fail "expected continuation chart pages, got $count chart page(s)"
for ((page = 2; page <= count; page++)); do
  expect_in "$TEST_TMP/chart-$page.txt" "薪资概览（续）"
  expect_in "$TEST_TMP/chart-$page.txt" "0 40,000 80,000 120,000 160,000 200,000 240,000"
done
cat "$TEST_TMP"/chart-*.txt >"$TEST_TMP/all.txt"
# Every figure of the data ("salary: 123000" → "$123,000") and every role
# title with a figure is on a chart page; 57 value labels plus the panel's 3.
awk '/^ *salary: [0-9]+$/ { n = $2; s = ""
       while (n >= 1000) { s = sprintf(",%03d", n % 1000) s; n = int(n / 1000) }
       print "$" n s }' tests/data/chart/sixty-roles.yaml >"$TEST_TMP/figures"
[[ $(wc -l <"$TEST_TMP/figures") -eq 57 ]] || fail "expected 57 figures in the fixture"
while read -r figure; do expect_in "$TEST_TMP/all.txt" "$figure"; done <"$TEST_TMP/figures"
bars=$(grep -c '^\$[0-9,]*$' "$TEST_TMP/all.txt" || true)
(( bars == 57 + 3 )) || fail "expected 57 value labels and 3 panel figures, got $bars"
expect_in "$TEST_TMP/all.txt" "提示工程师 6"
expect_in "$TEST_TMP/all.txt" "人工智能顾问 5"
expect_in "$TEST_TMP/chart-$count.txt" "暂无平均数据"
expect_in "$TEST_TMP/chart-$count.txt" "数据说明："
for ((page = 1; page < count; page++)); do
  ! grep -qF "数据说明：" "$TEST_TMP/chart-$page.txt" || fail "data note before the last chart page"
done

# Without a single figure there is no salary overview: not as a page, not in
# the contents, not as a bookmark; each role's page says why it has no figure.
expect_exit 0 "$CAREERGUIDE" tests/data/chart/no-figures.yaml -o "$TEST_TMP/none.pdf"
chart_pages "$TEST_TMP/none.pdf"
[[ $count -eq 0 ]] || fail "expected no salary overview without figures, got $count pages"
pdftotext -f 2 -l 2 "$TEST_TMP/none.pdf" "$TEST_TMP/contents.txt"
! grep -qF "薪资概览" "$TEST_TMP/contents.txt" || fail "the contents list a salary overview without figures"
expect_in "$TEST_TMP/contents.txt" "结语与资料来源"
mutool show "$TEST_TMP/none.pdf" outline >"$TEST_TMP/outline.txt"
! grep -qF "薪资概览" "$TEST_TMP/outline.txt" || fail "a bookmark leads to a salary overview without figures"
pdftotext -f 3 -l 3 "$TEST_TMP/none.pdf" "$TEST_TMP/first-role.txt"
expect_in "$TEST_TMP/first-role.txt" "暂无平均数据"
