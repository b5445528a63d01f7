#!/usr/bin/env bash
# Benchmarks careerguide: wall time (median of N runs) and output size for the
# default guide, the English guide and generated guides of 100 and 1000 roles.
# Prints a Markdown table; record it in BENCHMARKS.md with the machine it ran on.
# Usage: bench/run.sh [runs]   (default 21)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
scripts/setup.sh
cmake --preset default >/dev/null
cmake --build --preset default >/dev/null
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

median_ms() {  # median wall time of "$@" over $runs runs, in milliseconds
  local times=()
  for ((i = 0; i < runs; i++)); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v m=$((runs / 2)) 'NR == m + 1 { printf "%.1f", $1 / 1000 }'
}

make_guide 100 "$work/roles-100.yaml"
make_guide 1000 "$work/roles-1000.yaml"

echo "| guide | roles | pages | PDF bytes | median ms ($runs runs) |"
echo "|---|---:|---:|---:|---:|"
for spec in "default:data/roles.yaml" "english:data/roles-en.yaml" \
            "generated:$work/roles-100.yaml" "generated:$work/roles-1000.yaml"; do
  name=${spec%%:*} data=${spec#*:}
  pdf="$work/$(basename "$data" .yaml).pdf"
  ms=$(median_ms build/careerguide "$data" -o "$pdf" --quiet)
  roles=$(grep -c '^  - id:' "$data")
  pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
  echo "| $name | $roles | ${pages:-?} | $(stat -c %s "$pdf") | $ms |"
done
echo
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(free -g | awk '/Mem:/ { print $2 }') GiB"
