# bench/run.sh on its smallest guides (1 role, Chinese and English), and
# bench/watch.sh with two re-renders, so that the benchmarks cannot rot: they
# run, and every row carries its figures. It asserts no time.
source "$(dirname "$0")/lib.bash"

BENCH_SIZES=1 BENCH_LANGUAGES="zh en" BENCH_TYPST=none expect_exit 0 bench/run.sh 1
rows=$(grep -E '^\| (chinese|english) \| 1 \| [0-9]+ \| [0-9]+ \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ \| [0-9]+ \|$' \
         "$TEST_TMP/out" | wc -l)
[[ $rows -eq 2 ]] || { cat "$TEST_TMP/out" >&2; fail "expected a row of figures for each language, got $rows"; }
# The one-role guide has the cover, contents, chart, role and closing pages.
expect_in "$TEST_TMP/out" "| chinese | 1 | 5 |"
expect_in "$TEST_TMP/out" "| english | 1 | 5 |"
expect_in "$TEST_TMP/out" "machine: "

# bench/watch.sh with two re-renders: a row for each figure, and the watched
# PDF byte-identical to the cold one (it checks that itself).
expect_exit 0 bench/watch.sh 2
expect_in "$TEST_TMP/out" "| warm re-render, same characters (median of 2) |"
grep -qE '^\| warm / cold: wall [0-9.]+, processor time [0-9.]+ \|$' "$TEST_TMP/out" ||
  { cat "$TEST_TMP/out" >&2; fail "no warm / cold ratio"; }
