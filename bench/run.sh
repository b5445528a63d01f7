#!/usr/bin/env bash
# Benchmarks careerguide: median wall time and median processor time (user +
# system) over N runs, and output size, for the default guide, the English
# guide and generated guides of 100 and 1000 roles. Prints a Markdown table;
# record it in BENCHMARKS.md with the machine it ran on.
#
# On a shared machine wall time follows the load; processor time much less
# so, and instruction counts not at all: BENCH_CALLGRIND=1 adds a column of
# instructions executed (one run under valgrind's callgrind; valgrind must be
# installed, and the 1000-role guide then takes a few minutes).
#
# Usage: bench/run.sh [runs]          (default 21 runs)
#   CAREERGUIDE=path/to/careerguide   time that binary instead of building
#                                     the default preset into build/
#   BENCH_CALLGRIND=1                 add the instruction counts
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
if [[ -z "${CAREERGUIDE:-}" ]]; then
  scripts/setup.sh
  cmake --preset default >/dev/null
  cmake --build --preset default >/dev/null
  CAREERGUIDE=build/careerguide
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1720742400

# A guide of N roles: the default guide's header, then N copies of its roles
# with unique ids and titles.
make_guide() {
  local n=$1 out=$2
  sed -n '1,/^roles:/p' data/roles.yaml >"$out"
  local roles
  roles=$(sed -n '/^roles:/,$p' data/roles.yaml | tail -n +2)
  local copies=$(( (n + 5) / 6 ))
  for ((c = 1; c <= copies; c++)); do
    sed -e "s/^\(  - id: \)\(.*\)/\1\2-$c/" -e "s/^\(    title: \)\(.*\)/\1\2 $c/" <<<"$roles"
  done | awk -v n="$n" '/^  - id:/ { count++ } count <= n' >>"$out"
}

median() {  # median of the numbers on stdin
  sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] }'
}

# Prints "WALL_MS CPU_MS": the medians over $runs runs of "$@".
median_times() {
  local walls=() cpus=()
  local TIMEFORMAT='%R %U %S'
  for ((i = 0; i < runs; i++)); do
    local real user sys
    read -r real user sys < <({ time "$@" >/dev/null 2>&1; } 2>&1)
    walls+=("$(awk -v r="$real" 'BEGIN { print r * 1000 }')")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { print (u + s) * 1000 }')")
  done
  echo "$(printf '%s\n' "${walls[@]}" | median) $(printf '%s\n' "${cpus[@]}" | median)"
}

instructions() {  # instructions executed by one run of "$@", under callgrind
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
    awk '/Collected/ { print $NF }'
}

make_guide 100 "$work/roles-100.yaml"
make_guide 1000 "$work/roles-1000.yaml"

header="| guide | roles | pages | PDF bytes | median wall ms | median CPU ms |"
rule="|---|---:|---:|---:|---:|---:|"
if [[ -n "${BENCH_CALLGRIND:-}" ]]; then header+=" instructions |"; rule+="---:|"; fi
echo "($runs runs each)"
echo
echo "$header"
echo "$rule"
for spec in "default:data/roles.yaml" "english:data/roles-en.yaml" \
            "generated:$work/roles-100.yaml" "generated:$work/roles-1000.yaml"; do
  name=${spec%%:*} data=${spec#*:}
  pdf="$work/$(basename "$data" .yaml).pdf"
  command=("$CAREERGUIDE" "$data" -o "$pdf" --quiet)
  read -r wall cpu < <(median_times "${command[@]}")
  roles=$(grep -c '^  - id:' "$data")
  pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
  row="| $name | $roles | ${pages:-?} | $(stat -c %s "$pdf") | $wall | $cpu |"
  if [[ -n "${BENCH_CALLGRIND:-}" ]]; then row+=" $(instructions "${command[@]}") |"; fi
  echo "$row"
done
echo
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)," \
     "$(free -g | awk '/Mem:/ { print $2 }') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%F)"
