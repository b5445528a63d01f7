# The chart takes the fewest pages its rows allow (design §10): on A4 and
# Letter, 60 roles (51 bars, 9 roles without a figure sharing one note) fit
# on two chart pages, and 9, 14 and 20 roles on one, in Chinese and English.
source "$(dirname "$0")/lib.bash"

# chart_page_count PDF: pages whose running header names the chart.
chart_page_count() {
  local pages page count=0
  pages=$(pdfinfo "$1" | awk '/^Pages:/ { print $2 }')
  for ((page = 2; page <= pages; page++)); do
    pdftotext -f "$page" -l "$page" -raw "$1" "$TEST_TMP/page.txt"
    if head -n 2 "$TEST_TMP/page.txt" | grep -qE '薪资概览|Salary overview'; then
      count=$((count + 1))
    fi
  done
  echo "$count"
}

for guide in zh-9:1 zh-14:1 zh-20:1 zh-60:2 en-14:1 en-20:1 en-60:2; do
  name=${guide%:*}
  expected=${guide#*:}
  for paper in a4 letter; do
    pdf="$TEST_TMP/$name-$paper.pdf"
    expect_exit 0 "$CAREERGUIDE" "tests/guides/pages-$name.yaml" -o "$pdf" --paper "$paper"
    got=$(chart_page_count "$pdf")
    [[ $got -eq $expected ]] || fail "pages-$name on $paper: $got chart pages, expected $expected"
  done
done
