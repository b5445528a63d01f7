# The chart page (page 3) of the default guide and of a guide with salary
# ranges: every role title with a figure, every figure in the currency
# format, the axis caption and the roles without a figure, on A4 and Letter.
source "$(dirname "$0")/lib.bash"

# chart_text PDF: the chart page's text in $TEST_TMP/chart.txt.
chart_text() {
  pdftotext -f 3 -l 3 -raw "$1" "$TEST_TMP/chart.txt"
  expect_in "$TEST_TMP/chart.txt" "薪资概览"
}

for paper in a4 letter; do
  expect_exit 0 "$CAREERGUIDE" data/roles.yaml --paper "$paper" -o "$TEST_TMP/default-$paper.pdf"
  chart_text "$TEST_TMP/default-$paper.pdf"
  for title in 提示工程师 人工智能研究科学家 人工智能软件工程师 人工智能产品经理 人工智能顾问; do
    expect_in "$TEST_TMP/chart.txt" "$title"
  done
  for figure in '$127,000' '$130,000' '$147,000' '$148,000' '$155,500'; do
    expect_in "$TEST_TMP/chart.txt" "$figure"
  done
  expect_in "$TEST_TMP/chart.txt" "0 40,000 80,000 120,000 160,000"
  expect_in "$TEST_TMP/chart.txt" "美元 / 年"
  expect_in "$TEST_TMP/chart.txt" "暂无平均数据"
  expect_in "$TEST_TMP/chart.txt" "人工智能初创公司创始人"
  expect_in "$TEST_TMP/chart.txt" "数据说明："
done

expect_exit 0 "$CAREERGUIDE" tests/data/chart/ranges.yaml -o "$TEST_TMP/ranges.pdf"
chart_text "$TEST_TMP/ranges.pdf"
for title in 提示工程师 人工智能研究科学家 人工智能软件工程师 人工智能产品经理 人工智能顾问; do
  expect_in "$TEST_TMP/chart.txt" "$title"
done
for figure in '$120,000–$150,000' '$127,000' '$90,000–$210,000' '$148,000' '$140,000–$141,000'; do
  expect_in "$TEST_TMP/chart.txt" "$figure"
done
expect_in "$TEST_TMP/chart.txt" '平均 $140,100'
expect_in "$TEST_TMP/chart.txt" "数据标注专员"
