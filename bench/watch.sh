#!/usr/bin/env bash
# Cold render against warm re-renders of the default guide (data/roles.yaml)
# under --watch, and prints the figures to record in BENCHMARKS.md.
#
# Cold: the median wall time of the whole process rendering the guide once
# (bench/measure.py). Warm: `careerguide --watch` on a copy of the guide, the
# copy rewritten N times (the same text: the characters, hence the font
# subsets, do not change), the milliseconds of each render line collected;
# the first line is the watch's own first (cold) render. The ratio is the
# median warm re-render over the median cold run, in wall time and in
# processor time (of the watching process, from /proc, over all rewrites). Asserts nothing.
#
# Usage: bench/watch.sh [runs]        (default 21 rewrites and cold runs)
#   CAREERGUIDE=path/to/careerguide   time that binary instead of building
#                                     the default preset into build/
#   BENCH_DATA=path/to/guide.yaml     another guide (default data/roles.yaml)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
data=${BENCH_DATA:-data/roles.yaml}
if [[ -z "${CAREERGUIDE:-}" ]]; then
  scripts/setup.sh
  cmake --preset default >/dev/null
  cmake --build --preset default >/dev/null
  CAREERGUIDE=build/careerguide
fi
CAREERGUIDE=$(realpath "$CAREERGUIDE")
work=$(mktemp -d)
watcher=
cleanup() {
  [[ -n "$watcher" ]] && kill -INT "$watcher" 2>/dev/null && wait "$watcher" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
export SOURCE_DATE_EPOCH=1720742400

read -r cold_wall cold_cpu _ < <(bench/measure.py "$runs" "$CAREERGUIDE" "$data" -o "$work/cold.pdf" --quiet)

# wait_for_lines N: until the watch has printed N render lines (a hang guard
# of 30 s, not a time limit on the renders).
render_lines() { grep -c ' ms$' "$work/err" || true; }
: >"$work/err"
wait_for_lines() {
  for ((tries = 0; tries < 300; tries++)); do
    (( $(render_lines) >= $1 )) && return 0
    sleep 0.1
  done
  cat "$work/err" >&2
  echo "bench/watch.sh: no render line $1 within 30 s" >&2
  exit 1
}

cp "$data" "$work/guide.yaml"
"$CAREERGUIDE" --watch --lang en "$work/guide.yaml" -o "$work/watch.pdf" 2>"$work/err" &
watcher=$!
wait_for_lines 1
# processor time of the watching process (user + system, clock ticks)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$watcher/stat"; }
ticks_before=$(cpu_ticks)
for ((i = 1; i <= runs; i++)); do
  cat "$data" >"$work/guide.yaml"  # an in-place save of the same text
  wait_for_lines $((i + 1))
done
ticks_after=$(cpu_ticks)
kill -INT "$watcher" && wait "$watcher"
watcher=
cmp -s "$work/cold.pdf" "$work/watch.pdf" || { echo "bench/watch.sh: the watched PDF differs from the cold one" >&2; exit 1; }

times=$(grep ' ms$' "$work/err" | sed -E 's/.* in ([0-9]+) ms$/\1/')
first=$(head -1 <<<"$times")
warm=$(tail -n +2 <<<"$times" | sort -n)
n=$(wc -l <<<"$warm")
median=$(awk -v n="$n" '{ v[NR] = $1 } END { print (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2 }' <<<"$warm")
echo "| measure | ms |"
echo "|---|---:|"
echo "| cold run, whole process (median wall / CPU) | $cold_wall / $cold_cpu |"
echo "| first render under --watch | $first |"
echo "| warm re-render, same characters (median of $n) | $median |"
warm_cpu=$(awk -v t=$((ticks_after - ticks_before)) -v hz="$(getconf CLK_TCK)" -v n="$runs" \
              'BEGIN { printf "%.1f", t * 1000 / hz / n }')
echo "| warm re-render, processor time (mean over $runs, the whole process while watching) | $warm_cpu |"
awk -v w="$median" -v c="$cold_wall" -v wc="$warm_cpu" -v cc="$cold_cpu" \
    'BEGIN { printf "| warm / cold: wall %.2f, processor time %.2f |\n", w / c, wc / cc }'
echo
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)," \
     "load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%F)"
