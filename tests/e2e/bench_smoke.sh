# bench/run.sh on its smallest guides (1 role, Chinese and English), so that
# the benchmark cannot rot: it runs, and every row carries its figures. It
# asserts no time.
source "$(dirname "$0")/lib.bash"

BENCH_SIZES=1 BENCH_LANGUAGES="zh en" BENCH_TYPST=none expect_exit 0 bench/run.sh 1
rows=$(grep -E '^\| (chinese|english) \| 1 \| [0-9]+ \| [0-9]+ \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ \| [0-9]+ \|$' \
         "$TEST_TMP/out" | wc -l)
[[ $rows -eq 2 ]] || { cat "$TEST_TMP/out" >&2; fail "expected a row of figures for each language, got $rows"; }
# The one-role guide has the cover, contents, chart, role and closing pages.
expect_in "$TEST_TMP/out" "| chinese | 1 | 5 |"
expect_in "$TEST_TMP/out" "| english | 1 | 5 |"
expect_in "$TEST_TMP/out" "machine: "
